package dev.digitarcade.model.segment;

import java.util.Arrays;

/**
 * The pieces of ink the grouping works on, as parallel arrays reused between calls: a part is the
 * ink of one stroke (the cells nearer to that stroke than to any other) or one connected component.
 * Coordinates are grid cells.
 */
final class Parts {

  int n;
  int[] mass = new int[16];
  int[] edges = new int[16];
  int[] x0 = new int[16];
  int[] y0 = new int[16];
  int[] x1 = new int[16];
  int[] y1 = new int[16];
  double[] t0 = new double[16];
  double[] t1 = new double[16];
  /** The stroke a part is the ink of, or -1 for a component found without a stroke. */
  int[] stroke = new int[16];
  /** Stroke parts (the first {@code strokeParts} parts): only they can touch each other. */
  int strokeParts;
  /** Neighbouring cell pairs between stroke parts i and j, at {@code i * strokeParts + j}. */
  int[] touch = new int[0];

  /** Room for {@code count} parts, the first {@code strokes} of them strokes, all facts cleared. */
  void reset(int count, int strokes) {
    if (count > mass.length) {
      int c = Math.max(count, mass.length * 2);
      mass = new int[c];
      edges = new int[c];
      x0 = new int[c];
      y0 = new int[c];
      x1 = new int[c];
      y1 = new int[c];
      t0 = new double[c];
      t1 = new double[c];
      stroke = new int[c];
    }
    n = count;
    strokeParts = strokes;
    if (touch.length < strokes * strokes) {
      touch = new int[strokes * strokes];
    } else {
      Arrays.fill(touch, 0, strokes * strokes, 0);
    }
    Arrays.fill(mass, 0, count, 0);
    Arrays.fill(edges, 0, count, 0);
    Arrays.fill(x0, 0, count, Integer.MAX_VALUE);
    Arrays.fill(y0, 0, count, Integer.MAX_VALUE);
    Arrays.fill(x1, 0, count, -1);
    Arrays.fill(y1, 0, count, -1);
    Arrays.fill(t0, 0, count, Double.NaN);
    Arrays.fill(t1, 0, count, Double.NaN);
    Arrays.fill(stroke, 0, count, -1);
  }

  /** Neighbouring cell pairs between parts i and j (0 unless both are stroke parts). */
  int touch(int i, int j) {
    return i < strokeParts && j < strokeParts ? touch[i * strokeParts + j] : 0;
  }


}
