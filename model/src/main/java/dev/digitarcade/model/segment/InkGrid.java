package dev.digitarcade.model.segment;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * The canvas's ink on a coarse grid: a canvas about k times 280 px is looked at in k x k cells (the
 * game's 560 px canvas in 2 x 2 cells), a cell being ink when any of its pixels is (above the
 * recipe's threshold). On the grid: connected components, or, with strokes, which stroke each
 * ink cell belongs to, and the facts the grouping needs about each part. Scratch is reused
 * between calls; not thread-safe.
 */
final class InkGrid {

  /** A pixel is ink above this byte value: the recipe's threshold of 0.1. */
  static final int THRESHOLD = 25;
  /** Canvases are looked at as if they were about this many pixels wide. */
  static final int REFERENCE = 280;
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
  private static final long HIGH = 0x8080808080808080L;
  /** The high bit of the first byte of each pair of bytes. */
  private static final long CELL_OF_TWO = 0x0080008000800080L;
  /** Eight canvas bytes read as one long (to step over background quickly). */
  static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  int f;
  int gw;
  int gh;
  /** Row stride of the cell arrays: the grid has a border of one empty cell all round. */
  int stride;
  /** Ink bounding box in cells (x1 < 0 when there is no ink). */
  int gx0;
  int gy0;
  int gx1;
  int gy1;
  byte[] ink = new byte[0];
  /** Part index + 1 of each cell, 0 = no ink; {@link #UNOWNED} ink before it is labelled. */
  int[] owner = new int[0];
  /** An ink cell no part owns yet (only between {@link #build} and the labelling, which gives every ink cell a part). */
  static final int UNOWNED = -1;
  private int[] queue = new int[0];
  /** Ink cells as (y << 16 | x), in row order. */
  private int[] cells = new int[0];
  int inkCells;
  private int lastStride = -1;

  /** Looks at the canvas; false when it has no ink. */
  boolean build(byte[] canvas, int width, int height) {
    f = Math.max(1, Math.round(Math.max(width, height) / (float) REFERENCE));
    gw = (width + f - 1) / f;
    gh = (height + f - 1) / f;
    stride = gw + 2;
    int n = stride * (gh + 2);
    if (ink.length < n) {
      ink = new byte[n];
      owner = new int[n];
      queue = new int[n];
      cells = new int[n];
    } else if (stride != lastStride) {
      Arrays.fill(ink, 0, n, (byte) 0);
      Arrays.fill(owner, 0, n, 0);
    } else {
      // Only the last call's ink cells were written (parts own ink cells only).
      for (int i = 0; i < inkCells; i++) {
        int c = cells[i];
        int idx = ((c >>> 16) + 1) * stride + (c & 0xffff) + 1;
        ink[idx] = 0;
        owner[idx] = 0;
      }
    }
    lastStride = stride;
    gx0 = gw;
    gy0 = gh;
    gx1 = -1;
    gy1 = -1;
    int shift = Integer.bitCount(f) == 1 ? Integer.numberOfTrailingZeros(f) : -1;
    for (int y = 0; y < height; y++) {
      int row = y * width;
      int crow = (y / f + 1) * stride + 1;
      boolean any = false;
      int x = 0;
      for (; x + 8 <= width; x += 8) {
        long v = (long) LONGS.get(canvas, row + x);
        if (v == 0L) {
          continue;
        }
        // The high bit of each byte above the threshold (its low seven bits plus 127 - THRESHOLD
        // carry into it exactly when they exceed the threshold; 128 and more are above it).
        long m = (((v & LOW7) + (127 - THRESHOLD) * ONES) | v) & HIGH;
        if (m == 0L) {
          continue;
        }
        any = true;
        gx0 = Math.min(gx0, shift >= 0 ? (x + (Long.numberOfTrailingZeros(m) >>> 3)) >> shift
            : (x + (Long.numberOfTrailingZeros(m) >>> 3)) / f);
        gx1 = Math.max(gx1, shift >= 0 ? (x + ((63 - Long.numberOfLeadingZeros(m)) >>> 3)) >> shift
            : (x + ((63 - Long.numberOfLeadingZeros(m)) >>> 3)) / f);
        if (f == 2) {
          // x is a multiple of 8: bytes 2i and 2i + 1 are cell x / 2 + i, marked once.
          for (long c = (m | (m >>> 8)) & CELL_OF_TWO; c != 0L; c &= c - 1) {
            ink[crow + (x >> 1) + (Long.numberOfTrailingZeros(c) >>> 4)] = 1;
          }
        } else {
          for (; m != 0L; m &= m - 1) {
            int b = x + (Long.numberOfTrailingZeros(m) >>> 3);
            ink[crow + (shift >= 0 ? b >> shift : b / f)] = 1;
          }
        }
      }
      for (; x < width; x++) {
        if ((canvas[row + x] & 0xff) > THRESHOLD) {
          int cx = x / f;
          ink[crow + cx] = 1;
          gx0 = Math.min(gx0, cx);
          gx1 = Math.max(gx1, cx);
          any = true;
        }
      }
      if (any) {
        gy0 = Math.min(gy0, y / f);
        gy1 = y / f;
      }
    }
    if (gx1 < 0) {
      inkCells = 0;
      return false;
    }
    int k = 0;
    for (int y = gy0; y <= gy1; y++) {
      int row = (y + 1) * stride + 1;
      for (int x = gx0; x <= gx1; x++) {
        if (x + 8 <= gx1 + 1 && (long) LONGS.get(ink, row + x) == 0L) {
          x += 7;
          continue;
        }
        if (ink[row + x] != 0) {
          cells[k++] = (y << 16) | x;
          owner[row + x] = UNOWNED;
        }
      }
    }
    inkCells = k;
    return true;
  }

