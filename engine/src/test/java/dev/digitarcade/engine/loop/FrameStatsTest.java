package dev.digitarcade.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
  @Test
  void percentilesUseNearestRank() {
    long[] v = new long[100];
    for (int i = 0; i < 100; i++) {
      v[i] = (i + 1) * 1_000_000L;
    }
    assertThat(FrameStats.percentile(v, 0.50)).isEqualTo(50_000_000L);
    assertThat(FrameStats.percentile(v, 0.99)).isEqualTo(99_000_000L);
    assertThat(FrameStats.percentile(new long[] {7}, 0.99)).isEqualTo(7);
  }

  @Test
  void snapshotReportsTheRollingWindowAndFps() {
    FrameStats stats = new FrameStats(10);
    long t = 0;
    for (int i = 0; i < 30; i++) {
      t += 20_000_000L; // 50 fps
      stats.record(t, i < 20 ? 100_000_000L : 2_000_000L);
    }
    FrameStats.Snapshot s = stats.snapshot();
    assertThat(s.frames()).isEqualTo(30);
    // Only the last 10 frames (all 2 ms) are in the window.
    assertThat(s.p50Ms()).isCloseTo(2.0, within(1e-9));
    assertThat(s.p99Ms()).isCloseTo(2.0, within(1e-9));
    assertThat(s.fps()).isCloseTo(50.0, within(1e-6));
    assertThat(stats.window()).hasSize(10);
  }
}
