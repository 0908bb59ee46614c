package dev.digitarcade.engine.ui;

import static org.lwjgl.nanovg.NanoVG.*;
import static org.lwjgl.nanovg.NanoVGGL3.*;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.softgl.NanoVgShortcuts;
import dev.digitarcade.engine.softgl.SoftGl;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lwjgl.nanovg.NVGColor;
import org.lwjgl.nanovg.NVGPaint;
import org.lwjgl.system.MemoryUtil;

/**
 * Immediate-mode 2D drawing for screens and overlays, on NanoVG: text in the shipped TrueType
 * font, rectangles, rounded rectangles, circles, lines, bars, buttons, images and textures, clip
 * rectangles. All coordinates are window coordinates (the cursor's), origin top-left; the engine
 * maps them to framebuffer pixels with the pixel ratio, so drawing is sharp on HiDPI screens.
 * Calls are valid between the engine's begin and end of a frame (inside {@code Screen.render}).
 *
 * <p>Large plain fills and canvases may be drawn by {@link NanoVgShortcuts} instead of NanoVG
 * (the same pixels within 1/255 but on rounded corners, at a fraction of llvmpipe's cycles): the
 * UI offers them every such call made while its state is plain (no clip, saved state or global
 * alpha) and draws with NanoVG when they decline.
 */
public final class Ui implements AutoCloseable {
  private long vg;
  private final Map<Font, ByteBuffer> fontData = new EnumMap<>(Font.class);
  private final NVGColor color = NVGColor.calloc();
  private final NVGColor color2 = NVGColor.calloc();
  private final NVGPaint paint = NVGPaint.calloc();
  private final float[] bounds = new float[4];
  private final Map<Long, Integer> textureImages = new HashMap<>();
  private final List<UiImage> images = new ArrayList<>();
  private NanoVgShortcuts shortcuts;
  private boolean inFrame;
  private boolean closed;
  private int saveDepth;
  private boolean scissored;
  private float alpha = 1f;

  /**
   * Creates a NanoVG context on the current GL context, loads the fonts from {@code fontsDir} and
   * takes the NanoVG shortcuts {@code softGl} offers (none when it is off).
   */
  public Ui(Path fontsDir, SoftGl softGl) {
    try {
      vg = nvgCreate(NVG_ANTIALIAS | NVG_STENCIL_STROKES);
      if (vg == 0) {
        throw new EngineException("could not create the NanoVG context for UI drawing");
      }
      for (Font f : Font.values()) {
        Path file = fontsDir.resolve(f.file);
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file);
        } catch (IOException e) {
          throw new EngineException("font not found: " + file + " (the engine needs assets/fonts/" + f.file + ")");
        }
        FontFile.check(file, bytes);
        ByteBuffer data = MemoryUtil.memAlloc(bytes.length);
        data.put(bytes).flip();
        fontData.put(f, data);
        if (nvgCreateFontMem(vg, f.face, data, false) < 0) {
          throw new EngineException("not a usable TrueType font: " + file);
        }
      }
      shortcuts = softGl.nanoVg(vg);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts a frame: window size in window units and framebuffer pixels per unit. Called by the engine. */
  public void beginFrame(float windowWidth, float windowHeight, float pixelRatio) {
    shortcuts.beginFrame(windowWidth, windowHeight, pixelRatio);
    saveDepth = 0;
    scissored = false;
    alpha = 1f;
    nvgBeginFrame(vg, windowWidth, windowHeight, pixelRatio);
    inFrame = true;
  }

  /** Draws everything recorded since {@link #beginFrame}. Called by the engine. */
  public void endFrame() {
    inFrame = false;
    nvgEndFrame(vg);
  }

  public boolean inFrame() {
    return inFrame;
  }

  // ---- text ----

  /** Draws {@code text} anchored at {@code (x, y)} per the style's alignment; returns the x after it. */
  public float text(float x, float y, String text, TextStyle style) {
    setFont(style);
    fill(style.color());
    return nvgText(vg, x, y, text);
  }

  /** Width of {@code text} in window units. */
  public float textWidth(String text, TextStyle style) {
    setFont(style);
    return nvgTextBounds(vg, 0, 0, text, bounds);
  }

  /** Bounds {@code [minX, minY, maxX, maxY]} of {@code text} drawn at {@code (x, y)}. */
  public float[] textBounds(float x, float y, String text, TextStyle style) {
    setFont(style);
    float[] out = new float[4];
    nvgTextBounds(vg, x, y, text, out);
    return out;
  }

  /** Draws text wrapped at {@code width}, line after line. */
  public void textBox(float x, float y, float width, String text, TextStyle style) {
    setFont(style);
    fill(style.color());
    nvgTextBox(vg, x, y, width, text);
  }

