package dev.digitarcade.engine.softgl;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.GlState;
import dev.digitarcade.engine.gl.ShaderProgram;
import dev.digitarcade.engine.gl.StreamMesh;
import java.nio.FloatBuffer;
import org.lwjgl.system.MemoryStack;

/**
 * Fills an axis-aligned (rounded) rectangle with a solid colour and a one-pixel anti-aliased edge,
 * using a signed-distance shader far simpler than NanoVG's general one. Large fills are most of a
 * frame's pixels on a software rasteriser, so the UI sends big plain fills here.
 *
 * <p>It runs between two NanoVG batches and puts back only the program: blending, the tests and
 * the colour mask it sets are state NanoVG sets again at the start of every batch it draws.
 */
final class FastFill implements AutoCloseable {
  private static final String VERTEX =
      """
      #version 330 core
      layout(location = 0) in vec2 aPos;
      uniform vec2 uViewport;
      void main() {
        gl_Position = vec4(aPos / uViewport * 2.0 - 1.0, 0.0, 1.0);
      }
      """;
  private static final String FRAGMENT =
      """
      #version 330 core
      uniform vec4 uRect;   // centre x, centre y, half width, half height (framebuffer pixels, y up)
      uniform float uRadius;
      uniform vec4 uColor;  // straight alpha
      out vec4 color;
      void main() {
        vec2 q = abs(gl_FragCoord.xy - uRect.xy) - (uRect.zw - vec2(uRadius));
        float d = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - uRadius;
        float coverage = clamp(0.5 - d, 0.0, 1.0);
        if (coverage <= 0.0) discard;
        color = vec4(uColor.rgb, uColor.a * coverage);
      }
      """;

  private final ShaderProgram program;
  private final StreamMesh mesh;
  private final GlState saved = GlState.of(GlState.Part.PROGRAM);

  FastFill() {
    program = new ShaderProgram("fast fill", VERTEX, FRAGMENT);
    mesh = new StreamMesh(4, 2); // position
  }

  /**
   * Fills the rectangle {@code (x0, y0)-(x1, y1)} given in framebuffer pixels with y down (as the
   * UI), corner radius in pixels, colour {@code (r, g, b, a)} with straight alpha, on the bound
   * framebuffer whose height is {@code fbHeight}.
   */
  void fill(float x0, float y0, float x1, float y1, float radius, float r, float g, float b, float a,
      int fbWidth, int fbHeight) {
    try (GlState s = saved.save()) {
      draw(x0, y0, x1, y1, radius, r, g, b, a, fbWidth, fbHeight);
    }
  }

  private void draw(float x0, float y0, float x1, float y1, float radius, float r, float g, float b, float a,
      int fbWidth, int fbHeight) {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glColorMask(true, true, true, true);
    program.use();
    program.set("uViewport", (float) fbWidth, (float) fbHeight);
    // GL window coordinates have y up.
    float gy0 = fbHeight - y1;
    float gy1 = fbHeight - y0;
    glUniform4f(program.uniform("uRect"), (x0 + x1) / 2, (gy0 + gy1) / 2, (x1 - x0) / 2, (gy1 - gy0) / 2);
    program.set("uRadius", Math.max(0f, Math.min(radius, Math.min(x1 - x0, y1 - y0) / 2)));
    glUniform4f(program.uniform("uColor"), r, g, b, a);
    try (MemoryStack stack = MemoryStack.stackPush()) {
      FloatBuffer v = stack.mallocFloat(8);
      float ax = x0 - 1;
      float bx = x1 + 1;
      float ay = gy0 - 1;
      float by = gy1 + 1;
      v.put(ax).put(ay).put(bx).put(ay).put(ax).put(by).put(bx).put(by).flip();
      mesh.draw(GL_TRIANGLE_STRIP, v, 4);
    }
  }

  @Override
  public void close() {
    program.close();
    mesh.close();
  }
}
