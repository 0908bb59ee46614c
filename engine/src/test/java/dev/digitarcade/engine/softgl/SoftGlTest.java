package dev.digitarcade.engine.softgl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.engine.testing.HeadlessGl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftGlTest {
  @Test
  void offOnASoftwareRasteriserSaysInOneLineThatReadsMayBeStale() {
    List<String> log = new ArrayList<>();
    try (HeadlessGl gl = new HeadlessGl(32, 32)) {
      assertThat(SoftGl.of(true, log::add).checkDriver()).isFalse();
      assertThat(log).isEmpty();
      assertThat(SoftGl.of(false, log::add).checkDriver()).isTrue(); // these tests run on llvmpipe
    }
    assertThat(log).singleElement().asString()
        .startsWith("engine: software-GL shortcuts off on llvmpipe")
        .contains("stale")
        .doesNotContain("\n");
  }

  @Test
  void softwareRasterisersAreRecognised() {
    assertThat(SoftGl.softwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)")).isTrue();
    assertThat(SoftGl.softwareRenderer("softpipe")).isTrue();
    assertThat(SoftGl.softwareRenderer("Mesa Intel(R) UHD Graphics 620 (KBL GT2)")).isFalse();
  }

  @Test
  void theSystemPropertyTurnsTheDefaultOff() {
    String before = System.getProperty(SoftGl.PROPERTY);
    try {
      System.clearProperty(SoftGl.PROPERTY);
      assertThat(SoftGl.enabledByDefault()).isTrue();
      System.setProperty(SoftGl.PROPERTY, "off");
      assertThat(SoftGl.enabledByDefault()).isFalse();
      System.setProperty(SoftGl.PROPERTY, " FALSE ");
      assertThat(SoftGl.enabledByDefault()).isFalse();
      System.setProperty(SoftGl.PROPERTY, "on");
      assertThat(SoftGl.enabledByDefault()).isTrue();
    } finally {
      if (before == null) {
        System.clearProperty(SoftGl.PROPERTY);
      } else {
        System.setProperty(SoftGl.PROPERTY, before);
      }
    }
  }
}
