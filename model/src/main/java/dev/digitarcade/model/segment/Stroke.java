package dev.digitarcade.model.segment;

import java.util.List;

/**
 * One stroke as the player drew it: the pointer's samples from press to release, in canvas pixels
 * (origin top-left, y down; the same coordinates the brush painted with), each with the time it was
 * taken, and the brush radius. Eraser strokes are not strokes in this sense: leave them out (what
 * they removed is already missing from the canvas, which the {@link Segmenter} always reads).
 *
 * @param points the samples in drawing order, at least one (a click is a single point)
 * @param radius the brush radius in canvas pixels, greater than 0
 */
public record Stroke(List<Point> points, float radius) {

  /**
   * A pointer sample.
   *
   * @param x canvas column, in pixels
   * @param y canvas row, in pixels
   * @param t when it was taken, in seconds on any clock that does not go backwards (only
   *     differences are used)
   */
  public record Point(float x, float y, double t) {
    public Point {
      if (!Float.isFinite(x) || !Float.isFinite(y) || !Double.isFinite(t)) {
        throw new IllegalArgumentException("stroke point must be finite, got (" + x + ", " + y + ", " + t + ")");
      }
    }
  }

  public Stroke {
    points = List.copyOf(points);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a stroke needs at least one point");
    }
    if (!(radius > 0f) || !Float.isFinite(radius)) {
      throw new IllegalArgumentException("brush radius must be a positive number, got " + radius);
    }
  }

  /** When the stroke began (its first sample), in seconds. */
  public double startTime() {
    return points.get(0).t();
  }

  /** When the stroke ended (its last sample), in seconds. */
  public double endTime() {
    return points.get(points.size() - 1).t();
  }

  /** The stroke with every point moved by {@code (dx, dy)} and its times by {@code dt}. */
  public Stroke shifted(float dx, float dy, double dt) {
    Point[] moved = new Point[points.size()];
    for (int i = 0; i < moved.length; i++) {
      Point p = points.get(i);
      moved[i] = new Point(p.x() + dx, p.y() + dy, p.t() + dt);
    }
    return new Stroke(List.of(moved), radius);
  }
}
