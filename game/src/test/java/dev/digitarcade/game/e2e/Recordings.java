package dev.digitarcade.game.e2e;

import dev.digitarcade.engine.input.Action;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.engine.input.Keys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds input recordings as a person makes them (strokes into a canvas rectangle, with cursor
 * samples every 1/60 s, and key presses) and writes them in the engine's own format.
 */
final class Recordings {
  private static final double FRAME = 1.0 / 60;

  private final InputRecording format = new InputRecording();
  private final int width;
  private final int height;
  private final List<InputEvent> events = new ArrayList<>();
  private double t;

  Recordings(int width, int height) {
    this.width = width;
    this.height = height;
  }

  Recordings wait(double seconds) {
    t += seconds;
    return this;
  }

  /**
   * Draws {@code strokes} (unit-square points) into the part of the canvas given by
   * {@code (bx, by, size)} in window coordinates.
   */
  Recordings draw(List<List<double[]>> strokes, double bx, double by, double size) {
    for (List<double[]> stroke : strokes) {
      double[] p0 = stroke.get(0);
      events.add(new InputEvent.CursorMoved(t, bx + p0[0] * size, by + p0[1] * size));
      events.add(new InputEvent.MouseButton(t, Keys.MOUSE_LEFT, Action.PRESS, 0, bx + p0[0] * size, by + p0[1] * size));
      for (double[] p : stroke.subList(1, stroke.size())) {
        t += FRAME;
        events.add(new InputEvent.CursorMoved(t, bx + p[0] * size, by + p[1] * size));
      }
      double[] pn = stroke.get(stroke.size() - 1);
      t += FRAME;
      events.add(new InputEvent.MouseButton(t, Keys.MOUSE_LEFT, Action.RELEASE, 0, bx + pn[0] * size,
          by + pn[1] * size));
      t += 0.1;
    }
    return this;
  }

  Recordings key(int key) {
    for (Action action : new Action[] {Action.PRESS, Action.RELEASE}) {
      events.add(new InputEvent.Key(t, key, 0, action, 0));
      t += FRAME;
    }
    return this;
  }

  /** Types {@code text}: one character event a frame, as GLFW reports typing. */
  Recordings type(String text) {
    text.codePoints().forEach(c -> {
      events.add(new InputEvent.CharTyped(t, c));
      t += FRAME;
    });
    return this;
  }

  double duration() {
    return t;
  }

  Path write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(format.headerLine(width, height));
    for (InputEvent e : events) {
      lines.add(format.toLine(e));
    }
    Files.write(file, lines);
    return file;
  }
}
