package dev.digitarcade.engine.app;

import static org.lwjgl.opengl.GL33C.glFinish;

import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.softgl.SoftGl;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import dev.digitarcade.engine.window.Window;

/**
 * One throwaway frame (never shown: the first real frame clears it) with every kind of drawing
 * the engine offers, so llvmpipe compiles its shader variants (NanoVG fills, strokes, text and
 * images, the fast fill, the textured quad, the brush's MAX/MIN blending and its read-back) at
 * start-up instead of in the first frames a user sees. Adds about 30 ms to {@code Engine.create}
 * (Mesa's shader cache warm); the first frames then cost what later ones do. Part of the
 * software-GL switch ({@link SoftGl#warmUp}); it lives here because it draws through the UI and a
 * canvas, which the switch's own package sits below.
 */
final class WarmUp {
  private WarmUp() {}

  static void draw(Window window, Ui ui, FrameSurface surface, SoftGl softGl, Color background) {
    try (BrushCanvas canvas = new BrushCanvas(56, 56, softGl);
        UiImage image = ui.createImage(28, 28, true)) {
      canvas.beginStroke(8, 8);
      canvas.strokeTo(40, 40);
      canvas.endStroke();
      canvas.setEraser(true);
      canvas.beginStroke(40, 8);
      canvas.strokeTo(8, 40);
      canvas.endStroke();
      canvas.readGray(new byte[56 * 56]);
      image.updateGray(new byte[28 * 28]);
      surface.clear(background);
      float w = window.width();
      ui.beginFrame(w, window.height(), window.pixelRatio());
      try {
        Color c = Color.rgb(0x808080, 0.5f);
        ui.fillRect(0, 0, 20, 20, c);
        ui.fillRoundedRect(0, 0, Math.min(w, 200), 200, 8, c);
        ui.strokeRoundedRect(0, 0, 100, 40, 8, 1f, c);
        ui.line(0, 0, 50, 50, 2f, c);
        ui.fillCircle(30, 30, 6, c);
        ui.strokeCircle(30, 30, 10, 1.5f, c);
        ui.text(10, 10, "Warm 0123456789%", TextStyle.of(14f, Color.WHITE));
        ui.text(10, 30, "Warm 0123456789%", TextStyle.of(14f, Color.WHITE).bold());
        ui.image(image, 0, 0, 56, 56, 1f);
        ui.canvas(canvas, 0, 0, 112, 112);
        ui.scissor(0, 0, 50, 50);
        ui.canvas(canvas, 0, 0, 112, 112);
        ui.resetScissor();
      } finally {
        ui.endFrame();
      }
      glFinish();
    }
    surface.clear(background);
  }
}
