package dev.digitarcade.engine.audio;

/** No device: buffers and sources are numbers, nothing ever plays. */
final class SilentBackend implements Backend {
  private final String description;
  private int next = 1;

  SilentBackend(String description) {
    this.description = description;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public int createBuffer(Pcm pcm) {
    return next++;
  }

  @Override
  public void deleteBuffer(int buffer) {}

  @Override
  public int createSource() {
    return next++;
  }

  @Override
  public void deleteSource(int source) {}

  @Override
  public void play(int source, int[] buffers) {}

  @Override
  public void stop(int source) {}

  @Override
  public boolean playing(int source) {
    return false;
  }

  @Override
  public void sourceGain(int source, float gain) {}

  @Override
  public void listenerGain(float gain) {}

  @Override
  public boolean loopback() {
    return false;
  }

  @Override
  public int outputChannels() {
    return 0;
  }

  @Override
  public int outputRate() {
    return 0;
  }

  @Override
  public void render(short[] out) {
    throw new IllegalStateException("a silent audio output renders nothing");
  }

  @Override
  public String takeError() {
    return null;
  }

  @Override
  public void close() {}
}
