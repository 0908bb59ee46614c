package dev.digitarcade.engine.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.testing.HeadlessGl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShaderProgramTest {
  private static HeadlessGl gl;

  private static final String VS = """
      #version 330 core
      layout(location = 0) in vec2 aPos;
      void main() { gl_Position = vec4(aPos, 0.0, 1.0); }
      """;

  @BeforeAll
  static void open() {
    gl = new HeadlessGl(32, 32);
  }

  @AfterAll
  static void close() {
    gl.close();
  }

  @Test
  void aGoodProgramLinksAndCloseIsIdempotent() {
    ShaderProgram p = new ShaderProgram("ok", VS, """
        #version 330 core
        uniform float uValue;
        out vec4 color;
        void main() { color = vec4(uValue); }
        """);
    assertThat(glIsProgram(p.id())).isTrue();
    assertThat(p.uniform("uValue")).isGreaterThanOrEqualTo(0);
    int id = p.id();
    p.close();
    p.close();
    assertThat(glIsProgram(id)).isFalse();
    assertThatThrownBy(p::id).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aShaderThatFailsToCompileThrowsWithTheDriversLog() {
    assertThatThrownBy(() -> new ShaderProgram("broken", VS, """
            #version 330 core
            out vec4 color;
            void main() { color = vec4(1.0) +; }
            """))
        .isInstanceOf(ShaderException.class)
        .hasMessageStartingWith("fragment shader of 'broken' failed to compile:")
        .satisfies(e -> {
          String log = ((ShaderException) e).infoLog();
          assertThat(log).isNotBlank().containsIgnoringCase("error");
          assertThat(e.getMessage()).contains(log.strip());
        });
    assertThat(glGetError()).isEqualTo(GL_NO_ERROR);
  }

  @Test
  void aProgramThatFailsToLinkThrowsWithTheLinkLog() {
    assertThatThrownBy(() -> new ShaderProgram("unlinked", VS, """
            #version 330 core
            out vec4 color;
            void paint() { color = vec4(1.0); }
            """))
        .isInstanceOf(ShaderException.class)
        .hasMessageStartingWith("shader program 'unlinked' failed to link:")
        .satisfies(e -> assertThat(((ShaderException) e).infoLog()).contains("main"));
  }
}
