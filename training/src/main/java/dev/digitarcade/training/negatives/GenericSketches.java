package dev.digitarcade.training.negatives;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generic non-digits for training, drawn from random parameters rather than from a list of named
 * shapes, so that what the model learns is "not a digit" in general and not a catalogue: random
 * polylines and polygons, random Bezier curves and arcs, random combinations of such primitives,
 * and tiny marks (short polylines, short arcs, dots and dashes along a random line) at many sizes.
 * Everything is in a unit box (y down). What would be a digit is never made: a lone straight line
 * within 30 degrees of vertical or any upright ink under a quarter as wide as tall (a 1), an arc
 * of more than 240 degrees or a closed curve with many corners (a 0), a bar followed by a long
 * down-left stroke (a 7).
 */
final class GenericSketches {

  private GenericSketches() {}

  private static Point2D.Float pt(double x, double y) {
    return new Point2D.Float((float) x, (float) y);
  }

  private static Point2D.Float randomPoint(SplittableRandom r) {
    return pt(r.nextDouble(), r.nextDouble());
  }

  /** A straight line within 30 degrees of vertical: a 1 as people draw it. */
  static boolean oneLike(Point2D.Float a, Point2D.Float b) {
    double dx = Math.abs(b.x - a.x);
    double dy = Math.abs(b.y - a.y);
    return dy > 0 && dx / dy < Math.tan(Math.toRadians(30));
  }

