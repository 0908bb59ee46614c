package dev.digitarcade.game.bench;

import dev.digitarcade.engine.input.Action;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.engine.input.Keys;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording of someone writing numbers of {@code digits} digits over and over, left to right
 * across the free-draw canvas of the default window, at mouse speed (a sample per 1/60 s), and
 * clearing after each number: what the number benchmark of {@code bench --digits} plays.
 */
final class NumberScribble {
  /** The free-draw canvas of the 1120x720 window, in window coordinates (x, y, side). */
  private static final double CANVAS_X = 40;
  private static final double CANVAS_Y = 96;
  private static final double CANVAS = 568;

  private NumberScribble() { }

  static List<String> recording(double seconds, int digits) {
    InputRecording format = new InputRecording();
    List<String> lines = new ArrayList<>();
    lines.add(format.headerLine(1120, 720));
    double[] t = {0.2};
    int number = 0;
    double share = CANVAS * 0.9 / digits;
    double w = share * 0.6;
    double h = Math.min(CANVAS * 0.6, w * 1.6);
    while (t[0] < seconds - 1) {
      for (int i = 0; i < digits && t[0] < seconds - 1; i++) {
        double x0 = CANVAS_X + CANVAS * 0.05 + i * share + (share - w) / 2;
        double y0 = CANVAS_Y + (CANVAS - h) / 2;
        int kind = (number * 7 + i * 3) % 3;
        if (kind == 0) { // a 0: one closed loop
          stroke(lines, format, t, 40, k -> {
            double a = 2 * Math.PI * k / 40;
            return new double[] {x0 + w / 2 + w / 2 * Math.sin(a), y0 + h / 2 - h / 2 * Math.cos(a)};
          });
        } else if (kind == 1) { // a 1: one upright
          stroke(lines, format, t, 24, k -> new double[] {x0 + w * 0.55 - w * 0.1 * k / 24, y0 + h * k / 24});
        } else { // a 4: two strokes
          stroke(lines, format, t, 30, k -> k < 15 ? new double[] {x0 + w * 0.6 - w * 0.6 * k / 15, y0 + h * 0.6 * k / 15}
              : new double[] {x0 + w * (k - 15) / 15.0, y0 + h * 0.6});
          stroke(lines, format, t, 24, k -> new double[] {x0 + w * 0.7, y0 + h * 0.25 + h * 0.75 * k / 24});
        }
      }
      lines.add(format.toLine(new InputEvent.Key(t[0], Keys.letter('C'), 0, Action.PRESS, 0)));
      lines.add(format.toLine(new InputEvent.Key(t[0] + 0.02, Keys.letter('C'), 0, Action.RELEASE, 0)));
      t[0] += 0.2;
      number++;
    }
    return lines;
  }

  private interface Path {
    double[] at(int k);
  }

  /** One stroke of {@code n} segments along {@code path}, one sample a frame, then a short lift. */
  private static void stroke(List<String> lines, InputRecording format, double[] t, int n, Path path) {
    double[] p = path.at(0);
    lines.add(format.toLine(new InputEvent.MouseButton(t[0], Keys.MOUSE_LEFT, Action.PRESS, 0, p[0], p[1])));
    for (int k = 1; k <= n; k++) {
      t[0] += 1 / 60.0;
      p = path.at(k);
      lines.add(format.toLine(new InputEvent.CursorMoved(t[0], p[0], p[1])));
    }
    lines.add(format.toLine(new InputEvent.MouseButton(t[0], Keys.MOUSE_LEFT, Action.RELEASE, 0, p[0], p[1])));
    t[0] += 0.15;
  }
}
