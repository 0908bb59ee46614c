package dev.digitarcade.engine.app;

import dev.digitarcade.engine.window.Window;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps real-time frames from running faster than needed: vsync where it works, a sleep-based frame
 * cap where it does not. Vsync is judged over the first frames: if frames with swap interval 1 are
 * much shorter than the cap period (as under Xvfb or the headless platform), the cap takes over.
 */
final class FramePacer {
  private static final int PROBE_FRAMES = 30;

  private final long periodNanos;
  private boolean probing;
  private boolean capActive;
  private final long[] probe = new long[PROBE_FRAMES];
  private int probed;

  FramePacer(EngineConfig config, Window window, boolean simulated) {
    periodNanos = config.frameCap() > 0 ? 1_000_000_000L / config.frameCap() : 0L;
    if (simulated) {
      window.swapInterval(0);
      capActive = false;
    } else if (config.vsync() && !config.headless()) {
      window.swapInterval(1);
      probing = periodNanos > 0;
    } else {
      window.swapInterval(0);
      capActive = periodNanos > 0;
    }
  }

  /** Whether the sleep-based cap is in force (after the vsync probe, if any). */
  boolean capActive() {
    return capActive;
  }

  void pace(long frameStart, long workEnd) {
    if (probing) {
      probe[probed++] = workEnd - frameStart;
      if (probed == PROBE_FRAMES) {
        probing = false;
        long[] sorted = probe.clone();
        Arrays.sort(sorted);
        capActive = sorted[PROBE_FRAMES / 2] < periodNanos / 2;
      }
    }
    if (!capActive) {
      return;
    }
    long target = frameStart + periodNanos;
    long now;
    while ((now = System.nanoTime()) < target) {
      long left = target - now;
      if (left > 1_500_000L) {
        LockSupport.parkNanos(left - 1_000_000L);
      } else {
        Thread.onSpinWait();
      }
    }
  }
}
