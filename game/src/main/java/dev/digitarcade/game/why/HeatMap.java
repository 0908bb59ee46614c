package dev.digitarcade.game.why;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.Saliency;
import dev.digitarcade.model.recipe.InkBox;
import java.util.Arrays;

/**
 * What the "why" view shows for one digit: the model's saliency, smoothed over 3x3 pixels (the
 * raw gradient of a network with strided pooling is speckled from one pixel to the next), times
 * the input, so the heat lies on the ink the player drew: warm where that ink pushed the reading
 * towards the digit, cool where it pulled away; scaled so its strongest values are 1. And where
 * its 28x28 field lies on the drawing. Pure arithmetic, no GL: the view turns it into images.
 *
 * @param digit the digit explained
 * @param probability its calibrated probability
 * @param values 784 values in [-1, 1], row-major
 */
public record HeatMap(int digit, float probability, float[] values) {

  /** Pixels of the input counted as ink when finding the digit in its field. */
  static final float INK = 0.05f;
  /** The magnitude scaled to 1: this quantile of the ink's magnitudes (one hot pixel does not dim the rest). */
  static final float SCALE_QUANTILE = 0.97f;

  public HeatMap {
    if (values.length != ModelContract.PIXELS) {
      throw new IllegalArgumentException("a heat map needs " + ModelContract.PIXELS + " values, got " + values.length);
    }
  }

  /** The heat of {@code input} (the 28x28 model input the saliency was computed for). */
  public static HeatMap of(Saliency s, float[] input) {
    float[] v = smooth(s.heat());
    float[] mags = new float[ModelContract.PIXELS];
    int n = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] *= input[i];
      if (v[i] != 0f) {
        mags[n++] = Math.abs(v[i]);
      }
    }
    if (n > 0) {
      Arrays.sort(mags, 0, n);
      float scale = mags[Math.min(n - 1, (int) (SCALE_QUANTILE * n))];
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.max(-1f, Math.min(1f, v[i] / scale));
      }
    }
    return new HeatMap(s.digit(), s.probability(), v);
  }

  /** The mean of each pixel's 3x3 neighbourhood (within the field). */
  static float[] smooth(float[] g) {
    int side = ModelContract.IMAGE_SIZE;
    float[] out = new float[g.length];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        float sum = 0;
        int n = 0;
        for (int yy = Math.max(0, y - 1); yy <= Math.min(side - 1, y + 1); yy++) {
          for (int xx = Math.max(0, x - 1); xx <= Math.min(side - 1, x + 1); xx++) {
            sum += g[yy * side + xx];
            n++;
          }
        }
        out[y * side + x] = sum / n;
      }
    }
    return out;
  }

  /**
   * The heat as RGBA pixels: warm (orange to yellow) for positive values, blue for negative, the
   * opacity growing with the magnitude up to {@code opacity}; no heat is transparent.
   */
  public byte[] rgba(float opacity) {
    byte[] out = new byte[values.length * 4];
    for (int i = 0; i < values.length; i++) {
      float v = values[i];
      float a = (float) Math.pow(Math.abs(v), 0.7);
      int o = i * 4;
      if (v > 0) {
        out[o] = (byte) 255;
        out[o + 1] = (byte) Math.round(120 + 120 * a);
        out[o + 2] = (byte) Math.round(40 * (1 - a));
      } else {
        out[o] = (byte) 60;
        out[o + 1] = (byte) 150;
        out[o + 2] = (byte) 255;
      }
      out[o + 3] = (byte) Math.round(255 * opacity * a);
    }
    return out;
  }

  /** Share of the positive heat (0 to 1), for tests and figures. */
  public float positiveShare() {
    double pos = 0;
    double all = 0;
    for (float v : values) {
      pos += Math.max(0f, v);
      all += Math.abs(v);
    }
    return all == 0 ? 0f : (float) (pos / all);
  }

  /** A square on the drawing, in its pixels. */
  public record Square(float x, float y, float side) {}

  /**
   * Where the 28x28 field of {@code input} lies on the drawing, given the box of the digit's ink
   * there: the recipe scaled the ink's longer side to 20 field pixels and shifted it whole
   * pixels to centre its mass, so the ink's extent in the field and its box on the drawing fix
   * the scale and the offset.
   *
   * @return the field's square in drawing pixels (may reach past the drawing's edges)
   */
  public static Square field(float[] input, InkBox box) {
    int x0 = ModelContract.IMAGE_SIZE;
    int y0 = ModelContract.IMAGE_SIZE;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0; y < ModelContract.IMAGE_SIZE; y++) {
      for (int x = 0; x < ModelContract.IMAGE_SIZE; x++) {
        if (input[y * ModelContract.IMAGE_SIZE + x] > INK) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x + 1);
          y1 = Math.max(y1, y + 1);
        }
      }
    }
    if (x1 < 0) { // no ink in the field: centre it on the box
      float side = box.longSide() * ModelContract.IMAGE_SIZE / 20f;
      return new Square(box.x() + box.width() / 2f - side / 2, box.y() + box.height() / 2f - side / 2, side);
    }
    float scale = Math.max(x1 - x0, y1 - y0) / (float) box.longSide(); // field pixels per drawing pixel
    float side = ModelContract.IMAGE_SIZE / scale;
    float x = box.x() + box.width() / 2f - (x0 + x1) / 2f / scale;
    float y = box.y() + box.height() / 2f - (y0 + y1) / 2f / scale;
    return new Square(x, y, side);
  }
}
