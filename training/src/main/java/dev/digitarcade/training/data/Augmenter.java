package dev.digitarcade.training.data;

import java.util.SplittableRandom;

/**
 * Distorts one 28x28 image: a random affine map (rotation, scale with a slight aspect change,
 * slant, shift) combined with a smooth elastic field, sampled bilinearly; then optionally a
 * bolder or thinner stroke and flat, uniform-intensity ink. Pure function of its inputs and the
 * random source, so a seeded run is reproducible whatever thread runs it.
 */
public final class Augmenter {

  private static final int S = 28;
  private static final double C = 13.5;
  private static final int GRID = 4; // elastic control points per side - 1

  private final AugmentConfig config;

  public Augmenter(AugmentConfig config) {
    this.config = config;
  }

  public AugmentConfig config() {
    return config;
  }

  /**
   * Writes image {@code index} of {@code src} (unsigned bytes) as floats in [0,1] to {@code dst}
   * at {@code dstOff}, augmented or not as the random source decides.
   *
   * @param scratch at least 2*784 floats of working space
   */
  public void apply(byte[] src, int index, float[] dst, int dstOff, SplittableRandom r, float[] scratch) {
    int srcOff = index * S * S;
    if (config.probability() <= 0 || r.nextDouble() >= config.probability()) {
      for (int i = 0; i < S * S; i++) {
        dst[dstOff + i] = (src[srcOff + i] & 0xff) / 255f;
      }
      return;
    }
    double angle = Math.toRadians(sym(r, config.rotate()));
    double s = 1 + sym(r, config.scale());
    double aspect = 1 + sym(r, config.scale() / 3);
    double sx = s * aspect;
    double sy = s / aspect;
    double shear = sym(r, config.shear());
    double tx = sym(r, config.shift());
    double ty = sym(r, config.shift());
    // Forward map M = R * H * S (H: x += shear*y); we need its inverse for sampling.
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double m00 = cos * sx;
    double m01 = cos * shear * sy - sin * sy;
    double m10 = sin * sx;
    double m11 = sin * shear * sy + cos * sy;
    double det = m00 * m11 - m01 * m10;
    double i00 = m11 / det;
    double i01 = -m01 / det;
    double i10 = -m10 / det;
    double i11 = m00 / det;

    double[] gx = new double[(GRID + 1) * (GRID + 1)];
    double[] gy = new double[(GRID + 1) * (GRID + 1)];
    if (config.elastic() > 0) {
      for (int i = 0; i < gx.length; i++) {
        gx[i] = sym(r, config.elastic());
        gy[i] = sym(r, config.elastic());
      }
    }
    float[] img = scratch;
    double cell = (S - 1) / (double) GRID;
    for (int y = 0; y < S; y++) {
      double fy = y / cell;
      int cy = Math.min((int) fy, GRID - 1);
      double wy = fy - cy;
      for (int x = 0; x < S; x++) {
        double fx = x / cell;
        int cx = Math.min((int) fx, GRID - 1);
        double wx = fx - cx;
        int g = cy * (GRID + 1) + cx;
        double dx = lerp2(gx, g, wx, wy);
        double dy = lerp2(gy, g, wx, wy);
        double px = x + dx - C - tx;
        double py = y + dy - C - ty;
        double u = i00 * px + i01 * py + C;
        double v = i10 * px + i11 * py + C;
        img[y * S + x] = sample(src, srcOff, u, v);
      }
    }
    if (config.close() > 0 && r.nextDouble() < config.close()) {
      // A fat brush on a small digit fills its loops: grow the ink until small holes close, then
      // shrink it back by as much, so the strokes keep their width and the holes stay shut.
      double amount = 1.5 + r.nextDouble();
      for (double a = amount; a > 0; a -= 1) {
        dilate(img, scratch, S * S, (float) Math.min(1, a));
      }
      for (double a = amount; a > 0; a -= 1) {
        erode(img, scratch, S * S, (float) Math.min(1, a));
      }
    }
    if (r.nextDouble() < config.thick()) {
      // 0.5 to 2.5 dilations: from a slightly bolder pen to the blobs a small, fat drawing becomes
      // once the recipe has scaled it up.
      double amount = 0.5 + 2.0 * r.nextDouble();
      while (amount > 0) {
        dilate(img, scratch, S * S, (float) Math.min(1, amount));
        amount -= 1;
      }
    } else if (r.nextDouble() < config.thin()) {
      float t = (float) (0.15 + 0.35 * r.nextDouble());
      for (int i = 0; i < S * S; i++) {
        img[i] = Math.max(0f, (img[i] - t) / (1 - t));
      }
    }
    boolean flat = r.nextDouble() < config.flat();
    float gain = flat ? (float) (1.5 + 1.5 * r.nextDouble()) : 1f;
    for (int i = 0; i < S * S; i++) {
      dst[dstOff + i] = Math.min(1f, img[i] * gain);
    }
  }

