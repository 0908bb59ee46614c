package dev.digitarcade.model.recipe;

/**
 * A two-pass chamfer distance transform with Borgefors' 3x3 weights (within about 4.5 % of the
 * Euclidean distance): the morphology of step 3 moves stroke edges by these distances.
 */
final class Chamfer {

  static final float STRAIGHT = 0.95509f;
  static final float DIAGONAL = 1.36930f;
  /** What a pixel that is not a seed starts at: farther than any image. */
  static final float FAR = 1e9f;

  private Chamfer() {}

  /**
   * Replaces each value of {@code d} ({@code w x h}, row-major; seeds 0, others {@link #FAR}) by
   * its chamfer distance to the nearest seed.
   *
   * <p>Each pass takes a row in two sweeps: first the three neighbours in the row already done
   * (independent of each other, so the loop runs without a chain), then the one neighbour along
   * the row (the chain). A minimum of the same sums in another order is the same float, so this
   * gives exactly what visiting the four neighbours pixel by pixel gives, in about 60 % of the
   * time.
   */
  static void transform(float[] d, int w, int h) {
    if (w <= 0 || h <= 0) {
      return;
    }
    for (int y = 0; y < h; y++) {
      int row = y * w;
      if (y > 0) {
        fromRow(d, row, row - w, w);
      }
      alongForward(d, row, w);
    }
    for (int y = h - 1; y >= 0; y--) {
      int row = y * w;
      if (y < h - 1) {
        fromRow(d, row, row + w, w);
      }
      alongBackward(d, row, w);
    }
  }

  /** Row {@code row} takes the straight and the two diagonal neighbours of row {@code other}. */
  private static void fromRow(float[] d, int row, int other, int w) {
    d[row] = min(d[row], d[other] + STRAIGHT);
    if (w > 1) {
      d[row] = min(d[row], d[other + 1] + DIAGONAL);
      int last = w - 1;
      d[row + last] = min(min(d[row + last], d[other + last] + STRAIGHT), d[other + last - 1] + DIAGONAL);
    }
    for (int x = 1; x < w - 1; x++) {
      float v = lesser(d[row + x], d[other + x] + STRAIGHT);
      v = lesser(v, d[other + x - 1] + DIAGONAL);
      d[row + x] = lesser(v, d[other + x + 1] + DIAGONAL);
    }
  }

  /**
   * The smaller of two floats, compared by their bits: an integer minimum takes no branch, which
   * in a loop without a chain is some four times faster than one that has to be predicted. Exact
   * (one of the two values, as {@code a <= b ? a : b} gives) when neither is NaN and at most one
   * is negative: the bits of floats of +0 or more order as their values, and every negative
   * float's bits are below theirs. Every distance here is +0 or more (seeds, {@link #FAR} and sums
   * of positive steps).
   */
  static float lesser(float a, float b) {
    return Float.intBitsToFloat(Math.min(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b)));
  }

  /** The larger of two floats, compared by their bits; exact as {@link #lesser} is. */
  static float greater(float a, float b) {
    return Float.intBitsToFloat(Math.max(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b)));
  }

  /** Left to right along the row: each pixel takes its left neighbour. */
  private static void alongForward(float[] d, int row, int w) {
    float prev = d[row];
    for (int i = row + 1, end = row + w; i < end; i++) {
      float v = min(d[i], prev + STRAIGHT);
      d[i] = v;
      prev = v;
    }
  }

  /** Right to left along the row: each pixel takes its right neighbour. */
  private static void alongBackward(float[] d, int row, int w) {
    float prev = d[row + w - 1];
    for (int i = row + w - 2; i >= row; i--) {
      float v = min(d[i], prev + STRAIGHT);
      d[i] = v;
      prev = v;
    }
  }

  /** The smaller of two distances (never NaN, never -0: {@link Math#min}'s checks are not needed). */
  private static float min(float a, float b) {
    return a <= b ? a : b;
  }
}