  /** Ink much taller than wide (under a quarter of its height): a 1 whatever its small wiggles. */
  static boolean upright(List<List<Point2D.Float>> strokes) {
    float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    for (List<Point2D.Float> s : strokes) {
      float[] c = box(s);
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[2]);
      b[3] = Math.max(b[3], c[3]);
    }
    return b[3] - b[1] > 0 && (b[2] - b[0]) < 0.25 * (b[3] - b[1]);
  }

  /** Three points making a near-horizontal bar then a longer stroke down and back left: a 7. */
  static boolean sevenLike(List<Point2D.Float> p) {
    if (p.size() != 3) {
      return false;
    }
    double bx = p.get(1).x - p.get(0).x;
    double by = p.get(1).y - p.get(0).y;
    double sx = p.get(2).x - p.get(1).x;
    double sy = p.get(2).y - p.get(1).y;
    boolean bar = Math.abs(bx) > 2.5 * Math.abs(by);
    boolean stem = sy > 0 && sy > Math.abs(sx) * 0.7 && Math.signum(sx) != Math.signum(bx);
    return bar && stem && Math.hypot(sx, sy) > 0.8 * Math.abs(bx);
  }

  /** An open polyline of 2-8 random vertices (consecutive ones at least 0.2 apart), never a 1 or a 7. */
  static List<Point2D.Float> polyline(SplittableRandom r, int minVertices, int maxVertices) {
    for (;;) {
      int n = minVertices + r.nextInt(maxVertices - minVertices + 1);
      List<Point2D.Float> p = new ArrayList<>();
      p.add(randomPoint(r));
      while (p.size() < n) {
        Point2D.Float q = randomPoint(r);
        if (q.distance(p.get(p.size() - 1)) >= 0.2) {
          p.add(q);
        }
      }
      if (!(n == 2 && oneLike(p.get(0), p.get(1))) && !sevenLike(p) && !upright(List.of(p))) {
        return p;
      }
    }
  }

  /** A closed polygon of 3-5 corners at random angles and radii (few corners: never a round 0). */
  static List<Point2D.Float> polygon(SplittableRandom r) {
    int n = 3 + r.nextInt(3);
    double[] angles = new double[n];
    for (int k = 0; k < n; k++) {
      angles[k] = 2 * Math.PI * r.nextDouble();
    }
    java.util.Arrays.sort(angles);
    double aspect = 0.5 + r.nextDouble();
    List<Point2D.Float> p = new ArrayList<>();
    for (int k = 0; k <= n; k++) {
      double a = angles[k % n];
      double rad = 0.25 + 0.25 * r.nextDouble();
      p.add(pt(0.5 + rad * Math.cos(a) * aspect, 0.5 + rad * Math.sin(a)));
    }
    p.set(n, p.get(0));
    return p;
  }

  /** A cubic Bezier through four random control points, unless its ends make a near-vertical line. */
  static List<Point2D.Float> bezier(SplittableRandom r) {
    for (;;) {
      Point2D.Float a = randomPoint(r);
      Point2D.Float b = randomPoint(r);
      Point2D.Float c = randomPoint(r);
      Point2D.Float d = randomPoint(r);
      List<Point2D.Float> out = new ArrayList<>();
      for (int k = 0; k <= 24; k++) {
        double t = k / 24.0;
        double u = 1 - t;
        double w0 = u * u * u;
        double w1 = 3 * u * u * t;
        double w2 = 3 * u * t * t;
        double w3 = t * t * t;
        out.add(pt(w0 * a.x + w1 * b.x + w2 * c.x + w3 * d.x, w0 * a.y + w1 * b.y + w2 * c.y + w3 * d.y));
      }
      float[] box = box(out);
      boolean thin = (box[2] - box[0]) < 0.25 * (box[3] - box[1]);
      if (!thin && Sketches.length(out) > 0.3) {
        return out;
      }
    }
  }

  /** An arc of 40-240 degrees of a random ellipse. */
  static List<Point2D.Float> arc(SplittableRandom r) {
    double sweep = Math.toRadians(40 + 200 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
    double from = 2 * Math.PI * r.nextDouble();
    double rx = 0.25 + 0.25 * r.nextDouble();
    double ry = 0.25 + 0.25 * r.nextDouble();
    List<Point2D.Float> out = new ArrayList<>();
    for (int k = 0; k <= 24; k++) {
      double a = from + sweep * k / 24;
      out.add(pt(0.5 + rx * Math.cos(a), 0.5 + ry * Math.sin(a)));
    }
    return out;
  }

  /** Generic strokes: a polyline (3-5 or 4-8 vertices), a polygon, a Bezier curve or an arc, sometimes two of them. */
  static List<List<Point2D.Float>> strokes(SplittableRandom r) {
    List<List<Point2D.Float>> out = new ArrayList<>();
    out.add(primitive(r));
    if (r.nextInt(4) == 0) {
      out.add(primitive(r));
    }
    return out;
  }

  private static List<Point2D.Float> primitive(SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0 -> polyline(r, 3, 5);
      case 1 -> polyline(r, 4, 8);
      case 2 -> polygon(r);
      case 3 -> bezier(r);
      default -> arc(r);
    };
  }

  /**
   * Combinations of 2-4 primitives (straight lines, short polylines, polygons, arcs, curves, dots),
   * each scaled to 30-100 % of the box and placed at random: pseudo-glyphs and pictograms.
   */
  static List<List<Point2D.Float>> combination(SplittableRandom r) {
    int n = 2 + r.nextInt(3);
    List<List<Point2D.Float>> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      List<Point2D.Float> p = switch (r.nextInt(6)) {
        case 0 -> polyline(r, 2, 2);
        case 1 -> polyline(r, 3, 4);
        case 2 -> polygon(r);
        case 3 -> arc(r);
        case 4 -> bezier(r);
        default -> List.of(pt(0.5, 0.5));
      };
      double s = 0.3 + 0.7 * r.nextDouble();
      double ox = (1 - s) * r.nextDouble();
      double oy = (1 - s) * r.nextDouble();
      out.add(p.stream().map(q -> pt(ox + s * q.x, oy + s * q.y)).toList());
    }
    return out;
  }

  /**
   * Tiny marks, drawn small by the caller: a short polyline of 2-4 vertices, a short arc, 2-7 dots
   * or 2-5 dashes along a random straight line or arc (any direction, any spacing), or a few dots
   * scattered.
   */
  static List<List<Point2D.Float>> marks(SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0 -> List.of(polyline(r, 2, 4));
      case 1 -> List.of(arc(r));
      case 2, 3 -> along(r, r.nextBoolean());
      default -> {
        List<List<Point2D.Float>> dots = new ArrayList<>();
        int n = 2 + r.nextInt(5);
        for (int k = 0; k < n; k++) {
          dots.add(List.of(randomPoint(r)));
        }
        yield dots;
      }
    };
  }

  /** Dots (or short dashes) spaced along a random line or arc. */
  private static List<List<Point2D.Float>> along(SplittableRandom r, boolean dashes) {
    List<Point2D.Float> path = r.nextBoolean() ? List.of(randomPoint(r), randomPoint(r)) : arc(r);
    if (Sketches.length(path) < 0.3) {
      path = List.of(pt(0, r.nextDouble()), pt(1, r.nextDouble()));
    }
    int n = dashes ? 2 + r.nextInt(4) : 2 + r.nextInt(6);
    double dashShare = dashes ? 0.3 + 0.4 * r.nextDouble() : 0;
    List<List<Point2D.Float>> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double t0 = k / (double) n;
      double t1 = t0 + dashShare / n;
      Point2D.Float a = at(path, t0);
      out.add(dashes ? List.of(a, at(path, t1)) : List.of(a));
    }
    return out;
  }

  /** The point at share {@code t} of a path's length. */
  static Point2D.Float at(List<Point2D.Float> path, double t) {
    double left = t * Sketches.length(path);
    for (int k = 1; k < path.size(); k++) {
      double step = path.get(k).distance(path.get(k - 1));
      if (step >= left && step > 0) {
        double f = left / step;
        Point2D.Float a = path.get(k - 1);
        Point2D.Float b = path.get(k);
        return pt(a.x + f * (b.x - a.x), a.y + f * (b.y - a.y));
      }
      left -= step;
    }
    return path.get(path.size() - 1);
  }

  /** {minX, minY, maxX, maxY} of a path. */
  static float[] box(List<Point2D.Float> p) {
    float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    for (Point2D.Float q : p) {
      b[0] = Math.min(b[0], q.x);
      b[1] = Math.min(b[1], q.y);
      b[2] = Math.max(b[2], q.x);
      b[3] = Math.max(b[3], q.y);
    }
    return b;
  }
}
