package dev.digitarcade.engine.app;

import dev.digitarcade.engine.loop.FrameStats;

/** What a run did. */
public record RunReport(
    StopReason reason, long frames, long updates, double loopSeconds, FrameStats.Snapshot stats) {

  public enum StopReason {
    /** A screen called {@link EngineContext#quit()}. */
    QUIT,
    /** The window's close button. */
    WINDOW_CLOSED,
    /** The last screen was popped. */
    NO_SCREENS,
    /** {@link RunOptions#exitAfterSeconds()} was reached. */
    EXIT_AFTER,
    /** {@link RunOptions#stopRequested()} said stop: a signal (Ctrl-C, SIGTERM, SIGHUP) or another thread. */
    SIGNAL
  }
}
