package dev.digitarcade.engine.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.loop.ManualClock;
import dev.digitarcade.engine.ui.Color;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EngineConfigTest {
  @Test
  void theBuilderStartsFromTheDefaults() {
    EngineConfig c = EngineConfig.builder("t").build();
    assertThat(c.title()).isEqualTo("t");
    assertThat(new int[] {c.width(), c.height(), c.frameCap(), c.statsKey()}).containsExactly(960, 640, 60, Keys.F3);
    assertThat(new boolean[] {c.headless(), c.vsync(), c.showStats(), c.softGl(), c.glDebug()})
        .containsExactly(false, true, false, true, false);
    assertThat(c.time()).isEqualTo(EngineConfig.TimeMode.REAL);
    assertThat(c.clock()).isNull();
    assertThat(c.assetsDir()).isNull();
  }

  @Test
  void everySettingLandsAndToBuilderKeepsThemAll() {
    ManualClock clock = new ManualClock();
    EngineConfig c = EngineConfig.builder("t").size(320, 200).headless(true).vsync(false).frameCap(30)
        .simulated().clock(clock).assetsDir(Path.of("a")).statsKey(Keys.F1).showStats(true)
        .background(Color.BLACK).softGl(false).glDebug(true).minSize(300, 150).build();
    assertThat(c).isEqualTo(new EngineConfig("t", 320, 200, true, false, 30, EngineConfig.TimeMode.SIMULATED, clock,
        Path.of("a"), Keys.F1, true, Color.BLACK, false, true, 300, 150));
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.toBuilder().size(640, 400).build())
        .isEqualTo(new EngineConfig("t", 640, 400, true, false, 30, EngineConfig.TimeMode.SIMULATED, clock,
            Path.of("a"), Keys.F1, true, Color.BLACK, false, true, 300, 150));
    assertThatThrownBy(() -> EngineConfig.builder("t").size(640, 400).minSize(800, 600).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum window size");
  }

  @Test
  void buildChecksTheSettings() {
    assertThatThrownBy(() -> EngineConfig.builder("t").size(0, 10).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x10");
    assertThatThrownBy(() -> EngineConfig.builder("t").frameCap(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EngineConfig.builder(null).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
