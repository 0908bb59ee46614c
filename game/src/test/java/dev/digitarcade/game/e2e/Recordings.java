package dev.digitarcade.game.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes input recordings in the engine's JSON-lines format: a person drawing strokes into a
 * canvas rectangle, with cursor samples every 1/60 s, and key presses.
 */
final class Recordings {
  static final int KEY_C = 67;
  static final int KEY_ESCAPE = 256;

  private final ObjectMapper json = new ObjectMapper();
  private final List<String> lines = new ArrayList<>();
  private double t;

  Recordings(int width, int height) {
    ObjectNode h = json.createObjectNode().put("format", "digit-arcade-input").put("version", 1)
        .put("width", width).put("height", height);
    lines.add(h.toString());
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
      event("cursor", bx + p0[0] * size, by + p0[1] * size);
      lines.add(json.createObjectNode().put("t", t).put("type", "button").put("button", 0).put("action", "press")
          .put("mods", 0).put("x", bx + p0[0] * size).put("y", by + p0[1] * size).toString());
      for (double[] p : stroke.subList(1, stroke.size())) {
        t += 1.0 / 60;
        event("cursor", bx + p[0] * size, by + p[1] * size);
      }
      double[] pn = stroke.get(stroke.size() - 1);
      t += 1.0 / 60;
      lines.add(json.createObjectNode().put("t", t).put("type", "button").put("button", 0).put("action", "release")
          .put("mods", 0).put("x", bx + pn[0] * size).put("y", by + pn[1] * size).toString());
      t += 0.1;
    }
    return this;
  }

  Recordings key(int key) {
    for (String action : new String[] {"press", "release"}) {
      lines.add(json.createObjectNode().put("t", t).put("type", "key").put("key", key).put("scancode", 0)
          .put("action", action).put("mods", 0).toString());
      t += 1.0 / 60;
    }
    return this;
  }

  private void event(String type, double x, double y) {
    lines.add(json.createObjectNode().put("t", t).put("type", type).put("x", x).put("y", y).toString());
  }

  double duration() {
    return t;
  }

  Path write(Path file) throws IOException {
    Files.write(file, lines);
    return file;
  }
}
