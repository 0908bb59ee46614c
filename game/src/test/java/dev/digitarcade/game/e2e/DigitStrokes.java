package dev.digitarcade.game.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-shaped pen paths for the ten digits, as a person might draw them with a mouse, in a
 * unit square (x right, y down). Each digit is a list of strokes; each stroke a list of points.
 */
final class DigitStrokes {
  private DigitStrokes() {}

  static List<List<double[]>> of(int digit) {
    return switch (digit) {
      case 0 -> List.of(arc(0.5, 0.5, 0.27, 0.4, -90, 275, 40));
      case 1 -> List.of(join(line(0.45, 0.19, 0.54, 0.1, 4), line(0.54, 0.1, 0.52, 0.9, 20)));
      case 2 -> List.of(join(arc(0.5, 0.32, 0.24, 0.2, 200, 380, 20), line(0.74, 0.36, 0.24, 0.88, 16),
          line(0.24, 0.88, 0.8, 0.88, 12)));
      case 3 -> List.of(join(arc(0.48, 0.3, 0.23, 0.19, 210, 450, 22), arc(0.48, 0.7, 0.26, 0.21, 270, 510, 24)));
      case 4 -> List.of(join(line(0.58, 0.1, 0.2, 0.64, 14), line(0.2, 0.64, 0.82, 0.64, 12)),
          line(0.64, 0.34, 0.64, 0.92, 14));
      case 5 -> List.of(join(line(0.76, 0.12, 0.34, 0.12, 10), line(0.34, 0.12, 0.3, 0.46, 8),
          arc(0.5, 0.66, 0.26, 0.23, 230, 485, 26)));
      case 6 -> List.of(join(arc(0.78, 0.62, 0.5, 0.52, 240, 180, 14), arc(0.52, 0.68, 0.24, 0.22, 180, 540, 30)));
      case 7 -> List.of(join(line(0.2, 0.14, 0.8, 0.14, 12), line(0.8, 0.14, 0.42, 0.9, 18)));
      case 8 -> List.of(figureEight());
      case 9 -> List.of(join(arc(0.48, 0.32, 0.22, 0.2, 0, -360, 30), line(0.7, 0.32, 0.64, 0.92, 16)));
      default -> throw new IllegalArgumentException("not a digit: " + digit);
    };
  }

  private static List<double[]> line(double x0, double y0, double x1, double y1, int n) {
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      double t = i / (double) n;
      pts.add(new double[] {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t});
    }
    return pts;
  }

  /** An elliptic arc from {@code a0} to {@code a1} degrees (0 = right, 90 = down). */
  private static List<double[]> arc(double cx, double cy, double rx, double ry, double a0, double a1, int n) {
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      double a = Math.toRadians(a0 + (a1 - a0) * i / n);
      pts.add(new double[] {cx + rx * Math.cos(a), cy + ry * Math.sin(a)});
    }
    return pts;
  }

  private static List<double[]> figureEight() {
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i <= 48; i++) {
      double t = 2 * Math.PI * i / 48;
      pts.add(new double[] {0.5 + 0.22 * Math.sin(2 * t), 0.5 - 0.4 * Math.cos(t)});
    }
    return pts;
  }

  @SafeVarargs
  private static List<double[]> join(List<double[]>... parts) {
    List<double[]> out = new ArrayList<>();
    for (List<double[]> p : parts) {
      out.addAll(p);
    }
    return out;
  }
}
