package dev.digitarcade.training.numbers;

import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A digit's shape as the pen would draw it: centre lines in shape units (y down), in drawing
 * order, whether consecutive lines may be drawn without lifting the pen, and which line ends touch
 * another line (where a hand that lifts the pen leaves a gap).
 *
 * @param label the digit
 * @param origin where the shape came from, for reports
 * @param kind font, MNIST or a multi-stroke template
 * @param lines centre lines (at least one point each)
 * @param joinable whether lines may be joined into one stroke where they meet (pen kept down)
 * @param liftEnds {line, end} pairs (end 0 = first point, 1 = last) that touch another line
 */
record DigitShape(int label, String origin, Kind kind, List<List<Point2D.Float>> lines, boolean joinable,
    List<int[]> liftEnds) {

  /** Where a digit's shape came from. */
  enum Kind { FONT, MNIST, TEMPLATE }

  /** A font glyph's centre lines (from {@link DrawnDigitGenerator#glyph}). */
  static DigitShape font(DrawnDigitGenerator gen, int label, String family, boolean italic) {
    List<List<Point2D.Float>> lines = gen.glyph(Integer.toString(label), family, italic);
    return new DigitShape(label, family + (italic ? " italic" : ""), Kind.FONT, lines, true, List.of());
  }

  /**
   * An MNIST digit's centre lines (from {@link DrawnDigitGenerator#mnistOutline}); the deep, filled
   * parts of the writer's pen become back-and-forth filling strokes drawn last.
   */
  static DigitShape mnist(byte[] image, int label, String origin) {
    DrawnDigitGenerator.Outline o = DrawnDigitGenerator.mnistOutline(image);
    List<List<Point2D.Float>> lines = new ArrayList<>(o.strokes());
    lines.addAll(fillStrokes(o.fills()));
    return new DigitShape(label, origin, Kind.MNIST, lines, true, List.of());
  }

  /** Filled runs {x0, x1, y} (rows in order) as zigzag strokes, every third row, one per region. */
  private static List<List<Point2D.Float>> fillStrokes(List<float[]> runs) {
    List<List<Point2D.Float>> out = new ArrayList<>();
    List<float[]> used = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      if (runs.get(i)[2] % 3 == 0) {
        used.add(runs.get(i));
      }
    }
    boolean[] done = new boolean[used.size()];
    for (int i = 0; i < used.size(); i++) {
      if (done[i]) {
        continue;
      }
      List<Point2D.Float> zig = new ArrayList<>();
      float[] cur = used.get(i);
      done[i] = true;
      boolean forward = true;
      while (cur != null) {
        zig.add(new Point2D.Float(forward ? cur[0] : cur[1], cur[2]));
        zig.add(new Point2D.Float(forward ? cur[1] : cur[0], cur[2]));
        forward = !forward;
        float[] next = null;
        for (int j = i + 1; j < used.size() && next == null; j++) {
          float[] r = used.get(j);
          if (!done[j] && r[2] == cur[2] + 3 && r[0] <= cur[1] && r[1] >= cur[0]) {
            next = r;
            done[j] = true;
          }
        }
        cur = next;
      }
      out.add(zig);
    }
    return out;
  }

  /** The multi-stroke digits people draw, as templates (units: height 1). */
  enum Template {
    /** A 1 with a flag, then its foot. */
    ONE_FOOT(1, new float[][] {{0f, 0.22f, 0.28f, 0f, 0.28f, 1f}, {-0.06f, 1f, 0.62f, 1f}}, new int[][] {{0, 1}}),
    /** An open 4: the corner, then the upright crossing its bar. */
    FOUR_OPEN(4, new float[][] {{0.1f, 0f, 0f, 0.62f, 0.78f, 0.62f}, {0.56f, 0.18f, 0.56f, 1f}}, new int[][] {}),
    /** A closed 4: diagonal and bar, then the upright from the diagonal's top. */
    FOUR_CLOSED(4, new float[][] {{0.56f, 0f, 0f, 0.68f, 0.8f, 0.68f}, {0.58f, 0.02f, 0.58f, 1f}}, new int[][] {{1, 0}}),
    /** A 4 in three crossing strokes: diagonal, bar, upright. */
    FOUR_PLUS(4, new float[][] {{0.55f, 0f, 0.02f, 0.66f}, {0f, 0.66f, 0.82f, 0.66f}, {0.6f, 0.05f, 0.6f, 1f}},
        new int[][] {{0, 1}, {1, 0}}),
    /** A 5: stem and bowl, then the hat. */
    FIVE_HAT(5, new float[][] {{0.1f, 0f, 0.06f, 0.44f, 0.25f, 0.37f, 0.45f, 0.38f, 0.62f, 0.5f, 0.68f, 0.68f,
        0.62f, 0.86f, 0.45f, 0.97f, 0.22f, 0.98f, 0.03f, 0.88f}, {0.1f, 0f, 0.66f, 0f}}, new int[][] {{1, 0}}),
    /** A 7 with a bar across its stem. */
    SEVEN_BAR(7, new float[][] {{0f, 0f, 0.68f, 0f, 0.26f, 1f}, {0.18f, 0.52f, 0.64f, 0.5f}}, new int[][] {});

    final int label;
    final float[][] lines;
    final int[][] liftEnds;

    Template(int label, float[][] lines, int[][] liftEnds) {
      this.label = label;
      this.lines = lines;
      this.liftEnds = liftEnds;
    }

    /** The templates for {@code digit} (empty when people draw it in one stroke). */
    static List<Template> of(int digit) {
      List<Template> out = new ArrayList<>();
      for (Template t : values()) {
        if (t.label == digit) {
          out.add(t);
        }
      }
      return out;
    }

    DigitShape shape(boolean reversedOrder) {
      List<List<Point2D.Float>> ls = new ArrayList<>();
      for (float[] l : lines) {
        List<Point2D.Float> pts = new ArrayList<>();
        for (int i = 0; i < l.length; i += 2) {
          // Shape units of about 100 per height, like the other sources.
          pts.add(new Point2D.Float(100f * l[i], 100f * l[i + 1]));
        }
        ls.add(pts);
      }
      List<int[]> lifts = new ArrayList<>();
      for (int[] e : liftEnds) {
        lifts.add(new int[] {reversedOrder ? ls.size() - 1 - e[0] : e[0], e[1]});
      }
      if (reversedOrder) {
        java.util.Collections.reverse(ls);
      }
      return new DigitShape(label, name().toLowerCase(java.util.Locale.ROOT) + (reversedOrder ? " reversed" : ""),
          Kind.TEMPLATE, ls, false, lifts);
    }
  }
}
