package dev.digitarcade.engine.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramePacerTest {
  private final List<Integer> intervals = new ArrayList<>();

  @Test
  void vsyncThatDoesNothingIsReplacedByTheFrameCap() {
    FramePacer p = new FramePacer(EngineConfig.builder("t").build(), intervals::add, false);
    assertThat(intervals).containsExactly(1);
    assertThat(p.capActive()).isFalse();
    for (int i = 0; i < 29; i++) {
      p.observe(2_000_000L); // 2 ms frames: swap did not wait for a refresh
    }
    assertThat(p.capActive()).isFalse();
    p.observe(2_000_000L);
    assertThat(p.capActive()).isTrue();
  }

  @Test
  void vsyncThatPacesFramesKeepsTheCapOff() {
    FramePacer p = new FramePacer(EngineConfig.builder("t").build(), intervals::add, false);
    for (int i = 0; i < 300; i++) {
      p.observe(16_600_000L);
    }
    assertThat(p.capActive()).isFalse();
  }

  @Test
  void slowFramesFirstThenFastOnesStillTurnTheCapOn() {
    FramePacer p = new FramePacer(EngineConfig.builder("t").build(), intervals::add, false);
    for (int i = 0; i < 60; i++) {
      p.observe(30_000_000L); // a busy machine: no verdict yet
    }
    assertThat(p.capActive()).isFalse();
    for (int i = 0; i < 30; i++) {
      p.observe(1_000_000L);
    }
    assertThat(p.capActive()).isTrue();
  }

  @Test
  void headlessOrNoVsyncUsesTheCapAtOnceAndSimulatedTimeNeverWaits() {
    assertThat(new FramePacer(EngineConfig.builder("t").headless(true).build(), intervals::add, false).capActive()).isTrue();
    assertThat(new FramePacer(EngineConfig.builder("t").vsync(false).build(), intervals::add, false).capActive()).isTrue();
    assertThat(new FramePacer(EngineConfig.builder("t").vsync(false).frameCap(0).build(), intervals::add, false)
        .capActive()).isFalse();
    assertThat(new FramePacer(EngineConfig.builder("t").build(), intervals::add, true).capActive()).isFalse();
    assertThat(intervals).containsExactly(0, 0, 0, 0);
  }
}
