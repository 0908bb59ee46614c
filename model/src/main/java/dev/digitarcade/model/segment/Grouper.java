package dev.digitarcade.model.segment;

import java.util.Arrays;

/**
 * Groups parts (strokes or components, see {@link Parts}) into digits. All lengths are grid cells
 * and relative to the line height {@code H}: the tallest group's height, or {@value #LINE_SHARE} of
 * the height of all the ink when that is more. "Wider than k H" means wider than k times the larger
 * of H and the two groups' joint height. The rules, in order (the package documentation gives the
 * reasons):
 *
 * <ol>
 *   <li>Touching strokes are one digit, unless both are tall, side by side ({@link #side} at least
 *       {@value #SIDE}: they share more of their rows than of their columns), neither inside the
 *       other and together wider than {@value #SIDE_WIDTH} H: two digits that touch. Pairs plainly
 *       of one digit (one above or inside the other, or crossing within the same columns) are
 *       joined first, so that each digit is whole before its touching neighbours are judged.
 *   <li>Above or inside (dots aside): a group whose columns lie at least {@value #CONTAINED} inside
 *       another's and that shares fewer of its rows than of its columns is part of it (a 5's hat, a
 *       1's foot, an 8's loops, a digit broken in two), unless together they would be wider than
 *       {@value #CONTAINED_WIDTH} H; so is a group whose box lies at least {@value #INSIDE} inside
 *       another's (a 7's bar, a correction drawn over a digit).
 *   <li>Dots (no longer than 1.5 brush widths, or under a tenth of the largest group's ink, as the
 *       recipe judges specks) join a group that is not a dot within {@value #NEAR} H (as below); the
 *       others are stray clicks: dropped.
 *   <li>Short groups (under {@value #TALL} H) cannot stand alone as a digit of a number: each joins
 *       a group within {@value #NEAR} H, preferring the one it overlaps, then the one drawn just
 *       before or after it, then the nearest, unless together they would be wider than {@value
 *       #NEAR_WIDTH} H; except the newest stroke when it lies right of all other ink, a digit being
 *       begun.
 * </ol>
 *
 * Two neighbouring groups closer than {@value #JOIN_GAP} H and together at most {@value
 * #JOIN_WIDTH} H wide, or whose strokes touch, are marked joinable: the reader lets the model
 * decide whether they are one digit. Not thread-safe; scratch is reused.
 */
final class Grouper {

  static final float TALL = 0.5f;
  static final float SIDE_WIDTH = 0.5f;
  static final float CONTAINED = 0.5f;
  static final float CONTAINED_WIDTH = 1.3f;
  static final float NEAR = 0.2f;
  static final float NEAR_WIDTH = 2.5f;
  static final float JOIN_GAP = 0.25f;
  static final float JOIN_WIDTH = 1.25f;
  static final float DOT_SHARE = 0.1f;
  static final float LINE_SHARE = 0.8f;
  static final float SIDE = 0.3f;
  static final float INSIDE = 0.8f;

  private int[] parent = new int[16];
  private int[] mass = new int[16];
  private int[] x0 = new int[16];
  private int[] y0 = new int[16];
  private int[] x1 = new int[16];
  private int[] y1 = new int[16];
  private double[] t0 = new double[16];
  private double[] t1 = new double[16];
  private boolean[] alive = new boolean[16];
  private long[] pairs = new long[16];

  /** Groups in reading order (left to right), as representative part indices. */
  int[] order = new int[16];
  int groups;
  /** {@code joinable[i]}: groups {@code i} and {@code i + 1} in {@link #order} might be one digit. */
  boolean[] joinable = new boolean[16];
  int dropped;
  float lineHeight;

