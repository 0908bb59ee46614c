package dev.digitarcade.model.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {

  @Test
  void findsTheMarkedAssetsDirectoryAboveTheCode(@TempDir Path tmp) throws Exception {
    Path assets = Files.createDirectories(tmp.resolve("app/assets"));
    Files.writeString(assets.resolve(Installation.MARKER), "marker");
    Path jar = Files.createDirectories(tmp.resolve("app/game/target/lib")).resolve("model.jar");
    Files.writeString(jar, "");
    Installation install = Installation.fromCode(jar);
    assertThat(install.assets()).contains(assets);
    assertThat(install.resolve("model")).isEqualTo(assets.resolve("model"));
  }

  @Test
  void ignoresAnUnmarkedAssetsDirectoryAndTheWorkingDirectory(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("app/lib/assets/model")); // no marker: not ours
    Path code = Files.createDirectories(tmp.resolve("app/lib/classes"));
    Installation install = Installation.fromCode(code);
    assertThat(install.assets()).isEmpty();
    Path cwdAssets = Path.of("").toAbsolutePath().resolve("assets");
    assertThat(install.searched()).doesNotContain(cwdAssets).first().isEqualTo(code.resolve("assets"));
    assertThat(install.resolve("model")).isEqualTo(code.resolve("assets/model"));
  }

  @Test
  void looksNoMoreThanThreeLevelsUp(@TempDir Path tmp) throws Exception {
    Path assets = Files.createDirectories(tmp.resolve("assets"));
    Files.writeString(assets.resolve(Installation.MARKER), "marker");
    Path deep = Files.createDirectories(tmp.resolve("a/b/c/d"));
    assertThat(Installation.fromCode(deep).assets()).isEmpty();
    assertThat(Installation.fromCode(deep.getParent()).assets()).contains(assets);
  }

  @Test
  void theRunningBuildFindsTheRepositoryAssets() {
    Path assets = Installation.current().assets().orElseThrow();
    assertThat(assets.resolve("fonts/DejaVuSans.ttf")).isRegularFile();
    assertThat(assets.resolve("model/saved_model.pb")).isRegularFile();
  }
}
