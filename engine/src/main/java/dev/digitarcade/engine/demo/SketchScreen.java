package dev.digitarcade.engine.demo;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import java.util.Locale;

/**
 * A drawing screen that exercises the engine end to end: left button paints, right button erases,
 * Z undoes a stroke, C clears, [ and ] change the brush, Esc quits. A 28x28 nearest-filtered
 * preview of the canvas shows CPU read-back and image drawing.
 */
public final class SketchScreen implements Screen {
  public static final int CANVAS_SIZE = 280;

  private static final Color INK_FRAME = Color.rgb(0x3A4150);
  private static final Color TEXT = Color.rgb(0xE8ECF2);
  private static final Color MUTED = Color.rgb(0x9AA3B2);
  private static final Color ACCENT = Color.rgb(0x4EA1FF);
  private static final Color TRACK = Color.rgb(0x2A2F3A);

  private final EngineContext ctx;
  private final BrushCanvas canvas;
  private final UiImage preview;
  private final byte[] pixels = new byte[CANVAS_SIZE * CANVAS_SIZE];
  private final byte[] small = new byte[28 * 28];
  private long previewVersion = -1;
  private float boxX;
  private float boxY;
  private float boxSize;
  private boolean drawing;
  private float inkFraction;

  public SketchScreen(EngineContext ctx) {
    this.ctx = ctx;
    this.canvas = ctx.newCanvas(CANVAS_SIZE, CANVAS_SIZE);
    this.preview = ctx.newImage(28, 28, true);
  }

  public BrushCanvas canvas() {
    return canvas;
  }

  @Override
  public void resize(int width, int height) {
    boxSize = Math.max(56f, Math.min(width * 0.55f, height - 120f));
    boxX = 40;
    boxY = (height - boxSize) / 2 + 20;
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.MouseButton b) {
      if (b.pressed() && (b.button() == Keys.MOUSE_LEFT || b.button() == Keys.MOUSE_RIGHT)) {
        canvas.setEraser(b.button() == Keys.MOUSE_RIGHT);
        canvas.beginStroke(toCanvasX(b.x()), toCanvasY(b.y()));
        drawing = true;
      } else if (!b.pressed()) {
        canvas.endStroke();
        drawing = false;
      }
    } else if (event instanceof InputEvent.CursorMoved c) {
      if (drawing) {
        canvas.strokeTo(toCanvasX(c.x()), toCanvasY(c.y()));
      }
    } else if (event instanceof InputEvent.Key k) {
      if (k.isPress(Keys.ESCAPE)) {
        ctx.quit();
      } else if (k.isPress(Keys.letter('Z'))) {
        canvas.undo();
      } else if (k.isPress(Keys.letter('C'))) {
        canvas.clear();
      } else if (k.isDown(Keys.LEFT_BRACKET)) {
        canvas.setBrushRadius(Math.max(1f, canvas.brushRadius() - 1f));
      } else if (k.isDown(Keys.RIGHT_BRACKET)) {
        canvas.setBrushRadius(Math.min(40f, canvas.brushRadius() + 1f));
      }
    }
  }

  private float toCanvasX(double x) {
    return (float) ((x - boxX) / boxSize * CANVAS_SIZE);
  }

  private float toCanvasY(double y) {
    return (float) ((y - boxY) / boxSize * CANVAS_SIZE);
  }

  @Override
  public void update(double dt) {
    if (canvas.version() != previewVersion) {
      previewVersion = canvas.readGray(pixels);
      long sum = 0;
      for (int by = 0; by < 28; by++) {
        for (int bx = 0; bx < 28; bx++) {
          int acc = 0;
          for (int y = 0; y < 10; y++) {
            int row = (by * 10 + y) * CANVAS_SIZE + bx * 10;
            for (int x = 0; x < 10; x++) {
              acc += pixels[row + x] & 0xFF;
            }
          }
          small[by * 28 + bx] = (byte) (acc / 100);
          sum += acc;
        }
      }
      inkFraction = sum / (255f * CANVAS_SIZE * CANVAS_SIZE);

      preview.updateGray(small);
    }
  }

  @Override
  public void render(double alpha) {
    Ui ui = ctx.ui();
    int w = ctx.windowWidth();
    TextStyle title = TextStyle.of(26f, TEXT).bold();
    TextStyle body = TextStyle.of(15f, TEXT);
    TextStyle muted = TextStyle.of(13f, MUTED);
    ui.text(40, 24, "Sketch", title);
    ui.text(40, 58, "Left button draws, right erases.  Z undo   C clear   [ ] brush   Esc quit", muted);
    ui.strokeRoundedRect(boxX - 6, boxY - 6, boxSize + 12, boxSize + 12, 8, 6, INK_FRAME);
    ui.canvas(canvas, boxX, boxY, boxSize, boxSize);

    float px = boxX + boxSize + 40;
    float panelW = Math.max(160f, w - px - 40);
    ui.panel(px, boxY - 6, panelW, boxSize + 12, 10, Color.rgb(0x232833), Color.rgb(0x3A4150));
    float y = boxY + 12;
    ui.text(px + 16, y, "What the model would see", body.bold());
    y += 30;
    float pv = Math.min(panelW - 32, 140f);
    ui.fillRect(px + 16 - 2, y - 2, pv + 4, pv + 4, INK_FRAME);
    ui.image(preview, px + 16, y, pv, pv, 1f);
    y += pv + 20;
    ui.text(px + 16, y, String.format(Locale.ROOT, "ink %.1f %%", inkFraction * 100), body);
    y += 24;
    ui.bar(px + 16, y, panelW - 32, 12, Math.min(1f, inkFraction * 5f), TRACK, ACCENT);
    y += 28;
    ui.text(px + 16, y, String.format(Locale.ROOT, "brush %.0f px  %s", canvas.brushRadius(),
        canvas.eraser() ? "eraser" : "ink"), body);
    y += 24;
    ui.text(px + 16, y, "strokes " + canvas.strokeCount() + (canvas.isEmpty() ? "  (empty)" : ""), body);
  }

  @Override
  public void close() {
    preview.close();
    canvas.close();
  }
}
