package dev.digitarcade.engine.audio;

/**
 * A sound held by an {@link Audio} (an OpenAL buffer, or only its shape when the audio is
 * silent). Closing it stops whatever plays it; {@link Audio#close()} closes the clips left.
 */
public final class Clip implements AutoCloseable {
  private final Audio owner;
  private final String name;
  private final int sampleRate;
  private final int channels;
  private final int frames;
  final int buffer;
  private boolean closed;

  Clip(Audio owner, String name, Pcm pcm, int buffer) {
    this.owner = owner;
    this.name = name;
    this.sampleRate = pcm.sampleRate();
    this.channels = pcm.channels();
    this.frames = pcm.frames();
    this.buffer = buffer;
  }

  /** What the clip was made from (a file, or the name it was given). */
  public String name() {
    return name;
  }

  public int sampleRate() {
    return sampleRate;
  }

  public int channels() {
    return channels;
  }

  public int frames() {
    return frames;
  }

  /** How long it plays. */
  public double seconds() {
    return frames / (double) sampleRate;
  }

  Audio owner() {
    return owner;
  }

  boolean closed() {
    return closed;
  }

  void markClosed() {
    closed = true;
  }

  boolean sameFormat(Clip other) {
    return sampleRate == other.sampleRate && channels == other.channels;
  }

  String format() {
    return sampleRate + " Hz " + (channels == 1 ? "mono" : "stereo");
  }

  @Override
  public void close() {
    owner.release(this);
  }

  @Override
  public String toString() {
    return "Clip[" + name + ", " + format() + ", " + frames + " frames]";
  }
}
