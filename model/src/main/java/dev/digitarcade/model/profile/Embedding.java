package dev.digitarcade.model.profile;

import dev.digitarcade.model.recipe.MnistInput;

/**
 * A description of a 28x28 recipe input that does not depend on the network, so a player's
 * examples stay valid when the model is retrained. Every kind is L2-normalised: the distance of
 * two drawings is {@code 1 - dot} (cosine distance, 0 for the same shape, at most 2).
 *
 * <p>{@link #BLUR} is the image blurred (Gaussian, sigma 1.2 px) and averaged down to 14x14;
 * {@link #HOG} histograms of gradient direction (8 directions) in a 4x4 grid of 7x7 cells; {@link
 * #BOTH} the two concatenated with equal weight. Which separates a player's digits from other
 * drawings best is measured by digit-trainer's {@code bench-writers} (docs/BENCHMARKS.md,
 * Handwriting).
 */
public enum Embedding {
  BLUR {
    @Override
    public float[] of(float[] input) {
      float[] b = blur(input, 1.2f);
      float[] out = new float[HALF * HALF];
      for (int y = 0; y < HALF; y++) {
        for (int x = 0; x < HALF; x++) {
          int i = 2 * y * SIDE + 2 * x;
          out[y * HALF + x] = b[i] + b[i + 1] + b[i + SIDE] + b[i + SIDE + 1];
        }
      }
      return normalised(out);
    }
  },
  HOG {
    @Override
    public float[] of(float[] input) {
      float[] b = blur(input, 0.8f);
      float[] out = new float[CELLS * CELLS * BINS];
      for (int y = 0; y < SIDE; y++) {
        for (int x = 0; x < SIDE; x++) {
          float gx = at(b, x + 1, y) - at(b, x - 1, y);
          float gy = at(b, x, y + 1) - at(b, x, y - 1);
          float mag = (float) Math.sqrt(gx * gx + gy * gy);
          if (mag < 1e-4f) {
            continue;
          }
          // Direction in [0, BINS), shared between the two nearest bins.
          double a = (Math.atan2(gy, gx) + Math.PI) / (2 * Math.PI) * BINS;
          int lo = (int) Math.floor(a) % BINS;
          float f = (float) (a - Math.floor(a));
          int cell = (y / CELL) * CELLS + x / CELL;
          out[cell * BINS + lo] += mag * (1 - f);
          out[cell * BINS + (lo + 1) % BINS] += mag * f;
        }
      }
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) Math.sqrt(out[i]);
      }
      return normalised(out);
    }
  },
  BOTH {
    @Override
    public float[] of(float[] input) {
      float[] a = BLUR.of(input);
      float[] h = HOG.of(input);
      float[] out = new float[a.length + h.length];
      float k = (float) Math.sqrt(0.5);
      for (int i = 0; i < a.length; i++) {
        out[i] = a[i] * k;
      }
      for (int i = 0; i < h.length; i++) {
        out[a.length + i] = h[i] * k;
      }
      return out;
    }
  };

  /** The kind the app uses (chosen on bench-writers' figures). */
  public static final Embedding DEFAULT = BOTH;

  private static final int SIDE = MnistInput.SIDE;
  private static final int HALF = SIDE / 2;
  private static final int CELL = 7;
  private static final int CELLS = SIDE / CELL;
  private static final int BINS = 8;

  /**
   * The embedding of one recipe input.
   *
   * @param input 784 intensities in [0,1], row-major (a {@link MnistInput}'s pixels); not modified
   * @return a new L2-normalised vector (all zeros for a blank input)
   */
  public abstract float[] of(float[] input);

  /** Cosine distance of two normalised embeddings: {@code 1 - a.b}. */
  public static float distance(float[] a, float[] b) {
    float dot = 0f;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return 1f - dot;
  }

  private static float at(float[] img, int x, int y) {
    return x < 0 || y < 0 || x >= SIDE || y >= SIDE ? 0f : img[y * SIDE + x];
  }

  private static float[] blur(float[] in, float sigma) {
    if (in.length != MnistInput.SIZE) {
      throw new IllegalArgumentException("need " + MnistInput.SIZE + " values, got " + in.length);
    }
    int r = (int) Math.ceil(3 * sigma);
    float[] k = new float[2 * r + 1];
    float sum = 0f;
    for (int i = -r; i <= r; i++) {
      k[i + r] = (float) Math.exp(-i * i / (2.0 * sigma * sigma));
      sum += k[i + r];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    float[] tmp = new float[in.length];
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        float s = 0f;
        for (int i = -r; i <= r; i++) {
          int xx = x + i;
          if (xx >= 0 && xx < SIDE) {
            s += k[i + r] * in[y * SIDE + xx];
          }
        }
        tmp[y * SIDE + x] = s;
      }
    }
    float[] out = new float[in.length];
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        float s = 0f;
        for (int i = -r; i <= r; i++) {
          int yy = y + i;
          if (yy >= 0 && yy < SIDE) {
            s += k[i + r] * tmp[yy * SIDE + x];
          }
        }
        out[y * SIDE + x] = s;
      }
    }
    return out;
  }

  private static float[] normalised(float[] v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }
}
