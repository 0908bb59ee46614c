package dev.digitarcade.engine.loop;

import java.util.Arrays;

/** Rolling frame-time statistics over the last {@code capacity} frames. */
public final class FrameStats {
  /** A summary for an overlay or a benchmark report. Times in milliseconds. */
  public record Snapshot(long frames, double fps, double p50Ms, double p99Ms, double maxMs) {}

  private final long[] frameNanos;
  private int count;
  private int next;
  private long total;
  private final long[] recentStarts = new long[256];
  private int recentNext;
  private int recentCount;

  public FrameStats(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    frameNanos = new long[capacity];
  }

  /**
   * Records one frame.
   *
   * @param endNanos wall-clock time at the end of the frame (for fps)
   * @param workNanos frame time to account (excluding any deliberate sleep of the frame cap)
   */
  public void record(long endNanos, long workNanos) {
    frameNanos[next] = workNanos;
    next = (next + 1) % frameNanos.length;
    count = Math.min(count + 1, frameNanos.length);
    total++;
    recentStarts[recentNext] = endNanos;
    recentNext = (recentNext + 1) % recentStarts.length;
    recentCount = Math.min(recentCount + 1, recentStarts.length);
  }

  public long frames() {
    return total;
  }

  /** Frame times of the window, oldest first, in nanoseconds. */
  public long[] window() {
    long[] out = new long[count];
    int start = count < frameNanos.length ? 0 : next;
    for (int i = 0; i < count; i++) {
      out[i] = frameNanos[(start + i) % frameNanos.length];
    }
    return out;
  }

  public Snapshot snapshot() {
    if (count == 0) {
      return new Snapshot(total, 0, 0, 0, 0);
    }
    long[] sorted = window();
    Arrays.sort(sorted);
    return new Snapshot(
        total,
        fps(),
        percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.99) / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** Nearest-rank percentile of an ascending array. */
  public static long percentile(long[] ascending, double p) {
    if (ascending.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * ascending.length);
    return ascending[Math.min(ascending.length - 1, Math.max(0, rank - 1))];
  }

  private double fps() {
    if (recentCount < 2) {
      return 0;
    }
    int newest = (recentNext - 1 + recentStarts.length) % recentStarts.length;
    int oldest = recentCount < recentStarts.length ? 0 : recentNext;
    long span = recentStarts[newest] - recentStarts[oldest];
    return span <= 0 ? 0 : (recentCount - 1) * 1e9 / span;
  }
}