  /** Labels 8-connected components; returns how many. */
  int labelComponents() {
    return labelUnowned(0);
  }

  /** Labels each 8-connected component of ink no part owns yet, from {@code count + 1} on; returns the new count. */
  private int labelUnowned(int count) {
    for (int i = 0; i < inkCells; i++) {
      int c = cells[i];
      int idx = ((c >>> 16) + 1) * stride + (c & 0xffff) + 1;
      if (owner[idx] == UNOWNED) {
        count++;
        owner[idx] = count;
        flood(idx, count);
      }
    }
    return count;
  }

  /**
   * Gives every ink cell to the stroke nearest to it along the ink (a breadth-first search from
   * each stroke's centre line), stroke {@code i} being part {@code i}; ink no stroke reaches
   * (left over from strokes not passed in) becomes further parts, one per component. Returns the
   * number of parts.
   */
  int labelByStrokes(List<Stroke> strokes) {
    int head = 0;
    int tail = 0;
    for (int s = 0; s < strokes.size(); s++) {
      List<Stroke.Point> p = strokes.get(s).points();
      int label = s + 1;
      Stroke.Point a = p.get(0);
      tail = seed(a.x(), a.y(), label, tail);
      for (int i = 1; i < p.size(); i++) {
        Stroke.Point b = p.get(i);
        float dx = b.x() - a.x();
        float dy = b.y() - a.y();
        int steps = (int) Math.ceil(2f * Math.max(Math.abs(dx), Math.abs(dy)) / f);
        for (int k = 1; k <= steps; k++) {
          float t = k / (float) steps;
          tail = seed(a.x() + t * dx, a.y() + t * dy, label, tail);
        }
        a = b;
      }
    }
    int s = stride;
    while (head < tail) {
      int idx = queue[head++];
      int label = owner[idx];
      // The eight neighbours, row by row.
      tail = take(idx - s - 1, label, tail);
      tail = take(idx - s, label, tail);
      tail = take(idx - s + 1, label, tail);
      tail = take(idx - 1, label, tail);
      tail = take(idx + 1, label, tail);
      tail = take(idx + s - 1, label, tail);
      tail = take(idx + s, label, tail);
      tail = take(idx + s + 1, label, tail);
    }
    return labelUnowned(strokes.size());
  }

  private int seed(float px, float py, int label, int tail) {
    int x = (int) Math.floor(px / f);
    int y = (int) Math.floor(py / f);
    if (x < gx0 || y < gy0 || x > gx1 || y > gy1) {
      return tail;
    }
    return take((y + 1) * stride + x + 1, label, tail);
  }

  /** Gives cell {@code q} to part {@code label} and queues it at {@code tail} when it is ink no part owns; returns the new tail. */
  private int take(int q, int label, int tail) {
    if (owner[q] == UNOWNED) {
      owner[q] = label;
      queue[tail++] = q;
    }
    return tail;
  }

  private void flood(int start, int label) {
    int[] nb = neighbours();
    int top = 0;
    queue[top++] = start;
    while (top > 0) {
      int idx = queue[--top];
      for (int d : nb) {
        int q = idx + d;
        if (owner[q] == UNOWNED) {
          owner[q] = label;
          queue[top++] = q;
        }
      }
    }
  }

  /** Index offsets of the eight neighbours of a cell. */
  private int[] neighbours() {
    return new int[] {-stride - 1, -stride, -stride + 1, -1, 1, stride - 1, stride, stride + 1};
  }

  /** Index of cell (x, y) in the cell arrays. */
  int index(int x, int y) {
    return (y + 1) * stride + x + 1;
  }

  /**
   * Fills in each part's ink cells, box and edge count; with {@code
   * touches}, also how many neighbouring cell pairs each two parts share.
   */
  void stats(Parts parts, boolean touches) {
    int sp = parts.strokeParts;
    for (int i = 0; i < inkCells; i++) {
      int c = cells[i];
      int x = c & 0xffff;
      int y = c >>> 16;
      int idx = (y + 1) * stride + x + 1;
      int p = owner[idx] - 1;
      parts.mass[p]++;
      if (x < parts.x0[p]) {
        parts.x0[p] = x;
      }
      if (x > parts.x1[p]) {
        parts.x1[p] = x;
      }
      if (y < parts.y0[p]) {
        parts.y0[p] = y;
      }
      if (y > parts.y1[p]) {
        parts.y1[p] = y;
      }
      parts.edges[p] += (1 - ink[idx - 1]) + (1 - ink[idx + 1]) + (1 - ink[idx - stride]) + (1 - ink[idx + stride]);
      if (touches && p < sp) {
        touch(parts, sp, p, idx + 1);
        touch(parts, sp, p, idx + stride - 1);
        touch(parts, sp, p, idx + stride);
        touch(parts, sp, p, idx + stride + 1);
      }
    }
  }

  private void touch(Parts parts, int sp, int p, int q) {
    int o = owner[q] - 1;
    if (o >= 0 && o != p && o < sp && p < sp) {
      parts.touch[p * sp + o]++;
      parts.touch[o * sp + p]++;
    }
  }
}
