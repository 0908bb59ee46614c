package dev.digitarcade.engine.canvas;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.Framebuffer;
import dev.digitarcade.engine.gl.Png;
import dev.digitarcade.engine.gl.ShaderProgram;
import dev.digitarcade.engine.gl.StreamMesh;
import dev.digitarcade.engine.gl.Texture2D;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lwjgl.system.MemoryUtil;

/**
 * A paint surface in a framebuffer texture: white ink on black, one 8-bit channel. Coordinates are
 * canvas pixels, origin top-left, y down; row 0 of every read-back is the top row.
 *
 * <p>A stroke is a polyline of samples. Each pair of consecutive samples is drawn as a capsule
 * (a segment with round caps) whose edge is anti-aliased over one pixel, so a fast stroke with far
 * apart samples stays continuous and smooth. Ink combines with MAX blending and the eraser with MIN,
 * so overlapping capsules never darken or brighten their joints. Undo removes the last stroke and
 * redraws the rest. Segments are batched and drawn on the next {@link #flush()}, which every read
 * and the UI's drawing of the canvas call for you. All methods must run on the GL thread.
 */
public final class BrushCanvas implements AutoCloseable {
  private static final int FLOATS_PER_VERTEX = 7;
  private static final int VERTICES_PER_SEGMENT = 6;
  private static final int BATCH_SEGMENTS = 2048;

  private static final String VERTEX =
      """
      #version 330 core
      layout(location = 0) in vec2 aPos;
      layout(location = 1) in vec4 aSeg;
      layout(location = 2) in float aRadius;
      uniform vec2 uSize;
      flat out vec4 vSeg;
      flat out float vRadius;
      void main() {
        vSeg = aSeg;
        vRadius = aRadius;
        gl_Position = vec4(aPos / uSize * 2.0 - 1.0, 0.0, 1.0);
      }
      """;

  private static final String FRAGMENT =
      """
      #version 330 core
      flat in vec4 vSeg;
      flat in float vRadius;
      uniform int uErase;
      out vec4 fragColor;
      void main() {
        // Row 0 of the texture is canvas y = 0 (the top), so window y is canvas y.
        vec2 p = gl_FragCoord.xy;
        vec2 a = vSeg.xy;
        vec2 ab = vSeg.zw - a;
        float len2 = dot(ab, ab);
        float t = len2 > 0.0 ? clamp(dot(p - a, ab) / len2, 0.0, 1.0) : 0.0;
        float d = length(p - (a + t * ab));
        float coverage = clamp(vRadius + 0.5 - d, 0.0, 1.0);
        if (coverage <= 0.0) discard;
        fragColor = vec4(uErase == 1 ? 1.0 - coverage : coverage);
      }
      """;

  /** One stroke as drawn: its brush and its samples (x0, y0, x1, y1, ...). */
  private static final class Stroke {
    final float radius;
    final boolean eraser;
    float[] points = new float[32];
    int size;

    Stroke(float radius, boolean eraser) {
      this.radius = radius;
      this.eraser = eraser;
    }

    void add(float x, float y) {
      if (size + 2 > points.length) {
        points = Arrays.copyOf(points, points.length * 2);
      }
      points[size++] = x;
      points[size++] = y;
    }

    int samples() {
      return size / 2;
    }
  }

  private final int width;
  private final int height;
  private Texture2D texture;
  private Framebuffer framebuffer;
  private ShaderProgram program;
  private StreamMesh mesh;
  private FloatBuffer batch;
  private int batchSegments;
  private boolean batchEraser;
  private ByteBuffer readBuffer;
  private boolean unsynced;
  private long fence;
  private long fenceVersion;

  private final List<Stroke> strokes = new ArrayList<>();
  private Stroke current;
  private float radius;
  private boolean eraser;
  private long version;
  private boolean closed;

