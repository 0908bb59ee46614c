package dev.digitarcade.engine.canvas;

import java.util.Arrays;

/** One stroke as drawn: its brush and its samples (x0, y0, x1, y1, ...), for undo's redraw. */
final class Stroke {
  final float radius;
  final boolean eraser;
  private float[] points = new float[32];
  private int size;

  Stroke(float radius, boolean eraser) {
    this.radius = radius;
    this.eraser = eraser;
  }

  void add(float x, float y) {
    if (size + 2 > points.length) {
      points = Arrays.copyOf(points, points.length * 2);
    }
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
}
