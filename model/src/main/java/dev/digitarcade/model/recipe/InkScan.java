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

  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
  private static final long HIGH = 0x8080808080808080L;

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
    if (image instanceof GrayImage.Bytes bytes && thr < 127f) {
      // Eight pixels at a time, compared as integers: the same ink, count and peak.
      byte[] px = bytes.pixels();
      int t = (int) thr;
      int top = 0;
      for (int y = 0; y < height; y++) {
        int row = y * width;
        int first = -1;
        int last = -1;
        int x = 0;
        for (; x + 8 <= width; x += 8) {
          long v = (long) GrayImage.Bytes.LONGS.get(px, row + x);
          if (v == 0L) {
            continue;
          }
          // The high bit of each byte of m: that byte is above t (its low seven bits plus 127 - t
          // carry into the high bit exactly when they exceed t; a byte of 128 or more is above t).
          long m = (((v & LOW7) + (127 - t) * ONES) | v) & HIGH;
          if (m == 0L) {
            continue;
          }
          count += Long.bitCount(m);
          if (first < 0) {
            first = x + (Long.numberOfTrailingZeros(m) >>> 3);
          }
          last = x + ((63 - Long.numberOfLeadingZeros(m)) >>> 3);
          // Bytes at or below t are below any ink, so the largest byte is the largest ink.
          for (; top < 255 && v != 0L; v >>>= 8) {
            top = Math.max(top, (int) v & 0xff);
          }
        }
        for (; x < width; x++) {
          int u = px[row + x] & 0xff;
          if (u > t) {
            count++;
            if (first < 0) {
              first = x;
            }
            last = x;
            top = Math.max(top, u);
          }
        }
        if (first >= 0) {
          minX = Math.min(minX, first);
          maxX = Math.max(maxX, last);
          minY = Math.min(minY, y);
          maxY = y;
        }
      }
      peak = top;
    } else {
      for (int y = 0; y < height; y++) {
        int row = y * width;
        int first = -1;
        int last = -1;
        for (int x = 0; x < width; x++) {
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
    int rw = (x1 - x0 + k) / k;
    int rh = (y1 - y0 + k) / k;
    if (reduced.length < rw * rh) {
      reduced = new float[rw * rh];
    }
    float[] r = reduced;
    Arrays.fill(r, 0, rw * rh, 0f);
    float unit = image.unit();
    float scale = 1f / (unit * k * k);
    // Blocks of background add nothing (adding 0 leaves a sum as it is), so they are stepped over:
    // the game's 2 x 2 blocks of bytes four at a time, other images eight zero pixels at once after
    // a block that summed to 0 (up to the block holding the ninth).
    if (k == 2 && image instanceof GrayImage.Bytes bytes) {
      reduceByTwo(bytes, x0, y0, x1, y1, rw, scale);
    } else {
      reduceAny(image, k, x0, y0, x1, y1, rw, scale);
    }
    int minX = rw;
    int minY = rh;
    int maxX = -1;
    int maxY = -1;
    float peak = 0f;
    for (int y = 0; y < rh; y++) {
      // The row's first and last ink, looked for from each end; between them nothing that is not
      // ink can be above the first ink, so the largest value there is the row's strongest ink.
      int row = y * rw;
      int first = 0;
      while (first < rw && !(r[row + first] > inkThreshold)) {
        first++;
      }
      if (first == rw) {
        continue;
      }
      int last = rw - 1;
      while (!(r[row + last] > inkThreshold)) {
        last--;
      }
      float strongest = r[row + first];
      for (int x = first + 1; x <= last; x++) {
        float v = r[row + x];
        strongest = v > strongest ? v : strongest;
      }
      minX = Math.min(minX, first);
      maxX = Math.max(maxX, last);
      minY = Math.min(minY, y);
      maxY = y;
      peak = Math.max(peak, strongest);
    }
    if (maxX < 0) {
      return null; // only specks too faint to survive the reduction
    }
    InkBox box = new InkBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    return new Ink(r, rw, box, peak, fraction, x0, y0, k);
  }

  /** Adds each {@code k x k} block's sum of the box {@code (x0, y0)-(x1, y1)} into {@link #reduced}, times {@code scale}. */
  private void reduceAny(GrayImage image, int k, int x0, int y0, int x1, int y1, int rw, float scale) {
    float[] r = reduced;
    int width = image.width();
    boolean skip = k <= 8;
    for (int y = y0; y <= y1; y++) {
      int row = y * width;
      int rrow = ((y - y0) / k) * rw;
      boolean blank = true;
      for (int rx = 0, x = x0; x <= x1; ) {
        if (blank && skip && x + 8 <= x1 + 1 && image.blank8(row + x)) {
          rx = (x + 8 - x0) / k;
          x = x0 + rx * k;
          continue;
        }
        float sum = image.sum(row + x, row + Math.min(x1 + 1, x + k));
        r[rrow + rx] += sum * scale;
        blank = sum == 0f;
        rx++;
        x += k;
      }
    }
  }

  /** As {@link #reduceAny} for 2 x 2 blocks of bytes, eight bytes (four blocks' row halves) at a time. */
  private void reduceByTwo(GrayImage.Bytes image, int x0, int y0, int x1, int y1, int rw, float scale) {
    float[] r = reduced;
    byte[] px = image.pixels();
    int width = image.width();
    for (int y = y0; y <= y1; y++) {
      int row = y * width;
      int rrow = ((y - y0) / 2) * rw;
      int x = x0;
      int rx = 0;
      for (; x + 8 <= x1 + 1; x += 8, rx += 4) {
        long v = (long) GrayImage.Bytes.LONGS.get(px, row + x);
        for (int i = rrow + rx; v != 0L; i++, v >>>= 16) {
          int sum = ((int) v & 0xff) + ((int) (v >>> 8) & 0xff);
          if (sum != 0) {
            r[i] += sum * scale;
          }
        }
      }
      for (; x <= x1; x += 2, rx++) {
        r[rrow + rx] += image.sum(row + x, row + Math.min(x1 + 1, x + 2)) * scale;
      }
    }
  }
}
