package dev.digitarcade.engine.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.testing.HeadlessGl;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lwjgl.BufferUtils;

class StreamMeshTest {
  private static final String VERTEX =
      """
      #version 330 core
      layout(location = 0) in vec2 aPos;
      layout(location = 1) in float aGreen;
      out float vGreen;
      void main() {
        vGreen = aGreen;
        gl_Position = vec4(aPos, 0.0, 1.0);
      }
      """;
  private static final String FRAGMENT =
      """
      #version 330 core
      in float vGreen;
      out vec4 color;
      void main() {
        color = vec4(0.0, vGreen, 0.0, 1.0);
      }
      """;

  private static HeadlessGl gl;

  @BeforeAll
  static void open() {
    gl = new HeadlessGl(32, 32);
  }

  @AfterAll
  static void close() {
    gl.close();
  }

  @Test
  void drawsInterleavedAttributesAndRestoresTheBindings() {
    int otherVao = glGenVertexArrays();
    int otherVbo = glGenBuffers();
    try (Texture2D tex = new Texture2D(8, 8, Texture2D.Format.RGBA8, false);
        Framebuffer fb = new Framebuffer(tex);
        ShaderProgram program = new ShaderProgram("mesh test", VERTEX, FRAGMENT)) {
      glBindVertexArray(otherVao);
      glBindBuffer(GL_ARRAY_BUFFER, otherVbo);
      try (StreamMesh mesh = new StreamMesh(4, 2, 1)) {
        assertThat(mesh.floatsPerVertex()).isEqualTo(3);
        assertThat(glGetInteger(GL_VERTEX_ARRAY_BINDING)).isEqualTo(otherVao);
        assertThat(glGetInteger(GL_ARRAY_BUFFER_BINDING)).isEqualTo(otherVbo);

        glBindFramebuffer(GL_FRAMEBUFFER, fb.id());
        glViewport(0, 0, 8, 8);
        glClearColor(0f, 0f, 0f, 1f);
        glClear(GL_COLOR_BUFFER_BIT);
        program.use();
        // The left half of the target, green 1.0 (a strip of two triangles).
        FloatBuffer v = BufferUtils.createFloatBuffer(12);
        v.put(new float[] {-1, -1, 1, 0, -1, 1, -1, 1, 1, 0, 1, 1}).flip();
        mesh.draw(GL_TRIANGLE_STRIP, v, 4);
        assertThat(v.position()).isZero();
        assertThat(glGetInteger(GL_VERTEX_ARRAY_BINDING)).isEqualTo(otherVao);
        assertThat(glGetInteger(GL_ARRAY_BUFFER_BINDING)).isEqualTo(otherVbo);

        ByteBuffer px = BufferUtils.createByteBuffer(8 * 4);
        glReadPixels(0, 4, 8, 1, GL_RGBA, GL_UNSIGNED_BYTE, px);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glUseProgram(0);
        for (int x = 0; x < 8; x++) {
          assertThat(px.get(x * 4 + 1) & 255).as("green at x=%d", x).isEqualTo(x < 4 ? 255 : 0);
        }
      }
    } finally {
      glBindVertexArray(0);
      glBindBuffer(GL_ARRAY_BUFFER, 0);
      glDeleteBuffers(otherVbo);
      glDeleteVertexArrays(otherVao);
    }
  }

  @Test
  void rejectsBadLayoutsAndOversizedDraws() {
    assertThatThrownBy(() -> new StreamMesh(0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StreamMesh(4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StreamMesh(4, 5)).isInstanceOf(IllegalArgumentException.class);
    try (StreamMesh mesh = new StreamMesh(2, 2)) {
      FloatBuffer tooMany = BufferUtils.createFloatBuffer(6);
      assertThatThrownBy(() -> mesh.draw(GL_TRIANGLES, tooMany, 3)).isInstanceOf(IllegalArgumentException.class);
      FloatBuffer two = BufferUtils.createFloatBuffer(4);
      assertThatThrownBy(() -> mesh.draw(GL_POINTS, two, 3)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void closingTwiceIsHarmlessAndAClosedMeshRefusesToDraw() {
    StreamMesh mesh = new StreamMesh(4, 2);
    assertThat(mesh.isClosed()).isFalse();
    mesh.close();
    mesh.close();
    assertThat(mesh.isClosed()).isTrue();
    assertThatThrownBy(() -> mesh.draw(GL_POINTS, BufferUtils.createFloatBuffer(2), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
