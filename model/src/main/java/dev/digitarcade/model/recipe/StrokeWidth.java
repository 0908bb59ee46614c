package dev.digitarcade.model.recipe;

import java.util.Arrays;

/**
 * Step 3, first half: the stroke width of the kept ink, in field pixels: ink area over half its
 * perimeter. The perimeter is counted as 4-neighbour edges of the solid mask ({@link
 * Ink#solid()}), which overstates a curve's length by 4/pi on average; the factor 8/pi folds
 * that in. Within about 5 % of the brush on the drawn-digit benchmark. Also used by step 2 to
 * size a stray click against the main stroke.
 *
 * <p>Keeps its scratch between calls; not thread-safe.
 */
final class StrokeWidth {

  // Two rolling rows of the solid mask (1 solid, 0 not), with a border of 0.
  private byte[] solidRows = new byte[0];

  /**
   * The stroke width of the ink inside {@code within} (field pixels) that {@code specks} keeps;
   * 1 when there is no solid ink, never less than 1.
   */
  float measure(Ink ink, Specks specks, InkBox within, float thr) {
    float[] img = ink.field();
    int stride = ink.stride();
    int bx = ink.box().x();
    int by = ink.box().y();
    int bw = ink.box().width();
    float solid = ink.solid();
    int kx0 = within.x();
    int ky0 = within.y();
    int kx1 = within.x() + within.width() - 1;
    int ky1 = within.y() + within.height() - 1;
    int w = kx1 - kx0 + 1;
    if (solidRows.length < 2 * (w + 2)) {
      solidRows = new byte[2 * (w + 2)];
    }
    byte[] rows = solidRows;
    int prev = 0;
    int cur = w + 2;
    Arrays.fill(rows, 0, 2 * (w + 2), (byte) 0);
    double area = 0;
    long edges = 0;
    for (int y = ky0; y <= ky1 + 1; y++) {
      if (y <= ky1) {
        int irow = y * stride;
        int lrow = (y - by) * bw - bx;
        for (int x = kx0; x <= kx1; x++) {
          float v = img[irow + x];
          boolean isInk = v > thr && specks.kept(lrow + x);
          if (isInk) {
            area += v > 1f ? 1f : v;
          }
          rows[cur + 1 + x - kx0] = isInk && v >= solid ? (byte) 1 : (byte) 0;
        }
      } else {
        Arrays.fill(rows, cur, cur + w + 2, (byte) 0);
      }
      // Edges between neighbours in this row, and between this row and the one above: where two
      // 0-or-1 values differ their xor is 1, so the count is a sum, without a branch.
      int e = 0;
      for (int i = 1; i <= w + 1; i++) {
        e += rows[cur + i] ^ rows[cur + i - 1];
      }
      for (int i = 1; i <= w; i++) {
        e += rows[cur + i] ^ rows[prev + i];
      }
      edges += e;
      int t = prev;
      prev = cur;
      cur = t;
    }
    if (edges == 0) {
      return 1f;
    }
    return (float) Math.max(1.0, (8.0 / Math.PI) * area / edges);
  }
}
