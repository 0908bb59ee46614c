package dev.digitarcade.engine.canvas;

import java.util.Arrays;

/**
 * One step of a canvas's history: a stroke as drawn (its brush, its samples x0, y0, x1, y1, ...
 * and when each was taken), or a wipe of everything before it. Kept for undo's redraw and for
 * {@link BrushCanvas#inkStrokes()}.
 */
final class Stroke {
  final float radius;
  final boolean eraser;
  /** A wipe: nothing before it shows. */
  final boolean wipe;
  private float[] points = new float[32];
  private double[] times = new double[16];
  private int size;

  Stroke(float radius, boolean eraser) {
    this(radius, eraser, false);
  }

  private Stroke(float radius, boolean eraser, boolean wipe) {
    this.radius = radius;
    this.eraser = eraser;
    this.wipe = wipe;
  }

  static Stroke wipe() {
    return new Stroke(1f, true, true);
  }

  void add(float x, float y, double t) {
    if (size + 2 > points.length) {
      points = Arrays.copyOf(points, points.length * 2);
      times = Arrays.copyOf(times, times.length * 2);
    }
    times[size / 2] = t;
    points[size++] = x;
    points[size++] = y;
  }

  int samples() {
    return size / 2;
  }

  float x(int sample) {
    return points[2 * sample];
  }

  float y(int sample) {
    return points[2 * sample + 1];
  }

  double t(int sample) {
    return times[sample];
  }

  DrawnStroke view() {
    int n = samples();
    float[] xs = new float[n];
    float[] ys = new float[n];
    for (int i = 0; i < n; i++) {
      xs[i] = points[2 * i];
      ys[i] = points[2 * i + 1];
    }
    return new DrawnStroke(radius, xs, ys, Arrays.copyOf(times, n));
  }
}
