package dev.digitarcade.engine.app;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Keeps real-time frames from running faster than needed: vsync where it works, a sleep-based frame
 * cap where it does not. Vsync is judged on every run of 30 frames: as soon as the median frame
 * with swap interval 1 is much shorter than the cap period (as under Xvfb, where vsync does
 * nothing), the cap takes over for the rest of the run.
 */
final class FramePacer {
  private static final int PROBE_FRAMES = 30;

  private final long periodNanos;
  private boolean probing;
  private boolean capActive;
  private final long[] probe = new long[PROBE_FRAMES];
  private int probed;

  FramePacer(EngineConfig config, IntConsumer swapInterval, boolean simulated) {
    periodNanos = config.frameCap() > 0 ? 1_000_000_000L / config.frameCap() : 0L;
    if (simulated) {
      swapInterval.accept(0);
      capActive = false;
    } else if (config.vsync() && !config.headless()) {
      swapInterval.accept(1);
      probing = periodNanos > 0;
    } else {
      swapInterval.accept(0);
      capActive = periodNanos > 0;
    }
  }

  /** Whether the sleep-based cap is in force (after the vsync probe, if any). */
  boolean capActive() {
    return capActive;
  }

  void pace(long frameStart, long workEnd) {
    observe(workEnd - frameStart);
    if (!capActive) {
      return;
    }
    long target = frameStart + periodNanos;
    long now;
    while ((now = System.nanoTime()) < target) {
      long left = target - now;
      if (left > 300_000L) {
        LockSupport.parkNanos(left - 200_000L);
      } else {
        Thread.onSpinWait();
      }
    }
  }

  /** Feeds one frame's duration (work plus swap) to the vsync judgement. */
  void observe(long frameNanos) {
    if (probing) {
      probe[probed++] = frameNanos;
      if (probed == PROBE_FRAMES) {
        probed = 0;
        long[] sorted = probe.clone();
        Arrays.sort(sorted);
        if (sorted[PROBE_FRAMES / 2] < periodNanos / 2) {
          capActive = true;
          probing = false;
        }
      }
    }
  }
}
