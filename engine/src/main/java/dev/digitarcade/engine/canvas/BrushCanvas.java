package dev.digitarcade.engine.canvas;

import dev.digitarcade.engine.gl.Framebuffer;
import dev.digitarcade.engine.gl.Png;
import dev.digitarcade.engine.gl.Texture2D;
import dev.digitarcade.engine.softgl.SoftGl;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A paint surface in a framebuffer texture: white ink on black, one 8-bit channel. Coordinates are
 * canvas pixels, origin top-left, y down; row 0 of every read-back is the top row.
 *
 * <p>A stroke is a polyline of samples. Each pair of consecutive samples is drawn as a capsule
 * (a segment with round caps) whose edge is anti-aliased over one pixel, so a fast stroke with far
 * apart samples stays continuous and smooth. Ink combines with MAX blending and the eraser with MIN,
 * so overlapping capsules never darken or brighten their joints. The canvas keeps its history:
 * {@link #undo()} takes back the last step (a stroke, or a {@link #wipe()} of everything) and
 * redraws the rest, {@link #redo()} puts undone steps back until a new stroke is begun, and
 * {@link #clear()} forgets it all. Segments are batched and drawn on the next {@link #flush()}, which every read
 * and the UI's drawing of the canvas call for you. All methods must run on the GL thread.
 */
public final class BrushCanvas implements AutoCloseable {
  private final int width;
  private final int height;
  private Texture2D texture;
  private Framebuffer framebuffer;
  private CapsuleBatch batch;
  private CanvasReadback reads;

  /** Every step since the last {@link #clear()}, oldest first; what shows is after the last wipe. */
  private final List<Stroke> strokes = new ArrayList<>();
  /** Undone steps, the most recently undone last; emptied when a new stroke begins. */
  private final List<Stroke> undone = new ArrayList<>();
  private Stroke current;
  private float radius;
  private boolean eraser;
  private long version;
  private boolean closed;

  /** As {@link #BrushCanvas(int, int, SoftGl)} with the software-GL switch on (the engine's default). */
  public BrushCanvas(int width, int height) {
    this(width, height, SoftGl.of(true));
  }

  /**
   * A black canvas of {@code width x height} pixels with a brush radius of 1/28 of the width;
   * {@code softGl} says whether reads guard against llvmpipe's stale pixels.
   */
  public BrushCanvas(int width, int height, SoftGl softGl) {
    if (width <= 0 || height <= 0 || width > 8192 || height > 8192) {
      throw new IllegalArgumentException("canvas size must be 1..8192 per side, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.radius = Math.max(1f, width / 28f);
    try {
      texture = new Texture2D(width, height, Texture2D.Format.R8, true);
      framebuffer = new Framebuffer(texture);
      batch = new CapsuleBatch(width, height);
      reads = new CanvasReadback(width, height, softGl);
      clearTexture();
      version = 0;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Radius in canvas pixels of the strokes begun from now on. */
  public float brushRadius() {
    return radius;
  }

  public void setBrushRadius(float radius) {
    if (!(radius > 0f) || radius > Math.max(width, height)) {
      throw new IllegalArgumentException("brush radius must be in (0, canvas size], got " + radius);
    }
    this.radius = radius;
  }

  public boolean eraser() {
    return eraser;
  }

  /** Strokes begun from now on erase instead of ink. */
  public void setEraser(boolean eraser) {
    this.eraser = eraser;
  }

  /** Increases whenever the pixels may have changed: use it to decide when to read back again. */
  public long version() {
    return version;
  }

  /** No ink strokes show (none since the canvas was created, cleared or wiped; eraser strokes do not count). */
  public boolean isEmpty() {
    for (int i = shownFrom(); i < strokes.size(); i++) {
      if (!strokes.get(i).eraser) {
        return false;
      }
    }
    return true;
  }

  /** How many strokes show (ink and eraser, since the last clear or wipe). */
  public int strokeCount() {
    return strokes.size() - shownFrom();
  }

  /** Index of the first step that shows: the one after the last wipe. */
  private int shownFrom() {
    for (int i = strokes.size() - 1; i >= 0; i--) {
      if (strokes.get(i).wipe) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The ink strokes that show, in drawing order, with their times: eraser strokes and undone or
   * wiped ones are left out (what an eraser removed is missing from the pixels, not from here).
   */
  public List<DrawnStroke> inkStrokes() {
    List<DrawnStroke> out = new ArrayList<>();
    for (int i = shownFrom(); i < strokes.size(); i++) {
      Stroke s = strokes.get(i);
      if (!s.eraser) {
        out.add(s.view());
      }
    }
    return out;
  }

  public boolean stroking() {
    return current != null;
  }

  /** As {@link #beginStroke(float, float, double)}, timed now ({@link System#nanoTime()}). */
  public void beginStroke(float x, float y) {
    beginStroke(x, y, System.nanoTime() / 1e9);
  }

  /**
   * Starts a stroke at {@code (x, y)} and paints a dot there. Ends any stroke in progress; undone
   * steps can no longer be redone.
   *
   * @param time when, in seconds on the caller's clock (kept with the sample, see {@link #inkStrokes()})
   */
  public void beginStroke(float x, float y, double time) {
    checkOpen();
    endStroke();
    undone.clear();
    current = new Stroke(radius, eraser);
    strokes.add(current);
    current.add(x, y, time);
    segment(current, x, y, x, y);
  }

  /** As {@link #strokeTo(float, float, double)}, timed now. */
  public void strokeTo(float x, float y) {
    strokeTo(x, y, System.nanoTime() / 1e9);
  }

  /** Continues the stroke with a segment from the previous sample to {@code (x, y)}, drawn at {@code time}. */
  public void strokeTo(float x, float y, double time) {
    checkOpen();
    if (current == null) {
      beginStroke(x, y, time);
      return;
    }
    int last = current.samples() - 1;
    float px = current.x(last);
    float py = current.y(last);
    if (px == x && py == y) {
      return;
    }
    current.add(x, y, time);
    segment(current, px, py, x, y);
  }

  public void endStroke() {
    current = null;
  }

  /** Takes back the last step, a stroke (ending it if in progress) or a wipe, and redraws the rest. False if none. */
  public boolean undo() {
    checkOpen();
    current = null;
    if (strokes.isEmpty()) {
      return false;
    }
    undone.add(strokes.remove(strokes.size() - 1));
    redraw();
    return true;
  }

  /** Puts back the step undone last. False when there is none (nothing undone since the last new stroke). */
  public boolean redo() {
    checkOpen();
    current = null;
    if (undone.isEmpty()) {
      return false;
    }
    strokes.add(undone.remove(undone.size() - 1));
    redraw();
    return true;
  }

  /** Whether {@link #redo()} has a step to put back. */
  public boolean canRedo() {
    return !undone.isEmpty();
  }

  /**
   * Back to black as one step of the history: {@link #undo()} brings the drawing back. Does
   * nothing when nothing shows.
   */
  public void wipe() {
    checkOpen();
    current = null;
    if (strokeCount() == 0) {
      return;
    }
    undone.clear();
    strokes.add(Stroke.wipe());
    clearTexture();
  }

  /** Back to black; forgets every stroke and the history (nothing to undo or redo). */
  public void clear() {
    checkOpen();
    current = null;
    strokes.clear();
    undone.clear();
    clearTexture();
  }

  /** Draws pending segments into the texture. */
  public void flush() {
    checkOpen();
    if (batch.draw(framebuffer.id())) {
      reads.drawn();
    }
  }

  /**
   * Reads the canvas into {@code dst} ({@code width * height} bytes, 0 = black, 255 = full ink,
   * row 0 = top). Waits for the GPU. Returns the {@link #version()} the pixels belong to.
   */
  public long readGray(byte[] dst) {
    checkSize(dst.length);
    readNow().get(0, dst, 0, width * height);
    return version;
  }

  /** As {@link #readGray(byte[])} with values in [0, 1]. */
  public long readGray(float[] dst) {
    checkSize(dst.length);
    ByteBuffer pixels = readNow();
    for (int i = 0, n = width * height; i < n; i++) {
      dst[i] = (pixels.get(i) & 0xFF) / 255f;
    }
    return version;
  }

  public byte[] readGray() {
    byte[] out = new byte[width * height];
    readGray(out);
    return out;
  }

  private ByteBuffer readNow() {
    checkOpen();
    flush();
    return reads.readNow(framebuffer.id());
  }

  /** Saves the canvas as an 8-bit greyscale PNG (atomic write). */
  public void savePng(Path file) {
    Png.write(file, width, height, 1, readGray());
  }

  /** The GL texture (R8, swizzled to grey) after drawing pending segments, for the UI to draw. */
  public int textureId() {
    flush();
    reads.sync();
    return texture.id();
  }

  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (reads != null) {
      reads.close();
    }
    if (batch != null) {
      batch.close();
    }
    if (framebuffer != null) {
      framebuffer.close();
    }
    if (texture != null) {
      texture.close();
    }
  }

  private void segment(Stroke s, float ax, float ay, float bx, float by) {
    segment(s.radius, s.eraser, ax, ay, bx, by);
  }

  private void segment(float r, boolean erase, float ax, float ay, float bx, float by) {
    if (!batch.accepts(erase)) {
      flush();
    }
    batch.add(r, erase, ax, ay, bx, by);
    version++;
  }

  private void redraw() {
    batch.discard();
    clearTexture();
    for (int k = shownFrom(); k < strokes.size(); k++) {
      Stroke s = strokes.get(k);
      segment(s, s.x(0), s.y(0), s.x(0), s.y(0));
      for (int i = 1; i < s.samples(); i++) {
        segment(s, s.x(i - 1), s.y(i - 1), s.x(i), s.y(i));
      }
    }
    flush();
  }

  /** Paints the whole canvas black with one eraser capsule covering everything (the stroke path). */
  private void clearTexture() {
    batch.discard();
    float cx = width / 2f;
    float cy = height / 2f;
    segment(width + height, true, cx, cy, cx, cy);
    flush();
  }

  private void checkSize(int length) {
    if (length < width * height) {
      throw new IllegalArgumentException(
          "buffer of " + length + " is smaller than the canvas (" + width + "x" + height + ")");
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("canvas is closed");
    }
  }
}
