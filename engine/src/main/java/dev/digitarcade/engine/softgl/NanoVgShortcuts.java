package dev.digitarcade.engine.softgl;

import static org.lwjgl.nanovg.NanoVG.nvgBeginFrame;
import static org.lwjgl.nanovg.NanoVG.nvgCurrentTransform;
import static org.lwjgl.nanovg.NanoVG.nvgEndFrame;
import static org.lwjgl.nanovg.NanoVG.nvgTransform;

import java.util.function.Consumer;

/**
 * Cheaper ways to draw what costs most on llvmpipe, for one NanoVG context (made by {@link
 * SoftGl#nanoVg}):
 *
 * <ul>
 *   <li>NanoVG's program relinked with a lean fragment shader of the same interface and the same
 *       pixels ({@link NanoVgFragmentShader}; about 20% less CPU per NanoVG pixel);
 *   <li>large plain fills drawn by a signed-distance shader ({@link FastFill}; about 4 ns per pixel
 *       against NanoVG's 25);
 *   <li>opaque textures (a canvas shown large) drawn by a one-sample shader ({@link TexturedQuad}).
 * </ul>
 *
 * <p>The last two are drawn between two NanoVG batches: NanoVG draws what it has so far, the
 * shortcut draws, NanoVG carries on with the same transform, so the drawing order is kept. The
 * caller only asks when its NanoVG state is plain (no clip, saved state or global alpha); a
 * rotated or mirrored transform is left to NanoVG here. Every {@code fill}/{@code texture} returns
 * whether it drew; false means "draw it with NanoVG".
 */
public final class NanoVgShortcuts implements AutoCloseable {
  /**
   * Fills covering at least this many framebuffer pixels skip NanoVG. On llvmpipe a NanoVG fill
   * pixel costs about 25 ns, a fast-fill pixel about 4 ns, and breaking NanoVG's batch for one fast
   * fill about 15 us: the fast path wins from about 600 pixels on.
   */
  static final float FAST_FILL_MIN_PIXELS = 1024f;

  private final long vg;
  private NanoVgFragmentShader leanShader;
  private FastFill fastFill;
  private TexturedQuad quad;
  private float frameWidth;
  private float frameHeight;
  private float pixelRatio;
  private final float[] xform = new float[6];
  private final float[] corners = new float[8];

  private NanoVgShortcuts(long vg) {
    this.vg = vg;
  }

  /** No shortcuts: NanoVG draws everything with its own shader. */
  static NanoVgShortcuts none() {
    return new NanoVgShortcuts(0L);
  }

  static NanoVgShortcuts installed(long vg, Consumer<String> log) {
    NanoVgShortcuts s = new NanoVgShortcuts(vg);
    try {
      NanoVgFragmentShader.Installation lean = NanoVgFragmentShader.install();
      s.leanShader = lean.shader();
      if (lean.shader() == null) {
        log.accept("engine: NanoVG keeps its own fragment shader (the lean one could not be installed: "
            + lean.problem() + ")");
      }
      s.fastFill = new FastFill();
      s.quad = new TexturedQuad();
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /** Whether NanoVG draws with the lean fragment shader. */
  boolean leanShaderInUse() {
    return leanShader != null && leanShader.inUse();
  }

  /**
   * Links the lean shader in or NanoVG's own back (tests compare the two); returns whether the
   * lean one is in use afterwards.
   */
  boolean useLeanShader(boolean on) {
    if (leanShader != null) {
      leanShader.use(on);
    }
    return leanShaderInUse();
  }

  /** A frame starts: window size in window units, framebuffer pixels per unit. */
  public void beginFrame(float windowWidth, float windowHeight, float framebufferPixelsPerUnit) {
    frameWidth = windowWidth;
    frameHeight = windowHeight;
    pixelRatio = framebufferPixelsPerUnit;
  }

  /**
   * Fills the rectangle (window units, under NanoVG's current transform) with corner radius
   * {@code radius} and the straight-alpha colour {@code (r, g, b, a)}, if it is large and the
   * transform only scales and translates. Returns whether it drew.
   */
  public boolean fill(float x, float y, float w, float h, float radius, float r, float g, float b, float a) {
    if (fastFill == null || !(w > 0f) || !(h > 0f)) {
      return false;
    }
    nvgCurrentTransform(vg, xform);
    if (xform[1] != 0f || xform[2] != 0f || !(xform[0] > 0f) || !(xform[3] > 0f)) {
      return false;
    }
    float s = pixelRatio;
    float x0 = (xform[0] * x + xform[4]) * s;
    float y0 = (xform[3] * y + xform[5]) * s;
    float x1 = x0 + xform[0] * w * s;
    float y1 = y0 + xform[3] * h * s;
    if ((x1 - x0) * (y1 - y0) < FAST_FILL_MIN_PIXELS) {
      return false;
    }
    nvgEndFrame(vg);
    fastFill.fill(x0, y0, x1, y1, radius * Math.min(xform[0], xform[3]) * s, r, g, b, a,
        Math.round(frameWidth * s), Math.round(frameHeight * s));
    resumeNanoVg();
    return true;
  }

  /**
   * Draws the opaque texture {@code textureId} (row 0 = top) into the rectangle (window units,
   * under NanoVG's current transform, which may be any affine one). Returns whether it drew.
   */
  public boolean texture(int textureId, boolean nearest, float x, float y, float w, float h) {
    if (quad == null) {
      return false;
    }
    nvgCurrentTransform(vg, xform);
    nvgEndFrame(vg);
    corner(0, x, y);
    corner(1, x + w, y);
    corner(2, x, y + h);
    corner(3, x + w, y + h);
    quad.draw(textureId, nearest, frameWidth, frameHeight, corners);
    resumeNanoVg();
    return true;
  }

  /** NanoVG carries on after a shortcut: a new batch with the transform it had. */
  private void resumeNanoVg() {
    nvgBeginFrame(vg, frameWidth, frameHeight, pixelRatio);
    nvgTransform(vg, xform[0], xform[1], xform[2], xform[3], xform[4], xform[5]);
  }

  private void corner(int i, float x, float y) {
    corners[2 * i] = xform[0] * x + xform[2] * y + xform[4];
    corners[2 * i + 1] = xform[1] * x + xform[3] * y + xform[5];
  }

  /** Releases the shortcuts' programs and meshes (NanoVG's own program stays NanoVG's). Idempotent. */
  @Override
  public void close() {
    if (quad != null) {
      quad.close();
      quad = null;
    }
    if (fastFill != null) {
      fastFill.close();
      fastFill = null;
    }
    if (leanShader != null) {
      leanShader.close();
      leanShader = null;
    }
  }
}
