package dev.digitarcade.engine.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.testing.HeadlessGl;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lwjgl.system.MemoryStack;

class GlStateTest {
  private static HeadlessGl gl;

  @BeforeAll
  static void open() {
    gl = new HeadlessGl(32, 32);
  }

  @AfterAll
  static void close() {
    gl.close();
  }

  @AfterEach
  void noGlErrors() {
    assertThat(glGetError()).as("GL error left behind").isEqualTo(GL_NO_ERROR);
  }

  @Test
  void whatWasSavedComesBackAndNothingElseIsTouched() {
    try (Texture2D a = new Texture2D(4, 4, Texture2D.Format.RGBA8, false);
        Texture2D b = new Texture2D(4, 4, Texture2D.Format.RGBA8, false);
        Framebuffer fa = new Framebuffer(a);
        Framebuffer fb = new Framebuffer(b)) {
      glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fa.id());
      glBindFramebuffer(GL_READ_FRAMEBUFFER, fb.id());
      glViewport(1, 2, 3, 4);
      glEnable(GL_BLEND);
      glDisable(GL_SCISSOR_TEST);
      glEnable(GL_CULL_FACE);
      glBlendEquationSeparate(GL_MAX, GL_FUNC_ADD);
      glColorMask(true, false, true, false);
      glActiveTexture(GL_TEXTURE3);
      glPixelStorei(GL_PACK_ALIGNMENT, 8);
      GlState state = GlState.of(GlState.Part.FRAMEBUFFERS, GlState.Part.VIEWPORT, GlState.Part.CAPABILITIES,
          GlState.Part.BLEND_EQUATION, GlState.Part.COLOR_MASK, GlState.Part.TEXTURE_UNIT0, GlState.Part.PIXEL_PACK);
      try (GlState s = state.save()) {
        assertThat(glGetInteger(GL_ACTIVE_TEXTURE)).as("saving makes unit 0 active").isEqualTo(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, a.id());
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, 32, 32);
        glDisable(GL_BLEND);
        glEnable(GL_SCISSOR_TEST);
        glDisable(GL_CULL_FACE);
        glBlendEquation(GL_MIN);
        glColorMask(false, true, false, true);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
      }
      assertThat(glGetInteger(GL_DRAW_FRAMEBUFFER_BINDING)).isEqualTo(fa.id());
      assertThat(glGetInteger(GL_READ_FRAMEBUFFER_BINDING)).isEqualTo(fb.id());
      int[] viewport = new int[4];
      glGetIntegerv(GL_VIEWPORT, viewport);
      assertThat(viewport).containsExactly(1, 2, 3, 4);
      assertThat(new boolean[] {glIsEnabled(GL_BLEND), glIsEnabled(GL_SCISSOR_TEST), glIsEnabled(GL_CULL_FACE)})
          .containsExactly(true, false, true);
      assertThat(glGetInteger(GL_BLEND_EQUATION_RGB)).isEqualTo(GL_MAX);
      assertThat(glGetInteger(GL_BLEND_EQUATION_ALPHA)).isEqualTo(GL_FUNC_ADD);
      assertThat(colorMask()).containsExactly(1, 0, 1, 0);
      assertThat(glGetInteger(GL_ACTIVE_TEXTURE)).isEqualTo(GL_TEXTURE3);
      glActiveTexture(GL_TEXTURE0);
      assertThat(glGetInteger(GL_TEXTURE_BINDING_2D)).isZero();
      assertThat(glGetInteger(GL_PACK_ALIGNMENT)).isEqualTo(8);
      // A part not named is left as it is.
      glUseProgram(0);
      try (GlState s = GlState.of(GlState.Part.VIEWPORT).save()) {
        glBlendEquation(GL_FUNC_ADD);
      }
      assertThat(glGetInteger(GL_BLEND_EQUATION_RGB)).isEqualTo(GL_FUNC_ADD);
      glBindFramebuffer(GL_FRAMEBUFFER, 0);
      glPixelStorei(GL_PACK_ALIGNMENT, 4);
      glColorMask(true, true, true, true);
      glDisable(GL_BLEND);
      glDisable(GL_CULL_FACE);
    }
  }

  @Test
  void oneSaverHoldsOneStateAtATime() {
    GlState state = GlState.of(GlState.Part.PROGRAM);
    state.save();
    assertThatThrownBy(state::save).isInstanceOf(IllegalStateException.class);
    state.close();
    state.close(); // restoring twice does nothing more
    try (GlState s = state.save()) {
      assertThat(s).isSameAs(state);
    }
  }

  private static int[] colorMask() {
    try (MemoryStack stack = MemoryStack.stackPush()) {
      ByteBuffer m = stack.malloc(4);
      glGetBooleanv(GL_COLOR_WRITEMASK, m);
      return new int[] {m.get(0), m.get(1), m.get(2), m.get(3)};
    }
  }
}
