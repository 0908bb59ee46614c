package dev.digitarcade.engine.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.screen.Screen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A canvas that the UI draws every frame must read back exactly what was painted, right after the
 * painting. (Mesa llvmpipe once returned stale pixels here.)
 */
class CanvasOnScreenTest {
  @Test
  void aCanvasShownEveryFrameReadsBackExactlyWhatWasPainted() {
    EngineConfig config = EngineConfig.builder("t").headless(true).simulated().size(400, 300).build();
    try (Engine engine = Engine.create(config)) {
      EngineContext ctx = engine.context();
      BrushCanvas shown = ctx.newCanvas(200, 200);
      BrushCanvas hidden = ctx.newCanvas(200, 200);
      Random rnd = new Random(7);
      List<String> mismatches = new ArrayList<>();
      int[] checks = {0};
      Screen s = new Screen() {
        @Override
        public void update(double dt) {
          if (ctx.ticks() % 3 != 0) {
            return; // leave frames in which the canvas is only shown
          }
          int op = rnd.nextInt(10);
          float x = rnd.nextFloat() * 200;
          float y = rnd.nextFloat() * 200;
          // The shown canvas is painted and read before the reference is touched, so no other
          // GL work sits between its strokes and its read-back.
          byte[] actual = null;
          for (BrushCanvas c : new BrushCanvas[] {shown, hidden}) {
            if (op < 6) {
              c.strokeTo(x, y);
            } else if (op == 6) {
              c.endStroke();
              c.setEraser(!c.eraser());
            } else if (op == 7) {
              c.undo();
            } else if (op == 8) {
              c.clear();
            } else {
              c.setBrushRadius(2 + (x % 12));
            }
            if (c == shown) {
              actual = shown.readGray();
            }
          }
          byte[] expected = hidden.readGray();
          checks[0]++;
          if (!Arrays.equals(actual, expected)) {
            mismatches.add("tick " + ctx.ticks() + " op " + op);
          }
        }

        @Override
        public void render(double alpha) {
          ctx.ui().canvas(shown, 10, 10, 200, 200);
        }
      };
      engine.run(s, RunOptions.untilQuit().exitAfter(6.0));
      assertThat(mismatches).isEmpty();
      assertThat(checks[0]).isGreaterThan(10);
    }
  }
}