  private static double sym(SplittableRandom r, double max) {
    return max == 0 ? 0 : (2 * r.nextDouble() - 1) * max;
  }

  private static double lerp2(double[] g, int i, double wx, double wy) {
    double top = g[i] + (g[i + 1] - g[i]) * wx;
    double bottom = g[i + GRID + 1] + (g[i + GRID + 2] - g[i + GRID + 1]) * wx;
    return top + (bottom - top) * wy;
  }

  private static float sample(byte[] src, int off, double u, double v) {
    int x0 = (int) Math.floor(u);
    int y0 = (int) Math.floor(v);
    float ax = (float) (u - x0);
    float ay = (float) (v - y0);
    float p00 = px(src, off, x0, y0);
    float p10 = px(src, off, x0 + 1, y0);
    float p01 = px(src, off, x0, y0 + 1);
    float p11 = px(src, off, x0 + 1, y0 + 1);
    float top = p00 + (p10 - p00) * ax;
    float bottom = p01 + (p11 - p01) * ax;
    return top + (bottom - top) * ay;
  }

  private static float px(byte[] src, int off, int x, int y) {
    if (x < 0 || y < 0 || x >= S || y >= S) {
      return 0f;
    }
    return (src[off + y * S + x] & 0xff) / 255f;
  }

  /** Grayscale dilation with a 3x3 cross, blended with the original by {@code amount}. */
  private static void dilate(float[] img, float[] scratch, int base, float amount) {
    float[] out = scratch;
    for (int y = 0; y < S; y++) {
      for (int x = 0; x < S; x++) {
        float m = img[y * S + x];
        if (x > 0) m = Math.max(m, img[y * S + x - 1]);
        if (x < S - 1) m = Math.max(m, img[y * S + x + 1]);
        if (y > 0) m = Math.max(m, img[(y - 1) * S + x]);
        if (y < S - 1) m = Math.max(m, img[(y + 1) * S + x]);
        out[base + y * S + x] = m;
      }
    }
    for (int i = 0; i < S * S; i++) {
      img[i] += (out[base + i] - img[i]) * amount;
    }
  }

  /** Grayscale erosion with a 3x3 cross (outside the image counts as background), blended by {@code amount}. */
  private static void erode(float[] img, float[] scratch, int base, float amount) {
    float[] out = scratch;
    for (int y = 0; y < S; y++) {
      for (int x = 0; x < S; x++) {
        float m = img[y * S + x];
        m = Math.min(m, x > 0 ? img[y * S + x - 1] : 0f);
        m = Math.min(m, x < S - 1 ? img[y * S + x + 1] : 0f);
        m = Math.min(m, y > 0 ? img[(y - 1) * S + x] : 0f);
        m = Math.min(m, y < S - 1 ? img[(y + 1) * S + x] : 0f);
        out[base + y * S + x] = m;
      }
    }
    for (int i = 0; i < S * S; i++) {
      img[i] += (out[base + i] - img[i]) * amount;
    }
  }
}
