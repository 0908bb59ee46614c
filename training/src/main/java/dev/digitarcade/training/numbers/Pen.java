package dev.digitarcade.training.numbers;

import dev.digitarcade.model.segment.Stroke;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** How the hand moves the mouse: which lines become one stroke, where it lifts, how it samples. */
final class Pen {

  /** Pointer samples per second, as the game receives them. */
  static final float SAMPLE_HZ = 120f;

  private Pen() {}

  /** Lines that meet end to start are drawn as one stroke (pen kept down) seven times in ten. */
  static List<List<Point2D.Float>> joinLines(List<List<Point2D.Float>> lines, boolean joinable, float tol,
      SplittableRandom rnd) {
    List<List<Point2D.Float>> out = new ArrayList<>();
    List<Point2D.Float> cur = null;
    for (List<Point2D.Float> l : lines) {
      if (cur != null && joinable && l.size() > 1 && rnd.nextDouble() < 0.7) {
        Point2D.Float end = cur.get(cur.size() - 1);
        if (end.distance(l.get(0)) <= tol) {
          cur.addAll(l.subList(1, l.size()));
          continue;
        }
        if (end.distance(l.get(l.size() - 1)) <= tol) {
          List<Point2D.Float> rev = new ArrayList<>(l);
          java.util.Collections.reverse(rev);
          cur.addAll(rev.subList(1, rev.size()));
          continue;
        }
      }
      cur = new ArrayList<>(l);
      out.add(cur);
    }
    return out;
  }

  /** Every stroke end that meets another stroke is pulled back so a gap of about 1-5 px shows. */
  static List<List<Point2D.Float>> liftAll(List<List<Point2D.Float>> strokes, float r, float tol,
      SplittableRandom rnd) {
    List<List<Point2D.Float>> out = new ArrayList<>();
    for (int i = 0; i < strokes.size(); i++) {
      List<Point2D.Float> s = strokes.get(i);
      if (s.size() < 2) {
        out.add(s);
        continue;
      }
      for (int end = 0; end < 2; end++) {
        Point2D.Float p = end == 0 ? s.get(0) : s.get(s.size() - 1);
        if (meets(strokes, i, p, tol)) {
          s = trim(s, end == 0, 2 * r + 2 + (float) rnd.nextDouble() * 4);
        }
      }
      out.add(s);
    }
    return out;
  }

  private static boolean meets(List<List<Point2D.Float>> strokes, int self, Point2D.Float p, float tol) {
    for (int j = 0; j < strokes.size(); j++) {
      if (j != self) {
        for (Point2D.Float q : strokes.get(j)) {
          if (q.distance(p) <= tol) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The polyline with {@code cut} pixels taken off one end (left alone when it is too short). */
  static List<Point2D.Float> trim(List<Point2D.Float> line, boolean atStart, float cut) {
    float length = 0;
    for (int i = 1; i < line.size(); i++) {
      length += (float) line.get(i).distance(line.get(i - 1));
    }
    if (line.size() < 2 || length < 1.5f * cut) {
      return line;
    }
    List<Point2D.Float> l = new ArrayList<>(line);
    if (!atStart) {
      java.util.Collections.reverse(l);
    }
    float walked = 0;
    List<Point2D.Float> out = new ArrayList<>();
    for (int i = 1; i < l.size(); i++) {
      float step = (float) l.get(i).distance(l.get(i - 1));
      if (walked + step >= cut) {
        float t = step == 0 ? 0 : (cut - walked) / step;
        Point2D.Float a = l.get(i - 1);
        Point2D.Float b = l.get(i);
        out.add(new Point2D.Float(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
        out.addAll(l.subList(i, l.size()));
        break;
      }
      walked += step;
    }
    if (!atStart) {
      java.util.Collections.reverse(out);
    }
    return out;
  }

  static Stroke untimed(List<Point2D.Float> pts, float r) {
    List<Stroke.Point> out = new ArrayList<>(pts.size());
    for (Point2D.Float p : pts) {
      out.add(new Stroke.Point(p.x, p.y, 0));
    }
    return new Stroke(out, r);
  }

  /** The polyline moved by (dx, dy), sampled at 120 Hz at {@code speed} px/s from time {@code t0}. */
  static Stroke timed(List<Point2D.Float> pts, float dx, float dy, float r, double t0, float speed) {
    List<Stroke.Point> out = new ArrayList<>();
    Point2D.Float first = pts.get(0);
    out.add(new Stroke.Point(first.x + dx, first.y + dy, t0));
    float spacing = speed / SAMPLE_HZ;
    float walked = 0;
    float next = spacing;
    for (int i = 1; i < pts.size(); i++) {
      Point2D.Float a = pts.get(i - 1);
      Point2D.Float b = pts.get(i);
      float step = (float) a.distance(b);
      while (step > 0 && next <= walked + step) {
        float t = (next - walked) / step;
        out.add(new Stroke.Point(a.x + t * (b.x - a.x) + dx, a.y + t * (b.y - a.y) + dy, t0 + next / speed));
        next += spacing;
      }
      walked += step;
    }
    Point2D.Float last = pts.get(pts.size() - 1);
    if (pts.size() > 1) {
      out.add(new Stroke.Point(last.x + dx, last.y + dy, t0 + walked / speed));
    }
    return new Stroke(out, r);
  }

}