  /**
   * @param brush brush diameter in cells
   * @param newest the part of the most recent stroke, or -1
   */
  void group(Parts p, float brush, int newest) {
    int n = p.n;
    ensure(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      alive[i] = p.mass[i] > 0;
      mass[i] = p.mass[i];
      x0[i] = p.x0[i];
      y0[i] = p.y0[i];
      x1[i] = p.x1[i];
      y1[i] = p.y1[i];
      t0[i] = p.t0[i];
      t1[i] = p.t1[i];
    }
    float dotLength = 1.5f * brush + 1f;
    float h = height(n, dotLength);

    // 1. Touching strokes.
    int np = 0;
    for (int i = 0; i < p.strokeParts; i++) {
      for (int j = i + 1; j < p.strokeParts; j++) {
        int t = p.touch(i, j);
        if (t > 0 && alive[i] && alive[j]) {
          if (np == pairs.length) {
            pairs = Arrays.copyOf(pairs, np * 2);
          }
          pairs[np++] = ((long) (Integer.MAX_VALUE - t) << 32) | ((long) i << 16) | j;
        }
      }
    }
    Arrays.sort(pairs, 0, np);
    // First the pairs that are plainly one digit (one above or inside the other, or crossing in
    // the same columns), so that digits are whole before touching neighbours are judged.
    for (int k = 0; k < np; k++) {
      int a = find((int) (pairs[k] >>> 16) & 0xffff);
      int b = find((int) pairs[k] & 0xffff);
      if (a != b && (side(a, b) <= 0f || inside(a, b))) {
        merge(a, b);
      }
    }
    for (int k = 0; k < np; k++) {
      int a = find((int) (pairs[k] >>> 16) & 0xffff);
      int b = find((int) pairs[k] & 0xffff);
      if (a != b && !sideBySide(a, b, h, dotLength)) {
        merge(a, b);
      }
    }

    // 2. Stacked groups (dots are left to rule 3).
    float largest0 = 0;
    for (int g = 0; g < n; g++) {
      if (root(g)) {
        largest0 = Math.max(largest0, mass[g]);
      }
    }
    while (true) {
      int ba = -1;
      int bb = -1;
      float best = CONTAINED;
      for (int a = 0; a < n; a++) {
        if (!root(a) || dot(a, dotLength, largest0)) {
          continue;
        }
        for (int b = a + 1; b < n; b++) {
          if (root(b) && !dot(b, dotLength, largest0)) {
            float c = inside(a, b) ? 2f
                : side(a, b) <= 0f && unionWidth(a, b) <= CONTAINED_WIDTH * Math.max(h, unionHeight(a, b)) ? contained(a, b) : 0f;
            if (c >= best) {
              best = c;
              ba = a;
              bb = b;
            }
          }
        }
      }
      if (ba < 0) {
        break;
      }
      merge(ba, bb);
    }
    h = height(n, dotLength);

    // 3. Dots join a digit near them or are stray clicks.
    float largest = 0;
    for (int g = 0; g < n; g++) {
      if (root(g)) {
        largest = Math.max(largest, mass[g]);
      }
    }
    dropped = 0;
    for (int g = 0; g < n; g++) {
      if (root(g) && dot(g, dotLength, largest)) {
        int to = nearest(g, n, h, dotLength, largest);
        if (to >= 0) {
          merge(to, g);
        } else {
          alive[g] = false;
          dropped++;
        }
      }
    }

    // 4. Short groups join a near one.
    int newestRoot = newest >= 0 && newest < n && alive[newest] ? find(newest) : -1;
    boolean begun = newestRoot >= 0 && isNewestAlone(newestRoot, n) && beginsRight(newestRoot, n);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int g = 0; g < n; g++) {
        if (!root(g) || tall(g, h, dotLength) || (begun && g == newestRoot)) {
          continue;
        }
        int to = nearest(g, n, h, -1, largest);
        if (to >= 0) {
          merge(to, g);
          changed = true;
        }
      }
    }

    groups = 0;
    for (int g = 0; g < n; g++) {
      if (root(g)) {
        order[groups++] = g;
      }
    }
    // Left to right by the box centre (insertion sort: a handful of groups).
    for (int i = 1; i < groups; i++) {
      int g = order[i];
      int c = x0[g] + x1[g];
      int j = i - 1;
      while (j >= 0 && x0[order[j]] + x1[order[j]] > c) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = g;
    }
    for (int i = 0; i + 1 < groups; i++) {
      int a = order[i];
      int b = order[i + 1];
      joinable[i] = gap(a, b) <= JOIN_GAP * h && unionWidth(a, b) <= JOIN_WIDTH * Math.max(h, unionHeight(a, b));
    }
    // Strokes that touch but were judged two digits: the model decides.
    for (int i = 0; i < p.strokeParts; i++) {
      for (int j = i + 1; j < p.strokeParts; j++) {
        if (p.touch(i, j) > 0) {
          int a = groupOf(i);
          int b = groupOf(j);
          for (int k = 0; a >= 0 && b >= 0 && a != b && k + 1 < groups; k++) {
            if ((order[k] == a && order[k + 1] == b) || (order[k] == b && order[k + 1] == a)) {
              joinable[k] = true;
            }
          }
        }
      }
    }
    lineHeight = h;
  }

  /** The group (representative part) part {@code i} ended in, or -1 when it was dropped. */
  int groupOf(int i) {
    if (i < 0 || i >= parent.length) {
      return -1;
    }
    int r = find(i);
    return alive[r] ? r : -1;
  }

  /** Cell box of group {@code g}: {x0, y0, x1, y1} inclusive. */
  int[] box(int g) {
    return new int[] {x0[g], y0[g], x1[g], y1[g]};
  }

  private boolean isNewestAlone(int g, int n) {
    for (int i = 0; i < n; i++) {
      if (i != g && find(i) == g && alive[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean beginsRight(int g, int n) {
    for (int o = 0; o < n; o++) {
      if (o != g && root(o) && x1[o] >= x0[g]) {
        return false;
      }
    }
    return true;
  }

  private boolean dot(int g, float dotLength, float largest) {
    return length(g) <= dotLength || mass[g] < DOT_SHARE * largest;
  }

  /**
   * The group {@code g} should join: within {@link #NEAR} H, overlapping it first, then the one
   * drawn nearest in time, then the nearest; -1 for none. With {@code dotLength > 0} other dots
   * are not candidates.
   */
  private int nearest(int g, int n, float h, float dotLength, float largest) {
    int best = -1;
    int bestOverlap = 2;
    double bestTime = Double.MAX_VALUE;
    float bestGap = Float.MAX_VALUE;
    for (int o = 0; o < n; o++) {
      if (o == g || !root(o) || (dotLength > 0 && dot(o, dotLength, largest))) {
        continue;
      }
      float gp = gap(g, o);
      if (gp > NEAR * h || unionWidth(g, o) > NEAR_WIDTH * Math.max(h, unionHeight(g, o))) {
        continue;
      }
      int overlap = contained(g, o) >= 0.3f ? 0 : 1;
      double dt = timeGap(g, o);
      double time = Double.isNaN(dt) ? 0 : dt;
      if (overlap < bestOverlap || (overlap == bestOverlap && (time < bestTime - 1e-9
          || (Math.abs(time - bestTime) <= 1e-9 && gp < bestGap)))) {
        best = o;
        bestOverlap = overlap;
        bestTime = time;
        bestGap = gp;
      }
    }
    return best;
  }

  /**
   * The line height: the tallest group, or 0.8 of the height of all the ink (dots aside) when
   * that is more (a digit found in stacked pieces so far).
   */
  private float height(int n, float dotLength) {
    float h = 1;
    int top = Integer.MAX_VALUE;
    int bottom = -1;
    for (int g = 0; g < n; g++) {
      if (root(g) && length(g) > dotLength) {
        h = Math.max(h, y1[g] - y0[g] + 1);
        top = Math.min(top, y0[g]);
        bottom = Math.max(bottom, y1[g]);
      }
    }
    return bottom < 0 ? h : Math.max(h, LINE_SHARE * (bottom - top + 1));
  }

  private boolean root(int g) {
    return alive[g] && parent[g] == g;
  }

  private boolean tall(int g, float h, float dotLength) {
    return y1[g] - y0[g] + 1 >= TALL * h && length(g) > dotLength;
  }

  private int length(int g) {
    return Math.max(x1[g] - x0[g], y1[g] - y0[g]) + 1;
  }

  /**
   * Two touching groups are two digits: both tall, side by side, neither inside the other, and
   * wide together.
   */
  private boolean sideBySide(int a, int b, float h, float dotLength) {
    return tall(a, h, dotLength) && tall(b, h, dotLength) && side(a, b) >= SIDE && !inside(a, b)
        && unionWidth(a, b) > SIDE_WIDTH * h;
  }

  /**
   * How much the two lie side by side rather than one above the other: the share of the shorter
   * one's rows they share less the share of the narrower one's columns they share, from -1 (one
   * right above the other) to 1 (level, apart).
   */
  float side(int a, int b) {
    int ov = Math.min(y1[a], y1[b]) - Math.max(y0[a], y0[b]) + 1;
    float rows = Math.max(0, ov) / (float) Math.min(y1[a] - y0[a] + 1, y1[b] - y0[b] + 1);
    return rows - contained(a, b);
  }

  /** The smaller box lies (nearly) inside the other. */
  boolean inside(int a, int b) {
    long ox = Math.min(x1[a], x1[b]) - Math.max(x0[a], x0[b]) + 1;
    long oy = Math.min(y1[a], y1[b]) - Math.max(y0[a], y0[b]) + 1;
    if (ox <= 0 || oy <= 0) {
      return false;
    }
    long areaA = (long) (x1[a] - x0[a] + 1) * (y1[a] - y0[a] + 1);
    long areaB = (long) (x1[b] - x0[b] + 1) * (y1[b] - y0[b] + 1);
    return ox * oy >= INSIDE * Math.min(areaA, areaB);
  }

  /** Overlap of the two column ranges over the narrower one's width. */
  float contained(int a, int b) {
    int ov = Math.min(x1[a], x1[b]) - Math.max(x0[a], x0[b]) + 1;
    if (ov <= 0) {
      return 0;
    }
    return ov / (float) Math.min(x1[a] - x0[a] + 1, x1[b] - x0[b] + 1);
  }

  /** Columns between the two column ranges (negative when they overlap). */
  float gap(int a, int b) {
    return Math.max(x0[b] - x1[a], x0[a] - x1[b]) - 1;
  }

  float unionHeight(int a, int b) {
    return Math.max(y1[a], y1[b]) - Math.min(y0[a], y0[b]) + 1;
  }

  float unionWidth(int a, int b) {
    return Math.max(x1[a], x1[b]) - Math.min(x0[a], x0[b]) + 1;
  }

  /** Seconds between the two groups' strokes (0 when interleaved), NaN without times. */
  private double timeGap(int a, int b) {
    if (Double.isNaN(t0[a]) || Double.isNaN(t0[b])) {
      return Double.NaN;
    }
    return Math.max(0, Math.max(t0[a] - t1[b], t0[b] - t1[a]));
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void merge(int a, int b) {
    parent[b] = a;
    mass[a] += mass[b];
    x0[a] = Math.min(x0[a], x0[b]);
    y0[a] = Math.min(y0[a], y0[b]);
    x1[a] = Math.max(x1[a], x1[b]);
    y1[a] = Math.max(y1[a], y1[b]);
    if (Double.isNaN(t0[a])) {
      t0[a] = t0[b];
      t1[a] = t1[b];
    } else if (!Double.isNaN(t0[b])) {
      t0[a] = Math.min(t0[a], t0[b]);
      t1[a] = Math.max(t1[a], t1[b]);
    }
  }

  private void ensure(int n) {
    if (parent.length >= n) {
      return;
    }
    int c = Math.max(n, parent.length * 2);
    parent = new int[c];
    mass = new int[c];
    x0 = new int[c];
    y0 = new int[c];
    x1 = new int[c];
    y1 = new int[c];
    t0 = new double[c];
    t1 = new double[c];
    alive = new boolean[c];
    order = new int[c];
    joinable = new boolean[c];
  }
}