  /** A black canvas of {@code width x height} pixels with a brush radius of 1/28 of the width. */
  public BrushCanvas(int width, int height) {
    if (width <= 0 || height <= 0 || width > 8192 || height > 8192) {
      throw new IllegalArgumentException("canvas size must be 1..8192 per side, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.radius = Math.max(1f, width / 28f);
    try {
      texture = new Texture2D(width, height, Texture2D.Format.R8, true);
      framebuffer = new Framebuffer(texture);
      program = new ShaderProgram("brush", VERTEX, FRAGMENT);
      // aPos, aSeg (the segment's two end points), aRadius: FLOATS_PER_VERTEX floats
      mesh = new StreamMesh(BATCH_SEGMENTS * VERTICES_PER_SEGMENT, 2, 4, 1);
      batch = MemoryUtil.memAllocFloat(BATCH_SEGMENTS * VERTICES_PER_SEGMENT * FLOATS_PER_VERTEX);
      readBuffer = MemoryUtil.memAlloc(width * height);
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

  /** No ink strokes since the canvas was created or cleared (eraser strokes do not count). */
  public boolean isEmpty() {
    for (Stroke s : strokes) {
      if (!s.eraser) {
        return false;
      }
    }
    return true;
  }

  public int strokeCount() {
    return strokes.size();
  }

  public boolean stroking() {
    return current != null;
  }

  /** Starts a stroke at {@code (x, y)} and paints a dot there. Ends any stroke in progress. */
  public void beginStroke(float x, float y) {
    checkOpen();
    endStroke();
    current = new Stroke(radius, eraser);
    strokes.add(current);
    current.add(x, y);
    segment(current, x, y, x, y);
  }

  /** Continues the stroke with a segment from the previous sample to {@code (x, y)}. */
  public void strokeTo(float x, float y) {
    checkOpen();
    if (current == null) {
      beginStroke(x, y);
      return;
    }
    int n = current.size;
    float px = current.points[n - 2];
    float py = current.points[n - 1];
    if (px == x && py == y) {
      return;
    }
    current.add(x, y);
    segment(current, px, py, x, y);
  }

  public void endStroke() {
    current = null;
  }

  /** Removes the last stroke (ending it if in progress) and redraws the rest. False if none. */
  public boolean undo() {
    checkOpen();
    current = null;
    if (strokes.isEmpty()) {
      return false;
    }
    strokes.remove(strokes.size() - 1);
    redraw();
    return true;
  }

  /** Back to black; forgets every stroke. */
  public void clear() {
    checkOpen();
    current = null;
    strokes.clear();
    batch.clear();
    batchSegments = 0;
    clearTexture();
  }

  /** Draws pending segments into the texture. */
  public void flush() {
    checkOpen();
    if (batchSegments == 0) {
      return;
    }
    int prevFbo = glGetInteger(GL_DRAW_FRAMEBUFFER_BINDING);
    int[] viewport = new int[4];
    glGetIntegerv(GL_VIEWPORT, viewport);
    int prevProgram = glGetInteger(GL_CURRENT_PROGRAM);
    boolean blend = glIsEnabled(GL_BLEND);
    boolean scissor = glIsEnabled(GL_SCISSOR_TEST);
    boolean stencil = glIsEnabled(GL_STENCIL_TEST);
    boolean depth = glIsEnabled(GL_DEPTH_TEST);
    boolean cull = glIsEnabled(GL_CULL_FACE);
    int eqRgb = glGetInteger(GL_BLEND_EQUATION_RGB);
    int eqAlpha = glGetInteger(GL_BLEND_EQUATION_ALPHA);
    try {
      glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer.id());
      glViewport(0, 0, width, height);
      glDisable(GL_SCISSOR_TEST);
      glDisable(GL_STENCIL_TEST);
      glDisable(GL_DEPTH_TEST);
      glDisable(GL_CULL_FACE);
      glColorMask(true, true, true, true);
      glEnable(GL_BLEND);
      glBlendEquation(batchEraser ? GL_MIN : GL_MAX);
      program.use();
      program.set("uSize", (float) width, (float) height);
      program.set("uErase", batchEraser ? 1 : 0);
      batch.flip();
      mesh.draw(GL_TRIANGLES, batch, batchSegments * VERTICES_PER_SEGMENT);
      unsynced = true;
    } finally {
      batch.clear();
      batchSegments = 0;
      glBlendEquationSeparate(eqRgb, eqAlpha);
      setEnabled(GL_BLEND, blend);
      setEnabled(GL_SCISSOR_TEST, scissor);
      setEnabled(GL_STENCIL_TEST, stencil);
      setEnabled(GL_DEPTH_TEST, depth);
      setEnabled(GL_CULL_FACE, cull);
      glUseProgram(prevProgram);
      glBindFramebuffer(GL_DRAW_FRAMEBUFFER, prevFbo);
      glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    }
  }

  /**
   * Reads the canvas into {@code dst} ({@code width * height} bytes, 0 = black, 255 = full ink,
   * row 0 = top). Waits for the GPU. Returns the {@link #version()} the pixels belong to.
   */
  public long readGray(byte[] dst) {
    checkSize(dst.length);
    readInto(readBuffer);
    readBuffer.get(0, dst, 0, width * height);
    return version;
  }

  /** As {@link #readGray(byte[])} with values in [0, 1]. */
  public long readGray(float[] dst) {
    checkSize(dst.length);
    readInto(readBuffer);
    for (int i = 0, n = width * height; i < n; i++) {
      dst[i] = (readBuffer.get(i) & 0xFF) / 255f;
    }
    return version;
  }

  public byte[] readGray() {
    byte[] out = new byte[width * height];
    readGray(out);
    return out;
  }

  /**
   * Asks for a read-back without waiting: submits the pending strokes and places a fence after
   * them. A later {@link #pollReadback(byte[])} copies the pixels once the fence has passed, so the
   * copy never waits for rendering. A new request replaces an unfinished one.
   */
  public void requestReadback() {
    checkOpen();
    flush();
    if (fence != 0) {
      glDeleteSync(fence);
    }
    fence = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
    fenceVersion = version;
    glFlush();
  }

  /**
   * If the requested read-back is ready, copies the pixels (row 0 = top) into {@code dst} and
   * returns the {@link #version()} they were requested at; otherwise returns -1 at once. Strokes
   * added after the request may or may not be in the pixels; the returned version is then older
   * than {@link #version()}, which tells the caller to ask again.
   */
  public long pollReadback(byte[] dst) {
    checkOpen();
    checkSize(dst.length);
    if (fence == 0) {
      return -1;
    }
    int r = glClientWaitSync(fence, GL_SYNC_FLUSH_COMMANDS_BIT, 0L);
    if (r != GL_ALREADY_SIGNALED && r != GL_CONDITION_SATISFIED) {
      return -1;
    }
    glDeleteSync(fence);
    fence = 0;
    if (version == fenceVersion) {
      unsynced = false; // the fence covered every draw so far
    }
    // No glFinish: the fence has passed, so everything up to the requested version is in the
    // texture; later strokes may or may not be, and the older version returned says so.
    readPixels(readBuffer);
    readBuffer.get(0, dst, 0, width * height);
    return fenceVersion;
  }

  /** Saves the canvas as an 8-bit greyscale PNG (atomic write). */
  public void savePng(Path file) {
    Png.write(file, width, height, 1, readGray());
  }

  /** The GL texture (R8, swizzled to grey) after drawing pending segments, for the UI to draw. */
  public int textureId() {
    flush();
    sync();
    return texture.id();
  }

  /**
   * Waits for this canvas's draws before anything reads the texture. GL promises this implicitly,
   * but Mesa llvmpipe (22.3) was seen to read stale pixels (glReadPixels, and sampling in the UI)
   * after the texture had been sampled in the previous frame; an explicit glFinish, only after
   * new strokes, costs little and makes reads exact.
   */
  private void sync() {
    if (unsynced) {
      glFinish();
      unsynced = false;
    }
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
    if (fence != 0) {
      glDeleteSync(fence);
      fence = 0;
    }
    if (mesh != null) {
      mesh.close();
    }
    if (program != null) {
      program.close();
    }
    if (framebuffer != null) {
      framebuffer.close();
    }
    if (texture != null) {
      texture.close();
    }
    if (batch != null) {
      MemoryUtil.memFree(batch);
      batch = null;
    }
    if (readBuffer != null) {
      MemoryUtil.memFree(readBuffer);
      readBuffer = null;
    }
  }

  private void segment(Stroke s, float ax, float ay, float bx, float by) {
    segment(s.radius, s.eraser, ax, ay, bx, by);
  }

  private void segment(float r, boolean erase, float ax, float ay, float bx, float by) {
    if (batchSegments > 0 && batchEraser != erase) {
      flush();
    }
    if (batchSegments == BATCH_SEGMENTS) {
      flush();
    }
    batchEraser = erase;
    float e = r + 1.5f;
    float dx = bx - ax;
    float dy = by - ay;
    float len = (float) Math.sqrt(dx * dx + dy * dy);
    float ux = len > 0 ? dx / len : 1f;
    float uy = len > 0 ? dy / len : 0f;
    float nx = -uy;
    float ny = ux;
    // Oriented box around the capsule, one and a half pixels wider for the soft edge.
    float x0 = ax - ux * e + nx * e, y0 = ay - uy * e + ny * e;
    float x1 = ax - ux * e - nx * e, y1 = ay - uy * e - ny * e;
    float x2 = bx + ux * e - nx * e, y2 = by + uy * e - ny * e;
    float x3 = bx + ux * e + nx * e, y3 = by + uy * e + ny * e;
    vertex(x0, y0, ax, ay, bx, by, r);
    vertex(x1, y1, ax, ay, bx, by, r);
    vertex(x2, y2, ax, ay, bx, by, r);
    vertex(x0, y0, ax, ay, bx, by, r);
    vertex(x2, y2, ax, ay, bx, by, r);
    vertex(x3, y3, ax, ay, bx, by, r);
    batchSegments++;
    version++;
  }

  private void vertex(float x, float y, float ax, float ay, float bx, float by, float r) {
    batch.put(x).put(y).put(ax).put(ay).put(bx).put(by).put(r);
  }

  private void redraw() {
    batch.clear();
    batchSegments = 0;
    clearTexture();
    for (Stroke s : strokes) {
      float[] p = s.points;
      segment(s, p[0], p[1], p[0], p[1]);
      for (int i = 2; i + 1 < s.size; i += 2) {
        segment(s, p[i - 2], p[i - 1], p[i], p[i + 1]);
      }
    }
    flush();
  }

  /** Paints the whole canvas black with one eraser capsule covering everything (the stroke path). */
  private void clearTexture() {
    batch.clear();
    batchSegments = 0;
    float cx = width / 2f;
    float cy = height / 2f;
    segment(width + height, true, cx, cy, cx, cy);
    flush();
  }

  private void readInto(ByteBuffer dst) {
    checkOpen();
    flush();
    sync();
    readPixels(dst);
  }

  private void readPixels(ByteBuffer dst) {
    int prevRead = glGetInteger(GL_READ_FRAMEBUFFER_BINDING);
    int prevPack = glGetInteger(GL_PIXEL_PACK_BUFFER_BINDING);
    int prevAlign = glGetInteger(GL_PACK_ALIGNMENT);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer.id());
    glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    dst.clear();
    glReadPixels(0, 0, width, height, GL_RED, GL_UNSIGNED_BYTE, dst);
    glPixelStorei(GL_PACK_ALIGNMENT, prevAlign);
    glBindBuffer(GL_PIXEL_PACK_BUFFER, prevPack);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, prevRead);
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

  private static void setEnabled(int cap, boolean on) {
    if (on) {
      glEnable(cap);
    } else {
      glDisable(cap);
    }
  }
}
