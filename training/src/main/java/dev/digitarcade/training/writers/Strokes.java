package dev.digitarcade.training.writers;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/** Building blocks of the writers' digit shapes: centre lines in units of the digit's height (y down). */
final class Strokes {
  private Strokes() {}

  /** A polyline through {@code xy} pairs. */
  static List<Point2D.Float> line(float... xy) {
    List<Point2D.Float> out = new ArrayList<>(xy.length / 2);
    for (int i = 0; i + 1 < xy.length; i += 2) {
      out.add(new Point2D.Float(xy[i], xy[i + 1]));
    }
    return out;
  }

  /**
   * An elliptic arc around ({@code cx}, {@code cy}) from angle {@code from} to {@code to} in degrees
   * (0 = right, 90 = down: increasing angles turn clockwise on the screen).
   */
  static List<Point2D.Float> arc(float cx, float cy, float rx, float ry, float from, float to) {
    int n = Math.max(4, (int) Math.ceil(Math.abs(to - from) / 10f));
    List<Point2D.Float> out = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      double a = Math.toRadians(from + (to - from) * i / (double) n);
      out.add(new Point2D.Float((float) (cx + rx * Math.cos(a)), (float) (cy + ry * Math.sin(a))));
    }
    return out;
  }

  /** The pieces joined into one polyline (the pen kept down). */
  @SafeVarargs
  static List<Point2D.Float> join(List<Point2D.Float>... parts) {
    List<Point2D.Float> out = new ArrayList<>();
    for (List<Point2D.Float> p : parts) {
      out.addAll(p);
    }
    return out;
  }

  /** The strokes of one digit. */
  @SafeVarargs
  static List<List<Point2D.Float>> digit(List<Point2D.Float>... strokes) {
    return List.of(strokes);
  }
}
