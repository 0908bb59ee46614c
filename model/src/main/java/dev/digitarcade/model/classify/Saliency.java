package dev.digitarcade.model.classify;

import dev.digitarcade.model.ModelContract;
import java.util.Arrays;

/**
 * Why the model read one image as it did: the {@link ModelContract#SALIENCY} output for it.
 *
 * @param digit the digit explained: the most likely of the ten (the one the gradient is of)
 * @param probability its calibrated probability
 * @param heat 28x28 row-major, the gradient of that digit's logit with respect to each input
 *     pixel: positive where more ink would push the reading further towards {@code digit},
 *     negative where ink pulls it away; the array is owned by this record, do not modify it
 */
public record Saliency(int digit, float probability, float[] heat) {

  public Saliency {
    if (heat.length != ModelContract.PIXELS) {
      throw new IllegalArgumentException("saliency needs " + ModelContract.PIXELS + " values, got " + heat.length);
    }
    if (digit < 0 || digit >= ModelContract.CLASSES) {
      throw new IllegalArgumentException("digit " + digit + " (expected 0 to 9)");
    }
  }

  /** The largest magnitude in {@link #heat} (0 for a flat map). */
  public float peak() {
    float m = 0f;
    for (float v : heat) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Saliency s && s.digit == digit && Float.compare(s.probability, probability) == 0
        && Arrays.equals(s.heat, heat);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(heat) + digit;
  }

  @Override
  public String toString() {
    return String.format("Saliency[%d @ %.3f, peak %.4f]", digit, probability, peak());
  }
}
