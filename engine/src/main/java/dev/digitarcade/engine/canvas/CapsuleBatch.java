package dev.digitarcade.engine.canvas;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.GlState;
import dev.digitarcade.engine.gl.ShaderProgram;
import dev.digitarcade.engine.gl.StreamMesh;
import java.nio.FloatBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * The brush's drawing: capsules (segments with round caps, a one-pixel anti-aliased edge) queued
 * and drawn in one call into a canvas framebuffer, ink with MAX blending and the eraser with MIN,
 * so overlapping capsules never darken or brighten their joints. One batch holds capsules of one
 * kind (ink or eraser) and at most {@value #SEGMENTS} of them; {@link #accepts} tells the canvas
 * when to draw the batch first.
 */
final class CapsuleBatch implements AutoCloseable {
  private static final int FLOATS_PER_VERTEX = 7;
  private static final int VERTICES_PER_SEGMENT = 6;
  static final int SEGMENTS = 2048;

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

  private final int width;
  private final int height;
  private ShaderProgram program;
  private StreamMesh mesh;
  private FloatBuffer vertices;
  private int segments;
  private boolean eraser;
  private final GlState saved = GlState.of(GlState.Part.DRAW_FRAMEBUFFER, GlState.Part.VIEWPORT,
      GlState.Part.PROGRAM, GlState.Part.CAPABILITIES, GlState.Part.BLEND_EQUATION);

  /** A batch for a canvas of {@code width x height} pixels. */
  CapsuleBatch(int width, int height) {
    this.width = width;
    this.height = height;
    try {
      program = new ShaderProgram("brush", VERTEX, FRAGMENT);
      // aPos, aSeg (the segment's two end points), aRadius: FLOATS_PER_VERTEX floats
      mesh = new StreamMesh(SEGMENTS * VERTICES_PER_SEGMENT, 2, 4, 1);
      vertices = MemoryUtil.memAllocFloat(SEGMENTS * VERTICES_PER_SEGMENT * FLOATS_PER_VERTEX);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Whether a capsule of this kind can join the batch (else draw the batch first). */
  boolean accepts(boolean erase) {
    return segments == 0 || (erase == eraser && segments < SEGMENTS);
  }

  /**
   * Queues the capsule from {@code a} to {@code b} of radius {@code r} (canvas pixels); the batch
   * must {@linkplain #accepts accept} it.
   */
  void add(float r, boolean erase, float ax, float ay, float bx, float by) {
    if (!accepts(erase)) {
      throw new IllegalStateException("the batch is full or holds capsules of the other kind");
    }
    eraser = erase;
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
    segments++;
  }

  private void vertex(float x, float y, float ax, float ay, float bx, float by, float r) {
    vertices.put(x).put(y).put(ax).put(ay).put(bx).put(by).put(r);
  }

  /** Forgets the queued capsules. */
  void discard() {
    vertices.clear();
    segments = 0;
  }

  /**
   * Draws the queued capsules into {@code framebuffer} and empties the batch, leaving the GL state
   * it changes as it was. Returns whether anything was drawn.
   */
  boolean draw(int framebuffer) {
    if (segments == 0) {
      return false;
    }
    try (GlState s = saved.save()) {
      glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
      glViewport(0, 0, width, height);
      glDisable(GL_SCISSOR_TEST);
      glDisable(GL_STENCIL_TEST);
      glDisable(GL_DEPTH_TEST);
      glDisable(GL_CULL_FACE);
      glColorMask(true, true, true, true);
      glEnable(GL_BLEND);
      glBlendEquation(eraser ? GL_MIN : GL_MAX);
      program.use();
      program.set("uSize", (float) width, (float) height);
      program.set("uErase", eraser ? 1 : 0);
      vertices.flip();
      mesh.draw(GL_TRIANGLES, vertices, segments * VERTICES_PER_SEGMENT);
    } finally {
      discard();
    }
    return true;
  }

  @Override
  public void close() {
    if (mesh != null) {
      mesh.close();
      mesh = null;
    }
    if (program != null) {
      program.close();
      program = null;
    }
    if (vertices != null) {
      MemoryUtil.memFree(vertices);
      vertices = null;
    }
  }
}
