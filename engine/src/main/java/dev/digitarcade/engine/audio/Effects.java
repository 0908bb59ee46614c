package dev.digitarcade.engine.audio;

import java.util.Arrays;

/**
 * The channel for sound effects, apart from the {@link Voice}: up to {@value #SOURCES} effects
 * sound at once; a new one takes a free source, or the one started longest ago.
 */
public final class Effects {
  /** Effects that can sound together. */
  public static final int SOURCES = 4;

  private final Audio audio;
  private final int[] sources;
  private final Clip[] playing = new Clip[SOURCES];
  private final long[] started = new long[SOURCES];
  private long starts;
  private float volume = 1f;

  Effects(Audio audio, int[] sources) {
    this.audio = audio;
    this.sources = sources.clone();
  }

  /**
   * Starts {@code clip}.
   *
   * @throws IllegalArgumentException for a clip of another {@link Audio}
   * @throws IllegalStateException if the clip was closed
   */
  public void play(Clip clip) {
    synchronized (audio) {
      audio.checkPhrase(java.util.List.of(clip));
      if (audio.closedOrNot()) {
        return;
      }
      int slot = -1;
      for (int i = 0; i < SOURCES && slot < 0; i++) {
        if (!audio.backend().playing(sources[i])) {
          slot = i;
        }
      }
      if (slot < 0) {
        slot = 0;
        for (int i = 1; i < SOURCES; i++) {
          if (started[i] < started[slot]) {
            slot = i;
          }
        }
      }
      audio.backend().play(sources[slot], new int[] {clip.buffer});
      playing[slot] = clip;
      started[slot] = ++starts;
      audio.checkError("play");
    }
  }

  /** Whether any effect is sounding (always false when the audio is silent). */
  public boolean isPlaying() {
    synchronized (audio) {
      if (audio.closedOrNot()) {
        return false;
      }
      for (int source : sources) {
        if (audio.backend().playing(source)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Stops every effect. */
  public void stopAll() {
    synchronized (audio) {
      if (audio.closedOrNot()) {
        return;
      }
      for (int i = 0; i < SOURCES; i++) {
        audio.backend().stop(sources[i]);
        playing[i] = null;
      }
    }
  }

  /** This channel's volume in [0, 1], under the master volume. */
  public float volume() {
    synchronized (audio) {
      return volume;
    }
  }

  public void setVolume(float volume) {
    synchronized (audio) {
      this.volume = Audio.clampVolume(volume);
      if (!audio.closedOrNot()) {
        for (int source : sources) {
          audio.backend().sourceGain(source, this.volume);
        }
      }
    }
  }

  void release(Clip clip) {
    for (int i = 0; i < SOURCES; i++) {
      if (playing[i] == clip) {
        audio.backend().stop(sources[i]);
        playing[i] = null;
      }
    }
  }

  void close() {
    Arrays.fill(playing, null);
    for (int source : sources) {
      audio.backend().deleteSource(source);
    }
  }
}
