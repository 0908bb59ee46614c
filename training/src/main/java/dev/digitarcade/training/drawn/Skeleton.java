package dev.digitarcade.training.drawn;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The centre lines of a binary shape, as smooth polylines a brush can follow: Zhang-Suen thinning,
 * then the one-pixel-wide skeleton is walked from ends and junctions into chains, and each chain is
 * smoothed with a small moving average (its ends stay put so chains keep meeting).
 */
final class Skeleton {

  private static final int[] DX = {1, 1, 0, -1, -1, -1, 0, 1};
  private static final int[] DY = {0, 1, 1, 1, 0, -1, -1, -1};

  private Skeleton() {}

  /**
   * Thins {@code mask} (w x h, row-major, true = ink) and returns its centre lines in pixel-centre
   * coordinates of the mask.
   */
  static List<List<Point2D.Float>> strokes(boolean[] mask, int w, int h) {
    return strokes(thin(mask, w, h), w, h, 0);
  }

  /**
   * Centre lines of an already thinned skeleton; chains running from a loose end to a junction
   * that are shorter than {@code minSpur} pixels (thinning's spurs at stroke corners) are dropped.
   */
  static List<List<Point2D.Float>> strokes(boolean[] skel, int w, int h, float minSpur) {
    List<List<Point2D.Float>> all = chains(skel, w, h);
    if (minSpur > 0) {
      List<List<Point2D.Float>> kept = new ArrayList<>();
      for (List<Point2D.Float> c : all) {
        Point2D.Float a = c.get(0);
        Point2D.Float b = c.get(c.size() - 1);
        int da = degree(skel, w, h, (int) a.x, (int) a.y);
        int db = degree(skel, w, h, (int) b.x, (int) b.y);
        boolean spur = (da == 1 && db >= 3) || (db == 1 && da >= 3);
        if (!(spur && c.size() < minSpur)) {
          kept.add(c);
        }
      }
      all = kept;
    }
    return smooth(all, 2);
  }

  /**
   * Chamfer distance from each ink pixel to the nearest background pixel (0 off the ink). The two
   * passes visit only the ink, in a full scan's order (the background stays 0). Every value is 0 or
   * positive (never NaN or -0), so a plain comparison is {@code Math.min} and the order in which a
   * pixel's candidates are compared does not change the result.
   */
  static float[] depth(boolean[] mask, int w, int h) {
    final float far = 1e9f;
    final float straight = 1f;
    final float diagonal = 1.41421356f;
    float[] d = new float[w * h];
    int[] ink = new int[w * h];
    int n = 0;
    for (int i = 0; i < d.length; i++) {
      if (mask[i]) {
        d[i] = far;
        ink[n++] = i;
      }
    }
    for (int k = 0; k < n; k++) {
      int i = ink[k];
      int x = i % w;
      int y = i / w;
      // the row above is final for this pass: only the left neighbour is on the chain of this row
      float v = d[i];
      if (y > 0) {
        v = min(v, d[i - w] + straight);
        v = min(v, (x > 0 ? d[i - w - 1] : 0f) + diagonal);
        v = min(v, (x < w - 1 ? d[i - w + 1] : 0f) + diagonal);
      } else {
        v = min(v, straight);
        v = min(v, diagonal);
      }
      d[i] = min(v, (x > 0 ? d[i - 1] : 0f) + straight);
    }
    for (int k = n - 1; k >= 0; k--) {
      int i = ink[k];
      int x = i % w;
      int y = i / w;
      float v = d[i];
      if (y < h - 1) {
        v = min(v, d[i + w] + straight);
        v = min(v, (x < w - 1 ? d[i + w + 1] : 0f) + diagonal);
        v = min(v, (x > 0 ? d[i + w - 1] : 0f) + diagonal);
      } else {
        v = min(v, straight);
        v = min(v, diagonal);
      }
      d[i] = min(v, (x < w - 1 ? d[i + 1] : 0f) + straight);
    }
    return d;
  }

  private static float min(float a, float b) {
    return a < b ? a : b;
  }

  /**
   * Whether Zhang-Suen removes a pixel with neighbourhood {@code ring} (bit k set: neighbour k of
   * P2, P3, ... P9, clockwise from the pixel above) in sub-step 0 ({@code [0]}) or 1 ({@code [1]}).
   */
  private static final boolean[][] REMOVABLE = removable();

  private static boolean[][] removable() {
    boolean[][] out = new boolean[2][256];
    for (int ring = 0; ring < 256; ring++) {
      int b = Integer.bitCount(ring);
      int a = 0;
      for (int k = 0; k < 8; k++) {
        if ((ring >> k & 1) == 0 && (ring >> ((k + 1) % 8) & 1) == 1) {
          a++;
        }
      }
      if (b < 2 || b > 6 || a != 1) {
        continue;
      }
      boolean p2 = (ring & 1) != 0;
      boolean p4 = (ring & 4) != 0;
      boolean p6 = (ring & 16) != 0;
      boolean p8 = (ring & 64) != 0;
      out[0][ring] = !((p2 && p4 && p6) || (p4 && p6 && p8));
      out[1][ring] = !((p2 && p4 && p8) || (p2 && p6 && p8));
    }
    return out;
  }

