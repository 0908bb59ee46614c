package dev.digitarcade.engine.audio;

/** Measurements on rendered samples, for the audio tests. */
final class Signals {
  private Signals() {}

  /** A mono sine tone starting at a peak (its very first sample is loud). */
  static Pcm tone(int rate, double hz, double seconds, double level) {
    short[] s = new short[(int) Math.round(rate * seconds)];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) Math.round(level * 32767 * Math.cos(2 * Math.PI * hz * i / rate));
    }
    return new Pcm(rate, 1, s);
  }

  static double rms(short[] s, int from, int to) {
    return Pcm.rms(s, from, to);
  }

  static int peak(short[] s) {
    int p = 0;
    for (short v : s) {
      p = Math.max(p, Math.abs(v));
    }
    return p;
  }

  /** Index of the first sample whose magnitude exceeds {@code threshold} (of full scale), or -1. */
  static int firstAbove(short[] s, double threshold) {
    int limit = (int) Math.round(threshold * 32768);
    for (int i = 0; i < s.length; i++) {
      if (Math.abs(s[i]) > limit) {
        return i;
      }
    }
    return -1;
  }

  /** Index after the last sample whose magnitude exceeds {@code threshold}, or 0. */
  static int endAbove(short[] s, double threshold) {
    int limit = (int) Math.round(threshold * 32768);
    for (int i = s.length - 1; i >= 0; i--) {
      if (Math.abs(s[i]) > limit) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Amplitude (of full scale) of the {@code hz} component of {@code s[from, to)} (Goertzel). */
  static double amplitudeAt(short[] s, int from, int to, double hz, int rate) {
    double w = 2 * Math.PI * hz / rate;
    double coeff = 2 * Math.cos(w);
    double s1 = 0;
    double s2 = 0;
    for (int i = from; i < to; i++) {
      double s0 = s[i] / 32768.0 + coeff * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return 2 * Math.sqrt(Math.max(0, power)) / (to - from);
  }
}
