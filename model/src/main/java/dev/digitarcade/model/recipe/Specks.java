package dev.digitarcade.model.recipe;

import java.util.Arrays;

/**
 * Step 2 of the recipe: stray specks. The ink inside the box is split into 8-connected
 * components; the largest is the digit's main stroke. Another component belongs to the digit when
 * it lies within the main ink's box (grown by a tenth of its size), or when it holds a real share
 * of the ink ({@value #MAJOR_SHARE} of the largest) and is a stroke rather than a dot: a dot is no
 * longer than about 1.5 brush widths + 2 px, the mark a stray click leaves. The rest are dropped.
 * With speck removal off every component is kept.
 *
 * <p>After {@link #keep}, {@link #kept(int)} tells the later steps which ink pixels count. Keeps
 * its scratch between calls; not thread-safe.
 */
final class Specks {

  // A component is "major" when it holds at least this share of the largest component's ink.
  static final float MAJOR_SHARE = 0.1f;
  // Minor components are kept when they lie inside the major ink's box grown by this share.
  static final float NEAR_SHARE = 0.1f;

  private final StrokeWidth strokeWidth;
  private int[] labels = new int[0];
  private int[] stack = new int[0];
  /** The box with a border of one pixel: 1 ink not yet labelled, 2 a start that is not ink (NaN), 0 else. */
  private byte[] mask = new byte[0];
  // Per component (index 1..n): ink mass, box (x0, y0, x1, y1 relative to the ink box), kept.
  private float[] compMass = new float[16];
  private int[] compBox = new int[16 * 4];
  private boolean[] keep = new boolean[16];
  /** Whether the last {@link #keep} kept all the ink (then {@link #labels} are not made). */
  private boolean all;
  /** Runs of ink, row by row: their union-find parents, and the previous and current row's runs. */
  private int[] runParent = new int[0];
  private int[] runs = new int[0];
  private int dropped;

  Specks(StrokeWidth strokeWidth) {
    this.strokeWidth = strokeWidth;
  }

  /**
   * Labels the ink's components and decides which are the digit.
   *
   * @param remove whether to drop stray specks at all
   * @return the box of the kept ink, in field pixels
   */
  InkBox keep(Ink ink, float inkThreshold, boolean remove) {
    InkBox box = ink.box();
    dropped = 0;
    // Nothing is dropped without removal, nor from ink in one piece: then all the ink is kept
    // and no pixel needs its label (one piece is told from its runs, row by row).
    all = !remove || pieces(ink.field(), ink.stride(), box, inkThreshold) == 1;
    if (all) {
      return box;
    }
    int comps = label(ink.field(), ink.stride(), box, inkThreshold);
    for (int c = 1; c <= comps; c++) {
      keep[c] = true;
    }
    if (comps <= 1) {
      return box;
    }
    dropped = choose(ink, comps, inkThreshold);
    int x0 = Integer.MAX_VALUE;
    int y0 = Integer.MAX_VALUE;
    int x1 = -1;
    int y1 = -1;
    for (int c = 1; c <= comps; c++) {
      if (keep[c]) {
        x0 = Math.min(x0, box.x() + compBox[4 * c]);
        y0 = Math.min(y0, box.y() + compBox[4 * c + 1]);
        x1 = Math.max(x1, box.x() + compBox[4 * c + 2]);
        y1 = Math.max(y1, box.y() + compBox[4 * c + 3]);
      }
    }
    return new InkBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
  }

  /**
   * Whether the ink pixel at {@code i} belongs to a kept component; {@code i} counts row-major in
   * the ink box ({@code (y - box.y) * box.width + x - box.x}).
   */
  boolean kept(int i) {
    return all || keep[labels[i]];
  }

  /** How many components the last {@link #keep} dropped. */
  int dropped() {
    return dropped;
  }

