package dev.digitarcade.engine.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.testing.HeadlessGl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlDebugOutputTest {
  @Test
  void aGlErrorBecomesOneLineNamingTheCallAndStopsWhenClosed() {
    List<String> lines = new ArrayList<>();
    try (HeadlessGl gl = new HeadlessGl(32, 32)) {
      try (GlDebugOutput debug = GlDebugOutput.install(lines::add)) {
        assertThat(debug).isNotNull();
        glBindTexture(0x1234, 1);
        assertThat(glGetError()).isEqualTo(GL_INVALID_ENUM); // the error is still GL's to report
      }
      assertThat(lines).singleElement().asString()
          .startsWith("GL debug: high error from API")
          .contains("GL_INVALID_ENUM", "glBindTexture")
          .doesNotContain("\n");
      glBindTexture(0x1234, 1);
      glGetError();
      assertThat(lines).hasSize(1);
    }
  }

  @Test
  void namesAreReadable() {
    assertThat(GlDebugOutput.line(0x8246, 0x8250, 7, 0x9148, " slow path\n taken\n"))
        .isEqualTo("GL debug: low performance from API (id 7): slow path  taken");
  }
}
