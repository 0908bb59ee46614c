package dev.digitarcade.engine.audio;

import java.util.List;

/**
 * The channel that speaks: one phrase at a time. {@link #say} stops what is being said and starts
 * the new phrase at once; nothing is ever queued behind it, so a phrase is never stale. A phrase
 * may be made of several clips of one format, played back to back without a gap ("I see" +
 * "three").
 */
public final class Voice {
  private final Audio audio;
  private final int source;
  private float volume = 1f;
  private List<Clip> phrase = List.of();

  Voice(Audio audio, int source) {
    this.audio = audio;
    this.source = source;
  }

  /**
   * Says {@code parts} in order, replacing what was being said.
   *
   * @throws IllegalArgumentException with no parts, parts of different formats, or a clip of
   *     another {@link Audio}
   * @throws IllegalStateException if a part was closed
   */
  public void say(Clip... parts) {
    say(List.of(parts));
  }

  /** {@link #say(Clip...)} with a list. */
  public void say(List<Clip> parts) {
    synchronized (audio) {
      audio.checkPhrase(parts);
      phrase = List.copyOf(parts);
      if (audio.closedOrNot()) {
        return;
      }
      int[] buffers = new int[parts.size()];
      for (int i = 0; i < buffers.length; i++) {
        buffers[i] = parts.get(i).buffer;
      }
      audio.backend().play(source, buffers);
      audio.checkError("say");
    }
  }

  /** Whether a phrase is still being played (always false when the audio is silent). */
  public boolean isSpeaking() {
    synchronized (audio) {
      return !audio.closedOrNot() && audio.backend().playing(source);
    }
  }

  /** Stops the phrase being said, if any. */
  public void stop() {
    synchronized (audio) {
      phrase = List.of();
      if (!audio.closedOrNot()) {
        audio.backend().stop(source);
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
        audio.backend().sourceGain(source, this.volume);
      }
    }
  }

  /** Stops the phrase if it uses {@code clip} (before the clip's buffer goes). */
  void release(Clip clip) {
    if (phrase.contains(clip)) {
      stop();
    }
  }

  void close() {
    audio.backend().deleteSource(source);
  }
}
