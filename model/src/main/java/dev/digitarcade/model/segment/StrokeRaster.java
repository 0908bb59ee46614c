package dev.digitarcade.model.segment;

import java.util.List;

/**
 * Paints strokes onto an 8-bit canvas the way the game's brush does: every pair of consecutive
 * samples is a capsule (a segment with round caps) of the stroke's radius, anti-aliased over one
 * pixel at its edge, and ink combines by taking the maximum. A single sample is a dot. Pixel
 * {@code (x, y)} is sampled at its centre {@code (x + 0.5, y + 0.5)}.
 *
 * <p>For tests, benchmarks and tools that need a canvas to go with their strokes; the game paints
 * its own canvas on the GPU.
 */
public final class StrokeRaster {

  private StrokeRaster() {}

  /** Paints {@code strokes} onto {@code canvas} ({@code width x height}, row-major, 0 = black). */
  public static void paint(byte[] canvas, int width, int height, List<Stroke> strokes) {
    for (Stroke s : strokes) {
      paint(canvas, width, height, s);
    }
  }

  /** Paints one stroke onto {@code canvas}. */
  public static void paint(byte[] canvas, int width, int height, Stroke stroke) {
    if (canvas.length != width * height) {
      throw new IllegalArgumentException("canvas has " + canvas.length + " bytes, expected " + width + "x" + height);
    }
    List<Stroke.Point> p = stroke.points();
    float r = stroke.radius();
    if (p.size() == 1) {
      capsule(canvas, width, height, p.get(0).x(), p.get(0).y(), p.get(0).x(), p.get(0).y(), r);
      return;
    }
    for (int i = 1; i < p.size(); i++) {
      capsule(canvas, width, height, p.get(i - 1).x(), p.get(i - 1).y(), p.get(i).x(), p.get(i).y(), r);
    }
  }

  private static void capsule(byte[] c, int w, int h, float ax, float ay, float bx, float by, float r) {
    int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - r - 1));
    int x1 = Math.min(w - 1, (int) Math.ceil(Math.max(ax, bx) + r + 1));
    int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - r - 1));
    int y1 = Math.min(h - 1, (int) Math.ceil(Math.max(ay, by) + r + 1));
    float dx = bx - ax;
    float dy = by - ay;
    float len2 = dx * dx + dy * dy;
    for (int y = y0; y <= y1; y++) {
      float py = y + 0.5f;
      int row = y * w;
      for (int x = x0; x <= x1; x++) {
        float px = x + 0.5f;
        float t = len2 > 0f ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0f;
        t = t < 0f ? 0f : (t > 1f ? 1f : t);
        float ex = ax + t * dx - px;
        float ey = ay + t * dy - py;
        float cover = r + 0.5f - (float) Math.sqrt(ex * ex + ey * ey);
        if (cover <= 0f) {
          continue;
        }
        int v = Math.round((cover > 1f ? 1f : cover) * 255f);
        if (v > (c[row + x] & 0xff)) {
          c[row + x] = (byte) v;
        }
      }
    }
  }
}
