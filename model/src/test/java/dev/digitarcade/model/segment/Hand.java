package dev.digitarcade.model.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A test hand: draws digit shapes as timed strokes on a 560 px canvas, as the game would record
 * them (samples every few pixels, 120 per second), and paints the canvas with {@link StrokeRaster}.
 */
final class Hand {

  static final int SIZE = 560;

  /** Shapes as polylines in a box of height 1 (x to the right, y down), one array per stroke. */
  static final float[][] ONE = {{0.3f, 0f, 0.3f, 1f}};
  static final float[][] SEVEN = {{0f, 0f, 0.6f, 0f, 0.2f, 1f}};
  static final float[][] TWO = {{0.05f, 0.25f, 0.3f, 0f, 0.55f, 0.2f, 0.5f, 0.45f, 0f, 1f, 0.6f, 1f}};
  static final float[][] ZERO = ellipse();
  /** A 4 in two strokes: diagonal and bar, then the upright crossing the bar. */
  static final float[][] FOUR = {{0.45f, 0f, 0f, 0.65f, 0.62f, 0.65f}, {0.45f, 0.1f, 0.45f, 1f}};
  /** A 4 in three strokes crossing like a plus: diagonal, bar, upright. */
  static final float[][] FOUR_PLUS = {{0.5f, 0f, 0.02f, 0.62f}, {0f, 0.64f, 0.7f, 0.64f}, {0.5f, 0.05f, 0.5f, 1f}};
  /** A 5: stem and bowl, then the hat from the stem's top. */
  static final float[][] FIVE = {{0.05f, 0f, 0.03f, 0.45f, 0.25f, 0.38f, 0.5f, 0.45f, 0.6f, 0.68f, 0.5f, 0.92f, 0.25f,
      0.98f, 0f, 0.88f}, {0.05f, 0f, 0.6f, 0f}};
  /** The same 5 with its hat lifted off the stem (a gap between them). */
  static final float[][] FIVE_LIFTED = {FIVE[0], {0.16f, -0.02f, 0.62f, -0.03f}};
  static final float[][] SEVEN_BAR = {SEVEN[0], {0.12f, 0.52f, 0.55f, 0.5f}};
  static final float[][] ONE_FOOT = {{0.05f, 0.2f, 0.3f, 0f, 0.3f, 1f}, {0f, 1f, 0.6f, 1f}};

  private static float[][] ellipse() {
    float[] p = new float[2 * 33];
    for (int i = 0; i <= 32; i++) {
      double a = 2 * Math.PI * i / 32 - Math.PI / 2;
      p[2 * i] = (float) (0.3 + 0.3 * Math.cos(a));
      p[2 * i + 1] = (float) (0.5 + 0.5 * Math.sin(a));
    }
    return new float[][] {p};
  }

  private final List<Stroke> strokes = new ArrayList<>();
  private final float radius;
  private double time;

  Hand(float radius) {
    this.radius = radius;
  }

  /** Draws {@code shape} with its top-left at (x, y), {@code height} px tall; returns its stroke indices. */
  List<Integer> draw(float[][] shape, float x, float y, float height) {
    List<Integer> mine = new ArrayList<>();
    for (float[] line : shape) {
      mine.add(strokes.size());
      strokes.add(stroke(line, x, y, height));
      time += 0.2;
    }
    time += 0.3;
    return mine;
  }

  /** Waits before the next stroke. */
  Hand pause(double seconds) {
    time += seconds;
    return this;
  }

  /** A single click at (x, y). */
  int click(float x, float y) {
    strokes.add(new Stroke(List.of(new Stroke.Point(x, y, time)), radius));
    time += 0.3;
    return strokes.size() - 1;
  }

  private Stroke stroke(float[] line, float x, float y, float height) {
    List<Stroke.Point> pts = new ArrayList<>();
    float speed = 900f;
    float spacing = speed / 120f;
    float px = x + line[0] * height;
    float py = y + line[1] * height;
    pts.add(new Stroke.Point(px, py, time));
    for (int i = 2; i < line.length; i += 2) {
      float qx = x + line[i] * height;
      float qy = y + line[i + 1] * height;
      float len = (float) Math.hypot(qx - px, qy - py);
      int steps = Math.max(1, (int) Math.ceil(len / spacing));
      for (int k = 1; k <= steps; k++) {
        time += len / steps / speed;
        pts.add(new Stroke.Point(px + (qx - px) * k / steps, py + (qy - py) * k / steps, time));
      }
      px = qx;
      py = qy;
    }
    return new Stroke(pts, radius);
  }

  List<Stroke> strokes() {
    return List.copyOf(strokes);
  }

  byte[] canvas() {
    byte[] c = new byte[SIZE * SIZE];
    StrokeRaster.paint(c, SIZE, SIZE, strokes);
    return c;
  }

  /** The canvas with only the given strokes painted. */
  byte[] canvasOf(List<Integer> which) {
    byte[] c = new byte[SIZE * SIZE];
    for (int i : which) {
      StrokeRaster.paint(c, SIZE, SIZE, strokes.get(i));
    }
    return c;
  }
}
