package dev.digitarcade.training.negatives;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hand-made centre lines of things that are not digits, in a unit box (y down), each from a seeded
 * random variant: two shape generators (A trains, B is held out), two scribble generators and two
 * kinds of marks. A circle or a lone vertical line is never made: those are a 0 and a 1.
 */
final class Sketches {

  private Sketches() {}

  /** One stroke. */
  private static List<Point2D.Float> line(double... xy) {
    List<Point2D.Float> out = new ArrayList<>();
    for (int i = 0; i + 1 < xy.length; i += 2) {
      out.add(new Point2D.Float((float) xy[i], (float) xy[i + 1]));
    }
    return out;
  }

  private static List<Point2D.Float> arc(double cx, double cy, double rx, double ry, double from, double to, int n) {
    List<Point2D.Float> out = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      double a = from + (to - from) * i / n;
      out.add(new Point2D.Float((float) (cx + rx * Math.cos(a)), (float) (cy + ry * Math.sin(a))));
    }
    return out;
  }

  /** Moves each point by up to {@code amount} (a hand's imprecision at the corners). */
  private static List<List<Point2D.Float>> jitter(List<List<Point2D.Float>> strokes, double amount, SplittableRandom r) {
    List<List<Point2D.Float>> out = new ArrayList<>();
    for (List<Point2D.Float> s : strokes) {
      List<Point2D.Float> c = new ArrayList<>();
      for (Point2D.Float p : s) {
        c.add(new Point2D.Float((float) (p.x + amount * (2 * r.nextDouble() - 1)),
            (float) (p.y + amount * (2 * r.nextDouble() - 1))));
      }
      out.add(c);
    }
    return out;
  }

  /**
   * Shapes A: triangle, square, rectangle, star, hash, X, plus, arrow, heart, diamond, trapezoid,
   * bow tie, cloud, crescent.
   */
  static List<List<Point2D.Float>> shapeA(SplittableRandom r) {
    double j = 0.04;
    List<List<Point2D.Float>> s = switch (r.nextInt(14)) {
      case 0 -> List.of(line(0.5, 0, 1, 1, 0, 1, 0.5, 0));
      case 1 -> List.of(line(0, 0, 1, 0, 1, 1, 0, 1, 0, 0));
      case 2 -> List.of(line(0, 0.2, 1, 0.2, 1, 0.75, 0, 0.75, 0, 0.2));
      case 3 -> {
        List<Point2D.Float> star = new ArrayList<>();
        for (int k = 0; k <= 5; k++) {
          double a = -Math.PI / 2 + k * 4 * Math.PI / 5;
          star.add(new Point2D.Float((float) (0.5 + 0.5 * Math.cos(a)), (float) (0.5 + 0.5 * Math.sin(a))));
        }
        yield List.of(star);
      }
      case 4 -> List.of(line(0.35, 0, 0.3, 1), line(0.7, 0, 0.65, 1), line(0, 0.33, 1, 0.33), line(0, 0.67, 1, 0.67));
      case 5 -> List.of(line(0, 0, 1, 1), line(1, 0, 0, 1));
      case 6 -> List.of(line(0.5, 0, 0.5, 1), line(0, 0.5, 1, 0.5));
      case 7 -> {
        double dir = r.nextBoolean() ? 1 : -1;
        double tip = dir > 0 ? 1 : 0;
        yield List.of(line(1 - tip, 0.5, tip, 0.5), line(tip - dir * 0.35, 0.2, tip, 0.5, tip - dir * 0.35, 0.8));
      }
      case 9 -> List.of(line(0.5, 0, 1, 0.5, 0.5, 1, 0, 0.5, 0.5, 0));
      case 10 -> List.of(line(0.25, 0.15, 0.75, 0.15, 1, 0.85, 0, 0.85, 0.25, 0.15));
      case 11 -> List.of(line(0, 0.1, 1, 0.9, 1, 0.1, 0, 0.9, 0, 0.1));
      case 12 -> {
        // A cloud: four bumps on top of a flat base.
        List<Point2D.Float> c = new ArrayList<>(line(0, 0.8, 1, 0.8));
        for (int k = 0; k < 4; k++) {
          double cx = 0.875 - 0.25 * k;
          List<Point2D.Float> bump = arc(cx, 0.6 - 0.15 * Math.sin(Math.PI * k / 3), 0.13, 0.2, 0, -Math.PI, 10);
          c.addAll(bump.subList(1, bump.size()));
        }
        c.add(c.get(0));
        yield List.of(c);
      }
      case 13 -> {
        // A crescent: an outer arc and a shallower inner one between the same tips.
        List<Point2D.Float> c = new ArrayList<>(arc(0.5, 0.5, 0.5, 0.5, -0.35 * Math.PI, -1.65 * Math.PI, 24));
        List<Point2D.Float> inner = arc(0.72, 0.5, 0.42, 0.46, -1.25 * Math.PI, -0.75 * Math.PI, 12);
        c.addAll(inner);
        c.add(c.get(0));
        yield List.of(c);
      }
      default -> {
        List<Point2D.Float> heart = new ArrayList<>();
        for (int k = 0; k <= 40; k++) {
          double t = 2 * Math.PI * k / 40;
          double x = 16 * Math.pow(Math.sin(t), 3);
          double y = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
          heart.add(new Point2D.Float((float) (0.5 + x / 34), (float) (0.5 - y / 34)));
        }
        yield List.of(heart);
      }
    };
    return jitter(s, j, r);
  }

  /** Shapes B (held out): smiley, house, asterisk, check, lightning, envelope, spiral, wave. */
  static List<List<Point2D.Float>> shapeB(SplittableRandom r) {
    List<List<Point2D.Float>> s = switch (r.nextInt(8)) {
      case 0 -> List.of(arc(0.5, 0.5, 0.5, 0.5, 0, 2 * Math.PI, 48), line(0.33, 0.35), line(0.67, 0.35),
          arc(0.5, 0.55, 0.25, 0.2, 0.15 * Math.PI, 0.85 * Math.PI, 16));
      case 1 -> List.of(line(0.1, 0.45, 0.1, 1, 0.9, 1, 0.9, 0.45), line(0, 0.5, 0.5, 0, 1, 0.5));
      case 2 -> List.of(line(0.5, 0, 0.5, 1), line(0.07, 0.25, 0.93, 0.75), line(0.93, 0.25, 0.07, 0.75));
      case 3 -> List.of(line(0, 0.55, 0.35, 1, 1, 0));
      case 4 -> List.of(line(0.65, 0, 0.2, 0.55, 0.75, 0.45, 0.3, 1));
      case 5 -> List.of(line(0, 0.15, 1, 0.15, 1, 0.85, 0, 0.85, 0, 0.15), line(0, 0.15, 0.5, 0.55, 1, 0.15));
      case 6 -> {
        List<Point2D.Float> sp = new ArrayList<>();
        double turns = 2 + r.nextDouble();
        for (int k = 0; k <= 80; k++) {
          double t = turns * 2 * Math.PI * k / 80;
          double rad = 0.5 * k / 80;
          sp.add(new Point2D.Float((float) (0.5 + rad * Math.cos(t)), (float) (0.5 + rad * Math.sin(t))));
        }
        yield List.of(sp);
      }
      default -> {
        List<Point2D.Float> w = new ArrayList<>();
        double periods = 2 + r.nextInt(2);
        for (int k = 0; k <= 60; k++) {
          double x = k / 60.0;
          w.add(new Point2D.Float((float) x, (float) (0.5 + 0.2 * Math.sin(2 * Math.PI * periods * x))));
        }
        yield List.of(w);
      }
    };
    return jitter(s, 0.03, r);
  }

  /** A smooth random walk of 6-20 control points (Catmull-Rom), one or two strokes. */
  static List<List<Point2D.Float>> scribbleWalk(SplittableRandom r) {
    List<List<Point2D.Float>> out = new ArrayList<>();
    int strokes = r.nextInt(3) == 0 ? 2 : 1;
    for (int s = 0; s < strokes; s++) {
      int n = 6 + r.nextInt(15);
      List<Point2D.Float> ctl = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        ctl.add(new Point2D.Float((float) r.nextDouble(), (float) r.nextDouble()));
      }
      out.add(catmullRom(ctl, 8));
    }
    return out;
  }

  /** Coils (a spring of 3-7 loops) or zigzag hatching (5-12 strokes back and forth). */
  static List<List<Point2D.Float>> scribbleCoils(SplittableRandom r) {
    List<Point2D.Float> c = new ArrayList<>();
    if (r.nextBoolean()) {
      int loops = 3 + r.nextInt(5);
      double rad = 0.08 + 0.1 * r.nextDouble();
      for (int k = 0; k <= loops * 24; k++) {
        double t = 2 * Math.PI * k / 24;
        double x = k / (loops * 24.0) + rad * Math.cos(t);
        c.add(new Point2D.Float((float) x, (float) (0.5 + 1.6 * rad * Math.sin(t))));
      }
    } else {
      int zig = 5 + r.nextInt(8);
      double slope = 0.3 * (2 * r.nextDouble() - 1);
      for (int k = 0; k <= zig; k++) {
        double y = k / (double) zig;
        c.add(new Point2D.Float((float) ((k % 2 == 0 ? 0 : 1) + slope * y), (float) y));
      }
    }
    return List.of(c);
  }

  /** Marks A: a dab (one dot), 2-4 dots close together, or a short dash at least 35 degrees off vertical. */
  static List<List<Point2D.Float>> marksA(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> List.of(line(0.5, 0.5));
      case 1 -> {
        List<List<Point2D.Float>> dots = new ArrayList<>();
        int n = 2 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
          dots.add(line(r.nextDouble(), r.nextDouble()));
        }
        yield dots;
      }
      default -> {
        double a = Math.toRadians(35 + r.nextDouble() * 110);
        yield List.of(line(0.5 - 0.5 * Math.sin(a), 0.5 - 0.5 * Math.cos(a), 0.5 + 0.5 * Math.sin(a),
            0.5 + 0.5 * Math.cos(a)));
      }
    };
  }

  /** Marks B (held out): a tick, a comma-like hook, or a dotted row. */
  static List<List<Point2D.Float>> marksB(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> List.of(line(0, 0.6, 0.3, 1, 1, 0.2));
      case 1 -> List.of(arc(0.3, 0.3, 0.3, 0.3, -0.5 * Math.PI, 0.8 * Math.PI, 12));
      default -> {
        List<List<Point2D.Float>> dots = new ArrayList<>();
        int n = 3 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
          dots.add(line(k / (double) (n - 1), 0.5 + 0.05 * r.nextDouble()));
        }
        yield dots;
      }
    };
  }

  static List<Point2D.Float> catmullRom(List<Point2D.Float> p, int per) {
    List<Point2D.Float> out = new ArrayList<>();
    for (int i = 0; i + 1 < p.size(); i++) {
      Point2D.Float p0 = p.get(Math.max(0, i - 1));
      Point2D.Float p1 = p.get(i);
      Point2D.Float p2 = p.get(i + 1);
      Point2D.Float p3 = p.get(Math.min(p.size() - 1, i + 2));
      for (int k = 0; k < per; k++) {
        float t = k / (float) per;
        float t2 = t * t;
        float t3 = t2 * t;
        out.add(new Point2D.Float(
            0.5f * (2 * p1.x + (-p0.x + p2.x) * t + (2 * p0.x - 5 * p1.x + 4 * p2.x - p3.x) * t2
                + (-p0.x + 3 * p1.x - 3 * p2.x + p3.x) * t3),
            0.5f * (2 * p1.y + (-p0.y + p2.y) * t + (2 * p0.y - 5 * p1.y + 4 * p2.y - p3.y) * t2
                + (-p0.y + 3 * p1.y - 3 * p2.y + p3.y) * t3)));
      }
    }
    out.add(p.get(p.size() - 1));
    return out;
  }

  /** The first {@code share} of the strokes' total length, strokes in order (a digit drawn part-way). */
  static List<List<Point2D.Float>> cut(List<List<Point2D.Float>> strokes, double share) {
    double total = 0;
    for (List<Point2D.Float> s : strokes) {
      total += length(s);
    }
    double left = share * total;
    List<List<Point2D.Float>> out = new ArrayList<>();
    for (List<Point2D.Float> s : strokes) {
      if (left <= 0) {
        break;
      }
      double len = length(s);
      if (len <= left) {
        out.add(s);
        left -= len;
        continue;
      }
      List<Point2D.Float> part = new ArrayList<>();
      part.add(s.get(0));
      for (int k = 1; k < s.size() && left > 0; k++) {
        double step = s.get(k).distance(s.get(k - 1));
        if (step <= left) {
          part.add(s.get(k));
          left -= step;
        } else {
          float t = (float) (left / step);
          Point2D.Float a = s.get(k - 1);
          Point2D.Float b = s.get(k);
          part.add(new Point2D.Float(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
          left = 0;
        }
      }
      out.add(part);
      left = 0;
    }
    return out;
  }

  static double length(List<Point2D.Float> s) {
    double len = 0;
    for (int k = 1; k < s.size(); k++) {
      len += s.get(k).distance(s.get(k - 1));
    }
    return len;
  }

  /** {@code b} moved right by {@code dx} (units of the strokes) and joined to {@code a}. */
  static List<List<Point2D.Float>> beside(List<List<Point2D.Float>> a, List<List<Point2D.Float>> b, float dx, float dy) {
    List<List<Point2D.Float>> out = new ArrayList<>(a);
    for (List<Point2D.Float> s : b) {
      out.add(s.stream().map(p -> new Point2D.Float(p.x + dx, p.y + dy)).toList());
    }
    return out;
  }

  /** Horizontal extent {min, max} of the strokes. */
  static float[] xRange(List<List<Point2D.Float>> strokes) {
    float lo = Float.MAX_VALUE;
    float hi = -Float.MAX_VALUE;
    for (List<Point2D.Float> s : strokes) {
      for (Point2D.Float p : s) {
        lo = Math.min(lo, p.x);
        hi = Math.max(hi, p.x);
      }
    }
    return new float[] {lo, hi};
  }
}
