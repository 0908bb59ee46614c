package dev.digitarcade.engine.softgl;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.GlState;
import dev.digitarcade.engine.gl.ShaderProgram;
import dev.digitarcade.engine.gl.StreamMesh;
import java.nio.FloatBuffer;
import org.lwjgl.system.MemoryStack;

/**
 * Draws one opaque texture into a rectangle with a minimal shader. On a software rasteriser the
 * general NanoVG fragment shader costs several times more per pixel; a canvas shown large is most
 * of a frame's pixels, so it takes this path when nothing (clip, saved state, alpha) needs NanoVG.
 *
 * <p>It runs between two NanoVG batches and puts back the program and texture unit 0; blending,
 * the tests and the colour mask are state NanoVG sets again at the start of every batch.
 */
final class TexturedQuad implements AutoCloseable {
  private static final String VERTEX =
      """
      #version 330 core
      layout(location = 0) in vec2 aPos;
      layout(location = 1) in vec2 aUv;
      uniform vec2 uView;
      out vec2 vUv;
      void main() {
        vUv = aUv;
        vec2 ndc = aPos / uView * 2.0 - 1.0;
        gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
      }
      """;
  private static final String FRAGMENT =
      """
      #version 330 core
      in vec2 vUv;
      uniform sampler2D uTex;
      out vec4 color;
      void main() {
        color = vec4(texture(uTex, vUv).rgb, 1.0);
      }
      """;

  private final ShaderProgram program;
  private final StreamMesh mesh;
  private final GlState saved = GlState.of(GlState.Part.PROGRAM, GlState.Part.TEXTURE_UNIT0);

  TexturedQuad() {
    program = new ShaderProgram("textured quad", VERTEX, FRAGMENT);
    mesh = new StreamMesh(4, 2, 2); // position, texture coordinate
  }

  /**
   * Draws {@code texture} (row 0 = top) into the window-coordinate rectangle given by its four
   * corners (top-left, top-right, bottom-left, bottom-right), on the bound framebuffer and viewport.
   */
  void draw(int texture, boolean nearest, float viewW, float viewH, float[] corners) {
    try (GlState s = saved.save()) { // texture unit 0 is active from here
      drawQuad(texture, nearest, viewW, viewH, corners);
    }
  }

  private void drawQuad(int texture, boolean nearest, float viewW, float viewH, float[] corners) {
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glColorMask(true, true, true, true);
    program.use();
    program.set("uView", viewW, viewH);
    program.set("uTex", 0);
    glBindTexture(GL_TEXTURE_2D, texture);
    int filter = nearest ? GL_NEAREST : GL_LINEAR;
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
    try (MemoryStack stack = MemoryStack.stackPush()) {
      FloatBuffer v = stack.mallocFloat(16);
      v.put(corners[0]).put(corners[1]).put(0f).put(0f);
      v.put(corners[2]).put(corners[3]).put(1f).put(0f);
      v.put(corners[4]).put(corners[5]).put(0f).put(1f);
      v.put(corners[6]).put(corners[7]).put(1f).put(1f);
      v.flip();
      mesh.draw(GL_TRIANGLE_STRIP, v, 4);
    }
  }

  @Override
  public void close() {
    program.close();
    mesh.close();
  }
}
