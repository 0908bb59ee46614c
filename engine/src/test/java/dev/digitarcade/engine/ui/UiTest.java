package dev.digitarcade.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL33C.glGetError;

import dev.digitarcade.engine.app.Engine;
import dev.digitarcade.engine.app.EngineConfig;
import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.app.RunOptions;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.testing.HeadlessGl;
import dev.digitarcade.engine.testing.Png;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draws with the UI for real (headless) and checks the frame. */
class UiTest {
  @TempDir Path dir;

  private Png.Image frame(String name, BiConsumer<EngineContext, Ui> draw) throws Exception {
    return frame(name, true, draw);
  }

  private Png.Image frame(String name, boolean softGl, BiConsumer<EngineContext, Ui> draw) throws Exception {
    Path shot = dir.resolve(name + ".png");
    EngineConfig config = EngineConfig.builder("ui").headless(true).simulated().size(320, 240)
        .background(Color.BLACK).softGl(softGl).build();
    try (Engine engine = Engine.create(config)) {
      EngineContext ctx = engine.context();
      engine.run(new Screen() {
        @Override
        public void render(double alpha) {
          draw.accept(ctx, ctx.ui());
        }
      }, RunOptions.untilQuit().exitAfter(0.05).screenshot(shot));
      assertThat(glGetError()).as("GL error left behind").isZero();
    }
    Files.createDirectories(HeadlessGl.screenshots());
    Files.copy(shot, HeadlessGl.screenshots().resolve("ui-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    return Png.read(shot);
  }

  private static int brightPixels(Png.Image img, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if (img.at(x, y, 0) > 128) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void textIsDrawnInTheFontWhereItIsAnchoredAndMeasured() throws Exception {
    float[] widths = new float[2];
    float[][] bounds = new float[1][];
    Png.Image img = frame("text", (ctx, ui) -> {
      TextStyle style = TextStyle.of(40f, Color.WHITE);
      ui.text(10, 10, "Hello", style);
      widths[0] = ui.textWidth("Hello", style);
      widths[1] = ui.textWidth("Hello, world", style);
      bounds[0] = ui.textBounds(10, 10, "Hello", style);
      ui.text(310, 230, "R", TextStyle.of(20f, Color.WHITE).align(TextStyle.HAlign.RIGHT, TextStyle.VAlign.BOTTOM));
    });
    assertThat(widths[0]).isBetween(80f, 140f);
    assertThat(widths[1]).isGreaterThan(widths[0] * 1.8f);
    int x1 = (int) Math.ceil(bounds[0][2]);
    int y1 = (int) Math.ceil(bounds[0][3]);
    assertThat(brightPixels(img, 10, 10, x1, y1)).isGreaterThan(300);
    // Nothing outside the text's box except the right-aligned "R" in the corner.
    int all = brightPixels(img, 0, 0, 320, 240);
    int corner = brightPixels(img, 280, 200, 320, 240);
    assertThat(corner).isGreaterThan(20);
    assertThat(all).isEqualTo(brightPixels(img, 10, 10, x1, y1) + corner);
  }

  @Test
  void aCanvasKeepsItsPlaceInTheDrawingOrder() throws Exception {
    BrushCanvas[] canvas = new BrushCanvas[1];
    Png.Image img = frame("order", (ctx, ui) -> {
      if (canvas[0] == null) {
        canvas[0] = ctx.newCanvas(100, 100);
        canvas[0].setBrushRadius(100);
        canvas[0].beginStroke(50, 50);
      }
      ui.fillRect(0, 0, 100, 100, Color.rgb(0xFF0000));
      ui.translate(10, 10);
      ui.canvas(canvas[0], 40, 40, 100, 100); // ends up at 50..150 after the translation
      ui.fillRect(110, 110, 50, 50, Color.rgb(0x00FF00)); // the translation still applies
    });
    assertThat(new int[] {img.at(25, 25, 0), img.at(25, 25, 1)}).containsExactly(255, 0);
    assertThat(new int[] {img.at(75, 75, 0), img.at(75, 75, 1), img.at(75, 75, 2)}).containsExactly(255, 255, 255);
    assertThat(new int[] {img.at(140, 140, 0), img.at(140, 140, 1)}).containsExactly(0, 255);
    assertThat(img.at(145, 60, 0)).isEqualTo(255);
    assertThat(img.at(155, 60, 0)).isZero();
  }

  @Test
  void aClippedCanvasIsClipped() throws Exception {
    BrushCanvas[] canvas = new BrushCanvas[1];
    Png.Image img = frame("clip", (ctx, ui) -> {
      if (canvas[0] == null) {
        canvas[0] = ctx.newCanvas(100, 100);
        canvas[0].setBrushRadius(100);
        canvas[0].beginStroke(50, 50);
      }
      ui.scissor(0, 0, 60, 240);
      ui.canvas(canvas[0], 50, 50, 100, 100);
      ui.resetScissor();
    });
    assertThat(img.at(55, 75, 0)).isEqualTo(255);
    assertThat(img.at(75, 75, 0)).isZero();
  }

  @Test
  void aSmallImageScaledUpWithNearestFilteringHasCrispPixels() throws Exception {
    UiImage[] image = new UiImage[1];
    Png.Image img = frame("image", (ctx, ui) -> {
      if (image[0] == null) {
        image[0] = ctx.newImage(2, 2, true);
        image[0].updateGray(new float[] {0f, 1f, 1f, 0f});
      }
      ui.image(image[0], 0, 0, 100, 100, 1f);
    });
    assertThat(img.at(25, 25, 0)).isZero();
    assertThat(img.at(75, 25, 0)).isEqualTo(255);
    assertThat(img.at(25, 75, 0)).isEqualTo(255);
    assertThat(img.at(48, 25, 0)).isZero();
    assertThat(img.at(52, 25, 0)).isEqualTo(255);
  }

  @Test
  void largeFillsLookTheSameOnTheFastPathAsThroughNanoVg() throws Exception {
    Color teal = Color.rgb(0x2A9D8F);
    Color veil = Color.rgb(0xE9C46A, 0.5f);
    BiConsumer<Ui, Boolean> scene = (ui, clip) -> {
      if (clip) {
        ui.scissor(0, 0, 320, 240); // a clip sends every fill through NanoVG
      }
      ui.fillRect(0, 0, 100, 40, Color.rgb(0xFF0000)); // 4000 px: fast too without the clip
      ui.fillRoundedRect(20.5f, 20, 200, 150, 16, teal);
      ui.fillRect(60, 60, 240, 170, veil);
      ui.text(30, 30, "over", TextStyle.of(18f, Color.WHITE));
    };
    Png.Image fast = frame("fast-fill", (ctx, ui) -> scene.accept(ui, false));
    Png.Image slow = frame("nanovg-fill", (ctx, ui) -> scene.accept(ui, true));
    int differing = 0;
    int awayFromEdges = 0;
    int worst = 0;
    int anyDifference = 0;
    for (int y = 0; y < 240; y++) {
      for (int x = 0; x < 320; x++) {
        for (int ch = 0; ch < 3; ch++) {
          int d = Math.abs(fast.at(x, y, ch) - slow.at(x, y, ch));
          worst = Math.max(worst, d);
          anyDifference += d > 0 ? 1 : 0;
          if (d > 3) {
            differing++;
            float px = x + 0.5f;
            float py = y + 0.5f;
            boolean onEdge = Math.abs(roundedRectDistance(px, py, 0, 0, 100, 40, 0)) < 1.5f
                || Math.abs(roundedRectDistance(px, py, 20.5f, 20, 200, 150, 16)) < 1.5f
                || Math.abs(roundedRectDistance(px, py, 60, 60, 240, 170, 0)) < 1.5f;
            awayFromEdges += onEdge ? 0 : 1;
          }
        }
      }
    }
    // Inside the shapes both paths give the same colours; they differ a little only on edges
    // (rounded corners: NanoVG's tessellated arc against the fast path's exact one).
    assertThat(awayFromEdges).isZero();
    // Up to 0.07 of coverage on a corner pixel, seen where the teal corner lies over the red fill.
    assertThat(differing).isLessThan(300);
    assertThat(worst).isLessThan(24);
    // Not byte-identical: the fast path really drew (its blending rounds differently by 1).
    assertThat(anyDifference).isPositive();
    assertThat(new int[] {fast.at(120, 45, 0), fast.at(120, 45, 1), fast.at(120, 45, 2)})
        .containsExactly(0x2A, 0x9D, 0x8F);
    // The text drawn last is on top of the fast fill.
    assertThat(brightPixels(fast, 30, 30, 80, 50)).isEqualTo(brightPixels(slow, 30, 30, 80, 50)).isGreaterThan(20);
  }

  /**
   * The scene of the on/off comparison: every shortcut (fast fills, square and rounded, opaque and
   * translucent, a canvas through the textured quad, at 1x and scaled) between NanoVG drawing.
   */
  private static void everyShortcut(EngineContext ctx, Ui ui, BrushCanvas[] canvas) {
    if (canvas[0] == null) {
      canvas[0] = ctx.newCanvas(60, 60);
      canvas[0].setBrushRadius(5);
      canvas[0].beginStroke(8, 10);
      canvas[0].strokeTo(50, 48);
      canvas[0].strokeTo(15, 52);
      canvas[0].endStroke();
    }
    ui.fillRect(0, 0, 320, 240, Color.rgb(0x1B1E24)); // the whole frame: fast
    ui.panel(10, 10, 170, 110, 10, Color.rgb(0x232833), Color.rgb(0x3A4150)); // fast fill, NanoVG border
    ui.text(20, 20, "Shortcuts 0123", TextStyle.of(18f, Color.WHITE)); // NanoVG over a fast fill
    ui.bar(20, 50, 150, 18, 0.6f, Color.rgb(0x2A2F3A), Color.rgb(0x4EA1FF)); // two rounded fast fills
    ui.fillRect(20, 80, 150, 30, Color.rgb(0xE9C46A, 0.5f)); // translucent fast fill
    ui.fillRect(30, 85, 20, 20, Color.rgb(0xFF0000)); // small: NanoVG
    ui.canvas(canvas[0], 190, 10, 60, 60); // textured quad at 1x
    ui.canvas(canvas[0], 190, 100, 120, 120); // and at 2x, linear
    ui.strokeRoundedRect(186, 96, 128, 128, 6, 2, Color.rgb(0x2A2F3A));
    ui.translate(10, 130);
    ui.button(0, 0, 160, 40, "Button", Color.rgb(0x2A9D8F), TextStyle.of(16f, Color.WHITE)); // translated
  }

  /** The rounded fast fills of {@link #everyShortcut}: x, y, w, h, radius in frame pixels. */
  private static final float[][] ROUNDED_FAST_FILLS = {
      {10, 10, 170, 110, 10}, {20, 50, 150, 18, 9}, {20, 50, 90, 18, 9}, {10, 130, 160, 40, 8}};

  /** Whether the pixel's centre lies within 1.5 px of the arc of a rounded fast fill's corner. */
  private static boolean onARoundedCorner(int x, int y) {
    float px = x + 0.5f;
    float py = y + 0.5f;
    for (float[] r : ROUNDED_FAST_FILLS) {
      boolean inCornerX = px < r[0] + r[4] + 1 || px > r[0] + r[2] - r[4] - 1;
      boolean inCornerY = py < r[1] + r[4] + 1 || py > r[1] + r[3] - r[4] - 1;
      if (inCornerX && inCornerY && Math.abs(roundedRectDistance(px, py, r[0], r[1], r[2], r[3], r[4])) < 1.5f) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theSoftwareGlShortcutsDrawTheFramePlainNanoVgDraws() throws Exception {
    BrushCanvas[] canvas = new BrushCanvas[1];
    Png.Image on = frame("softgl-on", true, (ctx, ui) -> everyShortcut(ctx, ui, canvas));
    canvas[0] = null;
    Png.Image off = frame("softgl-off", false, (ctx, ui) -> everyShortcut(ctx, ui, canvas));
    int worstElsewhere = 0;
    int worstOnCorners = 0;
    int differingCorners = 0;
    for (int y = 0; y < 240; y++) {
      for (int x = 0; x < 320; x++) {
        for (int ch = 0; ch < 3; ch++) {
          int d = Math.abs(on.at(x, y, ch) - off.at(x, y, ch));
          if (onARoundedCorner(x, y)) {
            worstOnCorners = Math.max(worstOnCorners, d);
            differingCorners += d > 1 ? 1 : 0;
          } else {
            worstElsewhere = Math.max(worstElsewhere, d);
          }
        }
      }
    }
    // Fills (straight edges included), text, strokes, the canvas at 1x and 2x: within 1/255 (the
    // fast fill blends straight alpha where NanoVG blends premultiplied: rounding differs by 1).
    assertThat(worstElsewhere).isLessThanOrEqualTo(1);
    // Rounded corners: NanoVG's tessellated arc against the fast fill's exact one, a few tenths
    // of a pixel's coverage at most. That they differ at all shows the shortcuts drew the frame.
    assertThat(worstOnCorners).isLessThan(48);
    assertThat(differingCorners).isPositive();
    assertThat(brightPixels(on, 190, 100, 310, 220)).isEqualTo(brightPixels(off, 190, 100, 310, 220))
        .isGreaterThan(500);
  }

  /** Signed distance from a point to a rounded rectangle's outline (negative inside). */
  private static float roundedRectDistance(float px, float py, float x, float y, float w, float h, float r) {
    float qx = Math.abs(px - (x + w / 2)) - (w / 2 - r);
    float qy = Math.abs(py - (y + h / 2)) - (h / 2 - r);
    float outside = (float) Math.hypot(Math.max(qx, 0f), Math.max(qy, 0f));
    return outside + Math.min(Math.max(qx, qy), 0f) - r;
  }

  @Test
  void shapesAndBarsLandWhereAsked() throws Exception {
    Png.Image img = frame("shapes", (ctx, ui) -> {
      ui.bar(10, 10, 200, 20, 0.25f, Color.rgb(0x0000FF), Color.rgb(0x00FF00));
      ui.fillCircle(100, 150, 30, Color.WHITE);
      ui.strokeRect(200, 100, 100, 100, 4, Color.rgb(0xFF0000));
      ui.line(0, 230, 320, 230, 3, Color.WHITE);
    });
    assertThat(img.at(40, 20, 1)).isEqualTo(255); // filled quarter
    assertThat(img.at(150, 20, 2)).isEqualTo(255); // track
    assertThat(img.at(150, 20, 1)).isZero();
    assertThat(img.at(100, 150, 0)).isEqualTo(255);
    assertThat(img.at(100, 185, 0)).isZero();
    assertThat(img.at(201, 150, 0)).isEqualTo(255);
    assertThat(img.at(250, 150, 0)).isZero();
    assertThat(img.at(160, 230, 0)).isEqualTo(255);
  }
}
