package dev.digitarcade.engine.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.testing.HeadlessGl;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lwjgl.BufferUtils;

class FramebufferTest {
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
  void aColourTextureMakesACompleteFramebufferThatRendersIntoIt() {
    try (Texture2D tex = new Texture2D(16, 8, Texture2D.Format.RGBA8, false);
        Framebuffer fb = new Framebuffer(tex)) {
      glBindFramebuffer(GL_FRAMEBUFFER, fb.id());
      glViewport(0, 0, 16, 8);
      glClearColor(0f, 1f, 0f, 1f);
      glClear(GL_COLOR_BUFFER_BIT);
      ByteBuffer px = BufferUtils.createByteBuffer(4);
      glReadPixels(15, 7, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, px);
      glBindFramebuffer(GL_FRAMEBUFFER, 0);
      assertThat(new int[] {px.get(0) & 255, px.get(1) & 255, px.get(2) & 255}).containsExactly(0, 255, 0);
    }
  }

  @Test
  void aTextureGlCannotRenderToGivesAnIncompleteFramebufferThatThrows() {
    // RGB9_E5 is a texture format but not colour-renderable in GL 3.3.
    try (Texture2D shared = new Texture2D(4, 4, Texture2D.Format.RGBA8, GL_RGB9_E5, GL_RGB, false)) {
      assertThatThrownBy(() -> new Framebuffer(shared))
          .isInstanceOf(FramebufferException.class)
          .hasMessageContaining("is incomplete: GL_FRAMEBUFFER_")
          .satisfies(e -> assertThat(((FramebufferException) e).status()).isNotEqualTo(GL_FRAMEBUFFER_COMPLETE));
    }
    assertThat(glGetInteger(GL_FRAMEBUFFER_BINDING)).isZero();
  }

  @Test
  void closingTwiceIsHarmless() {
    Texture2D tex = new Texture2D(4, 4, Texture2D.Format.R8, true);
    Framebuffer fb = new Framebuffer(tex);
    int id = fb.id();
    fb.close();
    fb.close();
    tex.close();
    tex.close();
    assertThat(glIsFramebuffer(id)).isFalse();
  }
}
