package dev.digitarcade.engine.audio;

/**
 * Decoded sound: signed 16-bit samples, interleaved when there are two channels.
 *
 * @param sampleRate frames per second, 8,000 to 192,000
 * @param channels 1 (mono) or 2 (stereo)
 * @param samples {@code frames * channels} samples; the array is not copied
 */
public record Pcm(int sampleRate, int channels, short[] samples) {
  /** Lowest sample rate accepted. */
  public static final int MIN_RATE = 8_000;
  /** Highest sample rate accepted. */
  public static final int MAX_RATE = 192_000;

  public Pcm {
    if (sampleRate < MIN_RATE || sampleRate > MAX_RATE) {
      throw new IllegalArgumentException("sample rate " + sampleRate + " Hz outside " + MIN_RATE + ".." + MAX_RATE);
    }
    if (channels != 1 && channels != 2) {
      throw new IllegalArgumentException("channels must be 1 or 2, not " + channels);
    }
    if (samples == null || samples.length % channels != 0) {
      throw new IllegalArgumentException("sample count must be a multiple of the channel count");
    }
  }

  /** Sample frames (one sample per channel each). */
  public int frames() {
    return samples.length / channels;
  }

  public double seconds() {
    return frames() / (double) sampleRate;
  }

  /** Root mean square of all samples, in [0, 1] of full scale (0 for no samples). */
  public double rms() {
    return rms(samples, 0, samples.length);
  }

  /** Root mean square of {@code samples[from, to)}, in [0, 1] of full scale (0 when empty). */
  public static double rms(short[] samples, int from, int to) {
    if (to <= from) {
      return 0;
    }
    double sum = 0;
    for (int i = from; i < to; i++) {
      double s = samples[i] / 32768.0;
      sum += s * s;
    }
    return Math.sqrt(sum / (to - from));
  }
}
