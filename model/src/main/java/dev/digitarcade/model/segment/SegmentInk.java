package dev.digitarcade.model.segment;

import dev.digitarcade.model.recipe.InkBox;
import java.util.Arrays;

/**
 * Takes one segment's ink off the canvas: every canvas pixel whose cell belongs to it, and the
 * faint anti-aliased edge around its ink (pixels at or below the threshold, in cells next to its
 * own), so that its ink is exactly what the canvas would hold had the digit been drawn alone.
 *
 * <p>Whether a pixel is the segment's depends on its cell alone, so each cell is judged once; the
 * canvas is read eight pixels at a time, and eight pixels go over at once under a mask of the
 * segment's cells. Scratch is reused between calls; not thread-safe.
 */
final class SegmentInk {

  private static final long BYTE = 0xffL;
  /** The two bytes of a cell of 2 x 2 pixels, in a long of eight pixels. */
  private static final long PAIR = 0xffffL;

  private byte[] region = new byte[0];
  /** Per cell of the region: 0 not yet judged, 1 the segment's, 2 not. */
  private byte[] judged = new byte[0];
  private int[] owner;
  private int[] index;
  private int segment;
  private int stride;

  /** The last segment's ink box in canvas pixels, and its ink ({@code box.width() x box.height()}). */
  InkBox box;
  byte[] ink;

  /**
   * Takes segment {@code k}'s ink ({@link #box}, {@link #ink}); false when no ink is its.
   *
   * @param index the segment of each part (-1: none)
   * @param cellBox the segment's box in grid cells: x0, y0, x1, y1
   */
  boolean take(byte[] canvas, int width, int height, InkGrid grid, int[] index, int k, int[] cellBox) {
    int f = grid.f;
    this.owner = grid.owner;
    this.index = index;
    this.segment = k;
    this.stride = grid.stride;
    int px0 = Math.max(0, (cellBox[0] - 1) * f);
    int py0 = Math.max(0, (cellBox[1] - 1) * f);
    int px1 = Math.min(width - 1, (cellBox[2] + 2) * f - 1);
    int py1 = Math.min(height - 1, (cellBox[3] + 2) * f - 1);
    int rw = px1 - px0 + 1;
    int rh = py1 - py0 + 1;
    if (region.length < rw * rh) {
      region = new byte[rw * rh];
    }
    int shift = Integer.bitCount(f) == 1 ? Integer.numberOfTrailingZeros(f) : -1;
    int cx0 = px0 / f;
    int cy0 = py0 / f;
    int cw = px1 / f - cx0 + 1;
    int cells = cw * (py1 / f - cy0 + 1);
    if (judged.length < cells) {
      judged = new byte[cells];
    }
    Arrays.fill(judged, 0, cells, (byte) 0);
    int tx0 = Integer.MAX_VALUE;
    int ty0 = Integer.MAX_VALUE;
    int tx1 = -1;
    int ty1 = -1;
    for (int y = py0; y <= py1; y++) {
      int row = y * width;
      int crow = (y / f + 1) * stride + 1;
      int jrow = (y / f - cy0) * cw - cx0;
      int rrow = (y - py0) * rw - px0;
      Arrays.fill(region, rrow + px0, rrow + px1 + 1, (byte) 0);
      int first = -1;
      int last = -1;
      int x = px0;
      for (; x + 8 <= px1 + 1; x += 8) {
        long v = (long) InkGrid.LONGS.get(canvas, row + x);
        if (v == 0L) {
          continue; // most of a digit's box is background
        }
        long mask = 0L;
        if (f == 2) {
          // x is even (the region starts on a cell): four whole cells.
          int c = jrow + (x >> 1);
          for (int i = 0; i < 4; i++) {
            if (judge(c + i, crow + (x >> 1) + i) == 1) {
              mask |= PAIR << (16 * i);
            }
          }
        } else {
          for (int b = 0; b < 8; b++) {
            int cx = shift >= 0 ? (x + b) >> shift : (x + b) / f;
            if (judge(jrow + cx, crow + cx) == 1) {
              mask |= BYTE << (8 * b);
            }
          }
        }
        long mine = v & mask;
        if (mine != 0L) {
          InkGrid.LONGS.set(region, rrow + x, mine);
          if (first < 0) {
            first = x + (Long.numberOfTrailingZeros(mine) >>> 3);
          }
          last = x + ((63 - Long.numberOfLeadingZeros(mine)) >>> 3);
        }
      }
      for (; x <= px1; x++) {
        byte v = canvas[row + x];
        if (v == 0) {
          continue;
        }
        int cx = shift >= 0 ? x >> shift : x / f;
        if (judge(jrow + cx, crow + cx) == 1) {
          region[rrow + x] = v;
          if (first < 0) {
            first = x;
          }
          last = x;
        }
      }
      if (first >= 0) {
        tx0 = Math.min(tx0, first);
        tx1 = Math.max(tx1, last);
        ty0 = Math.min(ty0, y);
        ty1 = y;
      }
    }
    if (tx1 < 0) {
      return false;
    }
    box = new InkBox(tx0, ty0, tx1 - tx0 + 1, ty1 - ty0 + 1);
    ink = new byte[box.width() * box.height()];
    for (int y = ty0; y <= ty1; y++) {
      System.arraycopy(region, (y - py0) * rw + tx0 - px0, ink, (y - ty0) * box.width(), box.width());
    }
    return true;
  }

  /**
   * Whether cell {@code cell} (index into the grid's arrays; {@code j} into {@link #judged}) is
   * the segment's: its own part's, or, for a cell of no part, next to one of the segment's.
   */
  private byte judge(int j, int cell) {
    byte known = judged[j];
    if (known != 0) {
      return known;
    }
    int o = owner[cell] - 1;
    boolean mine = false;
    if (o >= 0) {
      mine = index[o] == segment;
    } else {
      for (int d = 0; d < 9 && !mine; d++) {
        int q = owner[cell + (d / 3 - 1) * stride + d % 3 - 1] - 1;
        mine = q >= 0 && index[q] == segment;
      }
    }
    known = mine ? (byte) 1 : (byte) 2;
    judged[j] = known;
    return known;
  }
}
