package dev.digitarcade.engine.audio;

/**
 * Where {@link Audio} sends buffers and sources: OpenAL, or nothing. Both implement the same
 * operations so the channels behave alike with and without a device. Not thread-safe: {@link
 * Audio} serialises every call.
 */
sealed interface Backend permits OpenAlBackend, SilentBackend {
  /** What plays the sound: the device's name, or why there is none. */
  String description();

  /** A buffer holding {@code pcm}; throws {@link IllegalStateException} with the reason on failure. */
  int createBuffer(Pcm pcm);

  void deleteBuffer(int buffer);

  /** A source at the listener (no distance, no panning). */
  int createSource();

  void deleteSource(int source);

  /** Stops {@code source}, drops what it had queued, queues {@code buffers} and starts it. */
  void play(int source, int[] buffers);

  /** Stops {@code source} and drops its buffers. */
  void stop(int source);

  boolean playing(int source);

  void sourceGain(int source, float gain);

  void listenerGain(float gain);

  /** Whether this backend mixes only when asked ({@link #render}). */
  boolean loopback();

  /** Channels of the rendered output (loopback only). */
  int outputChannels();

  /** Frames per second of the output. */
  int outputRate();

  /** Mixes {@code out.length / outputChannels()} frames into {@code out} (loopback only). */
  void render(short[] out);

  /** The pending OpenAL error as a hexadecimal code, or null when there is none. */
  String takeError();

  void close();
}
