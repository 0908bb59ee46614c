package dev.digitarcade.model.segment;

import dev.digitarcade.model.recipe.InkBox;
import java.util.Arrays;

/**
 * One digit of a drawn number: where it is and its ink alone.
 *
 * @param box the bounding box of the digit's ink in canvas pixels, its faint anti-aliased edge
 *     included
 * @param ink {@code box.width() x box.height()} bytes, row-major, row 0 = the box's top: the
 *     canvas's values where this digit's ink is, 0 elsewhere (other digits' ink is not in it). The
 *     array is owned by this record; do not modify it
 * @param strokes indices (into the strokes passed to the segmenter, ascending) of the strokes
 *     that make this digit; empty when the canvas was segmented from its pixels alone
 */
public record Segment(InkBox box, byte[] ink, int[] strokes) {

  public Segment {
    if (ink.length != box.width() * box.height()) {
      throw new IllegalArgumentException("ink has " + ink.length + " bytes for a " + box.width() + "x" + box.height() + " box");
    }
  }

  /** Copies this digit's ink into {@code canvas} ({@code width} pixels wide) at its box, keeping the brighter value. */
  public void paintInto(byte[] canvas, int width) {
    int bw = box.width();
    for (int y = 0; y < box.height(); y++) {
      int row = (box.y() + y) * width + box.x();
      for (int x = 0; x < bw; x++) {
        byte v = ink[y * bw + x];
        if ((v & 0xff) > (canvas[row + x] & 0xff)) {
          canvas[row + x] = v;
        }
      }
    }
  }

  /** As {@link #paintInto} onto a canvas that is 0 throughout this digit's box: a copy, row by row. */
  void copyInto(byte[] canvas, int width) {
    int bw = box.width();
    for (int y = 0; y < box.height(); y++) {
      System.arraycopy(ink, y * bw, canvas, (box.y() + y) * width + box.x(), bw);
    }
  }

  /** Sets this digit's box in {@code canvas} ({@code width} pixels wide) back to 0. */
  public void clearFrom(byte[] canvas, int width) {
    for (int y = 0; y < box.height(); y++) {
      int row = (box.y() + y) * width + box.x();
      Arrays.fill(canvas, row, row + box.width(), (byte) 0);
    }
  }

  /** The two digits' ink as one (for when they turn out to be one digit). */
  public static Segment union(Segment a, Segment b) {
    InkBox box = unionBox(a, b);
    int x0 = box.x();
    int y0 = box.y();
    byte[] ink = new byte[box.width() * box.height()];
    for (Segment s : new Segment[] {a, b}) {
      int bw = s.box.width();
      for (int y = 0; y < s.box.height(); y++) {
        int row = (s.box.y() - y0 + y) * box.width() + s.box.x() - x0;
        for (int x = 0; x < bw; x++) {
          byte v = s.ink[y * bw + x];
          if ((v & 0xff) > (ink[row + x] & 0xff)) {
            ink[row + x] = v;
          }
        }
      }
    }
    return new Segment(box, ink, unionStrokes(a, b));
  }

  /** The box of {@link #union}'s ink, without making the ink. */
  static InkBox unionBox(Segment a, Segment b) {
    int x0 = Math.min(a.box.x(), b.box.x());
    int y0 = Math.min(a.box.y(), b.box.y());
    int x1 = Math.max(a.box.x() + a.box.width(), b.box.x() + b.box.width());
    int y1 = Math.max(a.box.y() + a.box.height(), b.box.y() + b.box.height());
    return new InkBox(x0, y0, x1 - x0, y1 - y0);
  }

  /** The strokes of {@link #union}, ascending. */
  static int[] unionStrokes(Segment a, Segment b) {
    int[] strokes = new int[a.strokes.length + b.strokes.length];
    System.arraycopy(a.strokes, 0, strokes, 0, a.strokes.length);
    System.arraycopy(b.strokes, 0, strokes, a.strokes.length, b.strokes.length);
    Arrays.sort(strokes);
    return strokes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Segment s && box.equals(s.box) && Arrays.equals(ink, s.ink) && Arrays.equals(strokes, s.strokes);
  }

  @Override
  public int hashCode() {
    return 31 * box.hashCode() + Arrays.hashCode(strokes);
  }

  @Override
  public String toString() {
    return "Segment[box=" + box + ", strokes=" + Arrays.toString(strokes) + "]";
  }
}
