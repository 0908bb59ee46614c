package dev.digitarcade.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.app.Engine;
import dev.digitarcade.engine.app.EngineConfig;
import dev.digitarcade.engine.testing.HeadlessGl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFileTest {
  private static byte[] shipped() throws Exception {
    return Files.readAllBytes(HeadlessGl.root().resolve("assets/fonts").resolve(Font.REGULAR.file));
  }

  @Test
  void theShippedFontsPass() throws Exception {
    for (Font f : Font.values()) {
      assertThat(FontFile.problem(Files.readAllBytes(HeadlessGl.root().resolve("assets/fonts").resolve(f.file)))).isNull();
    }
  }

  @Test
  void truncatedDamagedAndForeignFilesAreNamed() throws Exception {
    byte[] font = shipped();
    assertThat(FontFile.problem(Arrays.copyOf(font, font.length / 3))).contains("truncated");
    assertThat(FontFile.problem(Arrays.copyOf(font, 40))).contains("does not fit");
    assertThat(FontFile.problem(new byte[0])).contains("0 bytes");
    assertThat(FontFile.problem("<html>not a font</html>".getBytes())).contains("no TrueType header");
  }

  @Test
  void aTruncatedFontIsAOneLineErrorNotACrash(@TempDir Path tmp) throws Exception {
    Path fonts = Files.createDirectories(tmp.resolve("fonts"));
    for (Font f : Font.values()) {
      byte[] bytes = Files.readAllBytes(HeadlessGl.root().resolve("assets/fonts").resolve(f.file));
      Files.write(fonts.resolve(f.file), Arrays.copyOf(bytes, bytes.length / 2));
    }
    assertThatThrownBy(() -> Engine.create(EngineConfig.builder("t").headless(true).simulated().assetsDir(tmp).build()))
        .isInstanceOf(EngineException.class).hasMessageStartingWith("not a usable TrueType font: ")
        .hasMessageContaining(Font.REGULAR.file).hasMessageNotContaining("\n");
  }
}