  /**
   * Zhang-Suen thinning; the result is 8-connected and one pixel wide. Each sub-step decides on the
   * image as it was at its start (a table of the 256 neighbourhoods), looking only at the ink left.
   */
  static boolean[] thin(boolean[] mask, int w, int h) {
    int pw = w + 2;
    int ph = h + 2;
    byte[] img = new byte[pw * ph]; // 1: ink
    int[] ink = new int[w * h];
    int n = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (mask[y * w + x]) {
          int i = (y + 1) * pw + x + 1;
          img[i] = 1;
          ink[n++] = i;
        }
      }
    }
    int[] remove = new int[n + 1];
    boolean changed = n > 0;
    while (changed) {
      changed = false;
      for (int step = 0; step < 2; step++) {
        boolean[] table = REMOVABLE[step];
        int removed = 0;
        for (int k = 0; k < n; k++) {
          int i = ink[k];
          int ring = img[i - pw] | img[i - pw + 1] << 1 | img[i + 1] << 2 | img[i + pw + 1] << 3 | img[i + pw] << 4
              | img[i + pw - 1] << 5 | img[i - 1] << 6 | img[i - pw - 1] << 7;
          remove[removed] = i;
          removed += table[ring] ? 1 : 0; // no branch: whether a border pixel goes is hard to predict
        }
        if (removed > 0) {
          for (int k = 0; k < removed; k++) {
            img[remove[k]] = 0;
          }
          int kept = 0;
          for (int k = 0; k < n; k++) {
            if (img[ink[k]] != 0) {
              ink[kept++] = ink[k];
            }
          }
          n = kept;
          changed = true;
        }
      }
    }
    boolean[] out = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = img[(y + 1) * pw + x + 1] != 0;
      }
    }
    return out;
  }

  /** Whether the skeleton links pixel {@code i} to its neighbour in direction {@code k}. */
  private static boolean linked(boolean[] s, int w, int h, int x, int y, int k) {
    int nx = x + DX[k];
    int ny = y + DY[k];
    if (nx < 0 || ny < 0 || nx >= w || ny >= h || !s[ny * w + nx]) {
      return false;
    }
    if (k % 2 == 1) {
      // A diagonal step is redundant when a 4-neighbour path around the corner exists.
      boolean viaX = s[y * w + nx];
      boolean viaY = s[ny * w + x];
      return !viaX && !viaY;
    }
    return true;
  }

  static int degree(boolean[] s, int w, int h, int x, int y) {
    int d = 0;
    for (int k = 0; k < 8; k++) {
      if (linked(s, w, h, x, y, k)) {
        d++;
      }
    }
    return d;
  }

  /** Splits the skeleton graph into chains running between ends/junctions (and closed loops). */
  static List<List<Point2D.Float>> chains(boolean[] s, int w, int h) {
    boolean[] used = new boolean[w * h * 8];
    List<List<Point2D.Float>> out = new ArrayList<>();
    // First: chains starting at nodes that are not plain chain links (degree != 2).
    for (int pass = 0; pass < 2; pass++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          if (!s[y * w + x]) {
            continue;
          }
          int deg = degree(s, w, h, x, y);
          if (deg == 0 && pass == 0) {
            List<Point2D.Float> dot = new ArrayList<>();
            dot.add(new Point2D.Float(x, y));
            out.add(dot);
            continue;
          }
          if ((pass == 0) == (deg == 2)) {
            continue;
          }
          for (int k = 0; k < 8; k++) {
            if (linked(s, w, h, x, y, k) && !used[(y * w + x) * 8 + k]) {
              out.add(walk(s, w, h, x, y, k, used));
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Point2D.Float> walk(boolean[] s, int w, int h, int x, int y, int k, boolean[] used) {
    List<Point2D.Float> chain = new ArrayList<>();
    chain.add(new Point2D.Float(x, y));
    int cx = x;
    int cy = y;
    int dir = k;
    while (true) {
      used[(cy * w + cx) * 8 + dir] = true;
      int nx = cx + DX[dir];
      int ny = cy + DY[dir];
      used[(ny * w + nx) * 8 + ((dir + 4) % 8)] = true;
      chain.add(new Point2D.Float(nx, ny));
      cx = nx;
      cy = ny;
      if (degree(s, w, h, cx, cy) != 2) {
        return chain;
      }
      int next = -1;
      for (int d = 0; d < 8; d++) {
        if (linked(s, w, h, cx, cy, d) && !used[(cy * w + cx) * 8 + d]) {
          next = d;
          break;
        }
      }
      if (next < 0) {
        return chain; // closed loop finished
      }
      dir = next;
    }
  }

  /** Moving average over three points, {@code rounds} times; chain ends are kept. */
  static List<List<Point2D.Float>> smooth(List<List<Point2D.Float>> chains, int rounds) {
    List<List<Point2D.Float>> out = new ArrayList<>();
    for (List<Point2D.Float> c : chains) {
      List<Point2D.Float> cur = c;
      boolean closed = c.size() > 3 && c.get(0).equals(c.get(c.size() - 1));
      for (int r = 0; r < rounds && cur.size() > 2; r++) {
        List<Point2D.Float> next = new ArrayList<>(cur.size());
        int n = cur.size();
        for (int i = 0; i < n; i++) {
          if (!closed && (i == 0 || i == n - 1)) {
            next.add(cur.get(i));
            continue;
          }
          Point2D.Float a = cur.get(i == 0 ? n - 2 : i - 1);
          Point2D.Float b = cur.get(i);
          Point2D.Float d = cur.get(i == n - 1 ? 1 : i + 1);
          next.add(new Point2D.Float((a.x + 2 * b.x + d.x) / 4f, (a.y + 2 * b.y + d.y) / 4f));
        }
        cur = next;
      }
      out.add(cur);
    }
    return out;
  }
}