  private void setFont(TextStyle style) {
    nvgFontFace(vg, style.font().face);
    nvgFontSize(vg, style.size());
    int h = switch (style.halign()) {
      case LEFT -> NVG_ALIGN_LEFT;
      case CENTER -> NVG_ALIGN_CENTER;
      case RIGHT -> NVG_ALIGN_RIGHT;
    };
    int v = switch (style.valign()) {
      case TOP -> NVG_ALIGN_TOP;
      case MIDDLE -> NVG_ALIGN_MIDDLE;
      case BASELINE -> NVG_ALIGN_BASELINE;
      case BOTTOM -> NVG_ALIGN_BOTTOM;
    };
    nvgTextAlign(vg, h | v);
  }

  // ---- shapes ----

  public void fillRect(float x, float y, float w, float h, Color c) {
    if (plain() && shortcuts.fill(x, y, w, h, 0f, c.r(), c.g(), c.b(), c.a())) {
      return;
    }
    nvgBeginPath(vg);
    nvgRect(vg, x, y, w, h);
    fill(c);
    nvgFill(vg);
  }

  /** Fills {@code count} rectangles given as x, y, w, h quadruples in one path (one draw). */
  public void fillRects(float[] xywh, int count, Color c) {
    if (count <= 0) {
      return;
    }
    nvgBeginPath(vg);
    for (int i = 0; i < count; i++) {
      nvgRect(vg, xywh[4 * i], xywh[4 * i + 1], xywh[4 * i + 2], xywh[4 * i + 3]);
    }
    fill(c);
    nvgFill(vg);
  }

  public void strokeRect(float x, float y, float w, float h, float lineWidth, Color c) {
    nvgBeginPath(vg);
    nvgRect(vg, x + lineWidth / 2, y + lineWidth / 2, w - lineWidth, h - lineWidth);
    stroke(c, lineWidth);
  }

  public void fillRoundedRect(float x, float y, float w, float h, float radius, Color c) {
    if (plain() && shortcuts.fill(x, y, w, h, radius, c.r(), c.g(), c.b(), c.a())) {
      return;
    }
    nvgBeginPath(vg);
    nvgRoundedRect(vg, x, y, w, h, radius);
    fill(c);
    nvgFill(vg);
  }

  public void strokeRoundedRect(float x, float y, float w, float h, float radius, float lineWidth, Color c) {
    nvgBeginPath(vg);
    nvgRoundedRect(vg, x + lineWidth / 2, y + lineWidth / 2, w - lineWidth, h - lineWidth, radius);
    stroke(c, lineWidth);
  }

  public void fillCircle(float cx, float cy, float r, Color c) {
    nvgBeginPath(vg);
    nvgCircle(vg, cx, cy, r);
    fill(c);
    nvgFill(vg);
  }

  public void strokeCircle(float cx, float cy, float r, float lineWidth, Color c) {
    nvgBeginPath(vg);
    nvgCircle(vg, cx, cy, r);
    stroke(c, lineWidth);
  }

  public void line(float x0, float y0, float x1, float y1, float lineWidth, Color c) {
    nvgBeginPath(vg);
    nvgMoveTo(vg, x0, y0);
    nvgLineTo(vg, x1, y1);
    nvgLineCap(vg, NVG_ROUND);
    stroke(c, lineWidth);
  }

  /** A panel: rounded rectangle with a fill and an optional border ({@code null} for none). */
  public void panel(float x, float y, float w, float h, float radius, Color fill, Color border) {
    fillRoundedRect(x, y, w, h, radius, fill);
    if (border != null) {
      strokeRoundedRect(x, y, w, h, radius, 1f, border);
    }
  }

  /** A horizontal bar: a track and a fill covering {@code fraction} (clamped to [0, 1]) of it. */
  public void bar(float x, float y, float w, float h, float fraction, Color track, Color fill) {
    float f = Float.isNaN(fraction) ? 0f : Math.max(0f, Math.min(1f, fraction));
    float r = Math.min(h / 2, w / 2);
    fillRoundedRect(x, y, w, h, r, track);
    if (f > 0f) {
      fillRoundedRect(x, y, Math.max(w * f, Math.min(2 * r, w)), h, r, fill);
    }
  }

  /** A vertical bar filling from the bottom. */
  public void vbar(float x, float y, float w, float h, float fraction, Color track, Color fill) {
    float f = Float.isNaN(fraction) ? 0f : Math.max(0f, Math.min(1f, fraction));
    fillRect(x, y, w, h, track);
    fillRect(x, y + h * (1 - f), w, h * f, fill);
  }

