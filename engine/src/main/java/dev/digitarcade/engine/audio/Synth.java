package dev.digitarcade.engine.audio;

import java.util.List;

/**
 * A small, deterministic tone synthesiser for sound effects: notes one after another, each a
 * waveform gliding from one frequency to another under a click-free envelope. The same notes give
 * the same samples on every machine ({@link StrictMath}, a fixed noise seed).
 */
public final class Synth {
  /** Attack and minimum release, in seconds: short enough to keep a note crisp, no clicks. */
  private static final double EDGE = 0.004;

  private Synth() {}

  /** Waveforms. {@code SQUARE} is band-limited (odd harmonics below a quarter of the rate). */
  public enum Wave { SINE, TRIANGLE, SQUARE, NOISE }

  /**
   * One note.
   *
   * @param startHz frequency at the start (ignored for noise)
   * @param endHz frequency at the end (a glide when it differs)
   * @param seconds length, more than 0
   * @param level peak amplitude in [0, 1]; 0 is a rest
   * @param decay how fast it fades after the attack, per second (0: held until the release)
   */
  public record Note(double startHz, double endHz, double seconds, Wave wave, double level, double decay) {
    public Note {
      if (!(seconds > 0) || seconds > 10) {
        throw new IllegalArgumentException("a note lasts more than 0 and at most 10 seconds, not " + seconds);
      }
      if (!(level >= 0 && level <= 1)) {
        throw new IllegalArgumentException("level must be in [0, 1], not " + level);
      }
      if (!(startHz > 0 && endHz > 0) || !(decay >= 0)) {
        throw new IllegalArgumentException("frequencies must be positive and decay not negative");
      }
    }

    /** A held note of one frequency. */
    public static Note of(double hz, double seconds, Wave wave, double level) {
      return new Note(hz, hz, seconds, wave, level, 0);
    }

    /** A rest. */
    public static Note rest(double seconds) {
      return new Note(1, 1, seconds, Wave.SINE, 0, 0);
    }
  }

  /** Mono samples of {@code notes} played in order. */
  public static Pcm render(int sampleRate, List<Note> notes) {
    int total = 0;
    for (Note n : notes) {
      total += frames(n, sampleRate);
    }
    short[] out = new short[total];
    int at = 0;
    long noise = 0x2545F4914F6CDD1DL;
    for (Note n : notes) {
      int frames = frames(n, sampleRate);
      double phase = 0;
      for (int i = 0; i < frames; i++) {
        double t = i / (double) sampleRate;
        double hz = n.startHz() + (n.endHz() - n.startHz()) * (i / (double) frames);
        double v;
        if (n.wave() == Wave.NOISE) {
          noise ^= noise << 13;
          noise ^= noise >>> 7;
          noise ^= noise << 17;
          v = ((noise >>> 11) / (double) (1L << 53)) * 2 - 1;
        } else {
          v = wave(n.wave(), phase, hz, sampleRate);
        }
        phase += hz / sampleRate;
        phase -= StrictMath.floor(phase);
        double s = v * n.level() * envelope(n, t);
        out[at + i] = (short) Math.round(Math.max(-1, Math.min(1, s)) * 32767);
      }
      at += frames;
    }
    return new Pcm(sampleRate, 1, out);
  }

  private static int frames(Note n, int sampleRate) {
    return (int) Math.round(n.seconds() * sampleRate);
  }

  private static double wave(Wave wave, double phase, double hz, int sampleRate) {
    double x = 2 * StrictMath.PI * phase;
    return switch (wave) {
      case SINE -> StrictMath.sin(x);
      case TRIANGLE -> 1 - 4 * Math.abs(phase - 0.5);
      case SQUARE -> {
        double sum = 0;
        for (int k = 1; k * hz < sampleRate / 4.0; k += 2) {
          sum += StrictMath.sin(k * x) / k;
        }
        yield sum * 4 / StrictMath.PI * 0.85; // the partial sum overshoots by about 18 %
      }
      case NOISE -> throw new AssertionError("noise has no phase");
    };
  }

  private static double envelope(Note n, double t) {
    double release = Math.max(EDGE, n.seconds() * 0.25);
    double attack = Math.min(EDGE, n.seconds() / 4);
    double e = t < attack ? t / attack : StrictMath.exp(-n.decay() * (t - attack));
    double left = n.seconds() - t;
    return left < release ? e * (left / release) : e;
  }
}
