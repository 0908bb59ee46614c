package dev.digitarcade.game.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pen paths of things that are not digits, as a person might draw them with a mouse, in a unit
 * square (x right, y down): a dab, a letter, a scribble, a star.
 */
final class NonDigitStrokes {
  private NonDigitStrokes() {}

  /** A single click of the brush. */
  static List<List<double[]>> dab() {
    return List.of(List.of(new double[] {0.5, 0.5}, new double[] {0.502, 0.501}));
  }

  /** The letter A: two slanted strokes and a bar. */
  static List<List<double[]>> letterA() {
    return List.of(line(0.2, 0.9, 0.5, 0.1, 16), line(0.5, 0.1, 0.8, 0.9, 16), line(0.32, 0.6, 0.68, 0.6, 10));
  }

  /** A scribble: a random walk that turns a lot, all over the square. */
  static List<List<double[]>> scribble(long seed) {
    Random r = new Random(seed);
    List<double[]> pts = new ArrayList<>();
    double x = 0.5;
    double y = 0.5;
    double a = 0;
    for (int i = 0; i < 90; i++) {
      a += (r.nextDouble() - 0.5) * 2.2;
      x = Math.min(0.9, Math.max(0.1, x + Math.cos(a) * 0.05));
      y = Math.min(0.9, Math.max(0.1, y + Math.sin(a) * 0.05));
      pts.add(new double[] {x, y});
    }
    return List.of(pts);
  }

  /** A five-pointed star in one stroke. */
  static List<List<double[]>> star() {
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i <= 5; i++) {
      double a = Math.toRadians(-90 + i * 144);
      double[] from = pts.isEmpty() ? null : pts.get(pts.size() - 1);
      double[] to = {0.5 + 0.4 * Math.cos(a), 0.5 + 0.4 * Math.sin(a)};
      if (from != null) {
        for (int k = 1; k <= 8; k++) {
          pts.add(new double[] {from[0] + (to[0] - from[0]) * k / 8, from[1] + (to[1] - from[1]) * k / 8});
        }
      } else {
        pts.add(to);
      }
    }
    return List.of(pts);
  }

  /** An X: two crossing strokes. */
  static List<List<double[]>> cross() {
    return List.of(line(0.2, 0.2, 0.8, 0.8, 14), line(0.8, 0.2, 0.2, 0.8, 14));
  }

  /** A hash sign: two upright and two level strokes. */
  static List<List<double[]>> hash() {
    return List.of(line(0.38, 0.12, 0.32, 0.88, 14), line(0.66, 0.12, 0.6, 0.88, 14),
        line(0.14, 0.36, 0.86, 0.36, 14), line(0.12, 0.64, 0.84, 0.64, 14));
  }

  /** A short level dash. */
  static List<List<double[]>> dash() {
    return List.of(line(0.4, 0.5, 0.6, 0.5, 6));
  }

  /** All kinds, for benchmarks: {@code kind} picks one, {@code seed} varies the scribble. */
  static List<List<double[]>> kind(int kind, long seed) {
    return switch (Math.floorMod(kind, 7)) {
      case 0 -> dab();
      case 1 -> letterA();
      case 2 -> scribble(seed);
      case 3 -> star();
      case 4 -> cross();
      case 5 -> hash();
      default -> dash();
    };
  }

  /** Names of {@link #kind}'s kinds, in order. */
  static final List<String> KINDS = List.of("dab", "letter A", "scribble", "star", "X", "hash", "dash");

  private static List<double[]> line(double x0, double y0, double x1, double y1, int n) {
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      double t = i / (double) n;
      pts.add(new double[] {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t});
    }
    return pts;
  }
}
