package dev.digitarcade.model.recipe;

import java.util.Arrays;

/**
 * Step 1 of the recipe: the ink mask and its bounding box. A pixel is ink when it is above the
 * threshold; the image's ink fraction is counted here. A canvas about k times {@value
 * #REFERENCE_CANVAS} px a side (k at least 2) is then block-reduced by k (k x k means over the
 * ink's box only), so the game's 560 px canvas is read, and costs, like a 280 px one; the
 * decision depends on the canvas, not on the ink, so a stray speck cannot change how the digit is
 * read. Byte and float images go through the same loops ({@link GrayImage}).
 *
 * <p>Keeps its scratch between calls; not thread-safe.
 */
final class InkScan {

  static final int REFERENCE_CANVAS = 280;

  private float[] reduced = new float[0];
  private float[] intensities = new float[0];

  /**
   * Finds the ink of {@code image} above {@code inkThreshold} (an intensity in [0,1)).
   *
   * @return the ink, or null when there is none (also when all of it is too faint to survive the
   *     block reduction)
   */
  Ink scan(GrayImage image, float inkThreshold) {
    int width = image.width();
    int height = image.height();
    float thr = image.threshold(inkThreshold);
    int minX = width;
    int minY = height;
    int maxX = -1;
    int maxY = -1;
    int count = 0;
    float peak = 0f;
    for (int y = 0; y < height; y++) {
      int row = y * width;
      int first = -1;
      int last = -1;
      for (int x = 0; x < width; x++) {
        if ((x & 7) == 0 && x + 8 <= width && image.blank8(row + x)) {
          x += 7;
          continue;
        }
        float v = image.level(row + x);
        if (v > thr) {
          count++;
          if (first < 0) {
            first = x;
          }
          last = x;
          if (v > peak) {
            peak = v;
          }
        }
      }
      if (first >= 0) {
        minX = Math.min(minX, first);
        maxX = Math.max(maxX, last);
        minY = Math.min(minY, y);
        maxY = y;
      }
    }
    if (count == 0) {
      return null;
    }
    float fraction = count / (float) ((long) width * height);
    int k = reduction(width, height);
    if (k > 1) {
      return reduce(image, k, minX, minY, maxX, maxY, inkThreshold, fraction);
    }
    InkBox box = new InkBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    return new Ink(intensities(image, box), width, box, peak / image.unit(), fraction, 0, 0, 1);
  }

  /** The block reduction for a canvas of this size: about how many times 280 px it is. */
  static int reduction(int width, int height) {
    return (Math.max(width, height) + REFERENCE_CANVAS / 2) / REFERENCE_CANVAS;
  }

  /** The image as intensities, valid inside the box: float images already are, in place. */
  private float[] intensities(GrayImage image, InkBox box) {
    if (image instanceof GrayImage.Floats f) {
      return f.pixels();
    }
    int width = image.width();
    int n = width * image.height();
    if (intensities.length < n) {
      intensities = new float[n];
    }
    float[] g = intensities;
    float toIntensity = 1f / image.unit();
    for (int y = box.y(); y < box.y() + box.height(); y++) {
      int row = y * width;
      for (int x = box.x(); x < box.x() + box.width(); x++) {
        g[row + x] = image.level(row + x) * toIntensity;
      }
    }
    return g;
  }

  /**
   * Block means of the ink's box (levels clamped to [0, unit], as intensities), then the ink of
   * the reduced field; its facts are mapped back to the image by the caller.
   */
  private Ink reduce(GrayImage image, int k, int x0, int y0, int x1, int y1, float inkThreshold,
      float fraction) {
    int width = image.width();
    int rw = (x1 - x0 + k) / k;
    int rh = (y1 - y0 + k) / k;
    if (reduced.length < rw * rh) {
      reduced = new float[rw * rh];
    }
    float[] r = reduced;
    Arrays.fill(r, 0, rw * rh, 0f);
    float unit = image.unit();
    float scale = 1f / (unit * k * k);
    for (int y = y0; y <= y1; y++) {
      int row = y * width;
      int rrow = ((y - y0) / k) * rw;
      for (int rx = 0, x = x0; x <= x1; rx++, x += k) {
        r[rrow + rx] += image.sum(row + x, row + Math.min(x1 + 1, x + k)) * scale;
      }
    }
    int minX = rw;
    int minY = rh;
    int maxX = -1;
    int maxY = -1;
    float peak = 0f;
    for (int y = 0; y < rh; y++) {
      for (int x = 0; x < rw; x++) {
        float v = r[y * rw + x];
        if (v > inkThreshold) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = y;
          peak = Math.max(peak, v);
        }
      }
    }
    if (maxX < 0) {
      return null; // only specks too faint to survive the reduction
    }
    InkBox box = new InkBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    return new Ink(r, rw, box, peak, fraction, x0, y0, k);
  }
}