  /**
   * 8-connected labelling of ink pixels inside the box; returns the number of components. Each
   * component is filled depth first from its first pixel in row order, its neighbours taken row by
   * row; its mass is summed in that order. A mask of the box with an empty border ({@link #mask}:
   * 1 ink not yet labelled, 2 a start that is not ink, which only NaN is) spares the bounds and
   * the threshold at every neighbour.
   */
  private int label(float[] img, int stride, InkBox box, float thr) {
    int bx = box.x();
    int by = box.y();
    int bw = box.width();
    int bh = box.height();
    int n = bw * bh;
    int pw = bw + 2;
    int pn = pw * (bh + 2);
    if (labels.length < n) {
      labels = new int[n];
      stack = new int[n];
    }
    if (mask.length < pn) {
      mask = new byte[pn];
    }
    byte[] mk = mask;
    Arrays.fill(mk, 0, pw, (byte) 0);
    Arrays.fill(mk, pn - pw, pn, (byte) 0);
    for (int sy = 0; sy < bh; sy++) {
      int srcRow = (by + sy) * stride + bx;
      int mrow = (sy + 1) * pw + 1;
      mk[mrow - 1] = 0;
      mk[mrow + bw] = 0;
      for (int sx = 0; sx < bw; sx++) {
        float v = img[srcRow + sx];
        mk[mrow + sx] = v > thr ? (byte) 1 : v <= thr ? (byte) 0 : (byte) 2;
      }
    }
    Arrays.fill(labels, 0, n, 0);
    // Neighbours in row order: offsets in the mask, in the labels, and in the packed (y << 16 | x).
    int[] inMask = {-pw - 1, -pw, -pw + 1, -1, 1, pw - 1, pw, pw + 1};
    int[] inLabels = {-bw - 1, -bw, -bw + 1, -1, 1, bw - 1, bw, bw + 1};
    int[] packed = {-(1 << 16) - 1, -(1 << 16), -(1 << 16) + 1, -1, 1, (1 << 16) - 1, 1 << 16, (1 << 16) + 1};
    int[] st = stack;
    int[] lb = labels;
    int comps = 0;
    for (int sy = 0; sy < bh; sy++) {
      int mrow = (sy + 1) * pw + 1;
      for (int sx = 0; sx < bw; sx++) {
        if (mk[mrow + sx] == 0) {
          continue;
        }
        comps++;
        ensureComponents(comps);
        float m = 0f;
        int x0 = sx;
        int y0 = sy;
        int x1 = sx;
        int y1 = sy;
        int top = 0;
        // Stack entries pack (y << 16 | x): images are at most 65535 px a side (GrayImage).
        st[top++] = (sy << 16) | sx;
        lb[sy * bw + sx] = comps;
        mk[mrow + sx] = 0;
        while (top > 0) {
          int p = st[--top];
          int px = p & 0xffff;
          int py = p >>> 16;
          m += img[(by + py) * stride + bx + px];
          if (px < x0) {
            x0 = px;
          } else if (px > x1) {
            x1 = px;
          }
          if (py < y0) {
            y0 = py;
          } else if (py > y1) {
            y1 = py;
          }
          int c = (py + 1) * pw + px + 1;
          int l = py * bw + px;
          for (int d = 0; d < 8; d++) {
            int q = c + inMask[d];
            if (mk[q] == 1) {
              mk[q] = 0;
              lb[l + inLabels[d]] = comps;
              st[top++] = p + packed[d];
            }
          }
        }
        compMass[comps] = m;
        compBox[4 * comps] = x0;
        compBox[4 * comps + 1] = y0;
        compBox[4 * comps + 2] = x1;
        compBox[4 * comps + 3] = y1;
      }
    }
    return comps;
  }