  /** A button: rounded rectangle with a centred label. */
  public void button(float x, float y, float w, float h, String label, Color fill, TextStyle labelStyle) {
    fillRoundedRect(x, y, w, h, Math.min(8f, h / 4), fill);
    text(x + w / 2, y + h / 2, label, labelStyle.centered());
  }

  /** Whether {@code (px, py)} lies inside the rectangle. */
  public static boolean contains(float x, float y, float w, float h, double px, double py) {
    return px >= x && py >= y && px < x + w && py < y + h;
  }

  // ---- images ----

  /** A CPU-updatable image (e.g. a 28x28 model input); closed by its owner or with the UI. */
  public UiImage createImage(int width, int height, boolean nearest) {
    UiImage image = new UiImage(vg, width, height, nearest);
    images.add(image);
    image.onClose(() -> images.remove(image));
    return image;
  }

  public void image(UiImage image, float x, float y, float w, float h, float alpha) {
    drawImage(image.handle(), x, y, w, h, alpha);
  }

  /** Draws a brush canvas (its pending strokes first) into a rectangle, smoothly filtered. */
  public void canvas(BrushCanvas canvas, float x, float y, float w, float h) {
    texture(canvas.textureId(), canvas.width(), canvas.height(), x, y, w, h, false);
  }

  /** Draws an opaque GL 2D texture (row 0 = top) into a rectangle. The texture stays owned by the caller. */
  public void texture(int textureId, int texWidth, int texHeight, float x, float y, float w, float h, boolean nearest) {
    if (plain() && shortcuts.texture(textureId, nearest, x, y, w, h)) {
      return;
    }
    drawImage(textureImage(textureId, texWidth, texHeight, nearest), x, y, w, h, 1f);
  }

  /** No clip, saved state or global alpha: what the shortcuts may be offered under. */
  private boolean plain() {
    return inFrame && saveDepth == 0 && !scissored && alpha == 1f;
  }

  private int textureImage(int textureId, int w, int h, boolean nearest) {
    long key = ((long) textureId << 32) ^ ((long) w << 17) ^ ((long) h << 2) ^ (nearest ? 1 : 0);
    return textureImages.computeIfAbsent(
        key, k -> nvglCreateImageFromHandle(vg, textureId, w, h, NVG_IMAGE_NODELETE | (nearest ? NVG_IMAGE_NEAREST : 0)));
  }

  private void drawImage(int image, float x, float y, float w, float h, float alpha) {
    nvgImagePattern(vg, x, y, w, h, 0f, image, alpha, paint);
    nvgBeginPath(vg);
    nvgRect(vg, x, y, w, h);
    nvgFillPaint(vg, paint);
    nvgFill(vg);
  }

  // ---- state ----

  /** Clips later drawing to the rectangle (until {@link #resetScissor()} or {@link #restore()}). */
  public void scissor(float x, float y, float w, float h) {
    scissored = true;
    nvgScissor(vg, x, y, w, h);
  }

  public void resetScissor() {
    scissored = false;
    nvgResetScissor(vg);
  }

  public void save() {
    saveDepth++;
    nvgSave(vg);
  }

  public void restore() {
    if (saveDepth > 0) {
      saveDepth--;
    }
    // A clip or alpha set inside the saved state is gone now, but the flags stay set until the
    // frame ends: the shortcuts are only offered when they are certainly safe.
    nvgRestore(vg);
  }

  public void translate(float x, float y) {
    nvgTranslate(vg, x, y);
  }

  public void scale(float sx, float sy) {
    nvgScale(vg, sx, sy);
  }

  public void globalAlpha(float a) {
    alpha = a;
    nvgGlobalAlpha(vg, a);
  }

  private void fill(Color c) {
    nvgFillColor(vg, nvgRGBAf(c.r(), c.g(), c.b(), c.a(), color));
  }

  private void stroke(Color c, float lineWidth) {
    nvgStrokeColor(vg, nvgRGBAf(c.r(), c.g(), c.b(), c.a(), color2));
    nvgStrokeWidth(vg, lineWidth);
    nvgStroke(vg);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (UiImage image : List.copyOf(images)) {
      image.close();
    }
    images.clear();
    if (shortcuts != null) {
      shortcuts.close();
      shortcuts = null;
    }
    if (vg != 0) {
      for (int image : textureImages.values()) {
        nvgDeleteImage(vg, image);
      }
      textureImages.clear();
      nvgDelete(vg);
      vg = 0;
    }
    for (ByteBuffer b : fontData.values()) {
      MemoryUtil.memFree(b);
    }
    fontData.clear();
    color.free();
    color2.free();
    paint.free();
  }
}