  /**
   * How many 8-connected pieces the ink inside the box makes, from its runs along each row (a run
   * touches those of the row above that overlap it or meet it at a corner). A pixel that is
   * neither ink nor background (NaN, which the labelling treats apart) makes it 2: more than one.
   */
  int pieces(float[] img, int stride, InkBox box, float thr) {
    int bx = box.x();
    int by = box.y();
    int bw = box.width();
    int bh = box.height();
    // At most (bw + 1) / 2 runs a row; each row's runs as (start, end, id), the previous row's after them.
    int perRow = (bw + 1) / 2;
    if (runs.length < 6 * perRow) {
      runs = new int[6 * perRow];
    }
    int[] rs = runs;
    int cur = 0;
    int prev = 3 * perRow;
    int prevCount = 0;
    int ids = 0;
    int merged = 0;
    for (int sy = 0; sy < bh; sy++) {
      int row = (by + sy) * stride + bx;
      int count = 0;
      int p = 0;
      for (int x = 0; x < bw; x++) {
        float v = img[row + x];
        if (!(v > thr)) {
          if (!(v <= thr)) {
            return 2;
          }
          continue;
        }
        int start = x;
        while (x + 1 < bw && img[row + x + 1] > thr) {
          x++;
        }
        if (ids == runParent.length) {
          runParent = Arrays.copyOf(runParent, Math.max(16, 2 * ids));
        }
        int id = ids++;
        runParent[id] = id;
        // Runs of the row above that end before this one's start - 1 touch no later run either.
        while (p < prevCount && rs[prev + 3 * p + 1] < start - 1) {
          p++;
        }
        for (int q = p; q < prevCount && rs[prev + 3 * q] <= x + 1; q++) {
          int a = root(rs[prev + 3 * q + 2]);
          int b = root(id);
          if (a != b) {
            runParent[b] = a;
            merged++;
          }
        }
        rs[cur + 3 * count] = start;
        rs[cur + 3 * count + 1] = x;
        rs[cur + 3 * count + 2] = id;
        count++;
      }
      int t = prev;
      prev = cur;
      cur = t;
      prevCount = count;
    }
    return ids - merged;
  }

  private int root(int i) {
    int[] parent = runParent;
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void ensureComponents(int c) {
    if (c < compMass.length) {
      return;
    }
    int size = Math.max(c + 1, compMass.length * 2);
    compMass = Arrays.copyOf(compMass, size);
    compBox = Arrays.copyOf(compBox, size * 4);
    keep = Arrays.copyOf(keep, size);
  }

  /** Sets {@link #keep} for each component; returns how many were dropped. */
  private int choose(Ink ink, int comps, float thr) {
    int main = 1;
    for (int c = 2; c <= comps; c++) {
      if (compMass[c] > compMass[main]) {
        main = c;
      }
    }
    float largest = compMass[main];
    // The brush width, from the main component alone.
    for (int c = 1; c <= comps; c++) {
      keep[c] = c == main;
    }
    int bx = ink.box().x();
    int by = ink.box().y();
    InkBox mainBox = new InkBox(bx + compBox[4 * main], by + compBox[4 * main + 1],
        compBox[4 * main + 2] - compBox[4 * main] + 1,
        compBox[4 * main + 3] - compBox[4 * main + 1] + 1);
    float brush = strokeWidth.measure(ink, this, mainBox, thr);
    float dot = 1.5f * brush + 2f;
    int x0 = compBox[4 * main];
    int y0 = compBox[4 * main + 1];
    int x1 = compBox[4 * main + 2];
    int y1 = compBox[4 * main + 3];
    for (int c = 1; c <= comps; c++) {
      if (c == main || compMass[c] < MAJOR_SHARE * largest) {
        continue;
      }
      int len = Math.max(compBox[4 * c + 2] - compBox[4 * c],
          compBox[4 * c + 3] - compBox[4 * c + 1]) + 1;
      if (len > dot) {
        keep[c] = true;
        x0 = Math.min(x0, compBox[4 * c]);
        y0 = Math.min(y0, compBox[4 * c + 1]);
        x1 = Math.max(x1, compBox[4 * c + 2]);
        y1 = Math.max(y1, compBox[4 * c + 3]);
      }
    }
    int grow = 1 + Math.round(NEAR_SHARE * Math.max(x1 - x0 + 1, y1 - y0 + 1));
    x0 -= grow;
    y0 -= grow;
    x1 += grow;
    y1 += grow;
    int away = 0;
    for (int c = 1; c <= comps; c++) {
      if (!keep[c]) {
        keep[c] = compBox[4 * c] >= x0 && compBox[4 * c + 1] >= y0
            && compBox[4 * c + 2] <= x1 && compBox[4 * c + 3] <= y1;
        if (!keep[c]) {
          away++;
        }
      }
    }
    return away;
  }
}
