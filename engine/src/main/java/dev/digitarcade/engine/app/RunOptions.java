package dev.digitarcade.engine.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What one {@link Engine#run} does besides running screens.
 *
 * @param exitAfterSeconds stop once loop time reaches this many seconds (0 = only when a screen
 *     quits, the stack empties or the window closes)
 * @param screenshot save the last frame as a PNG here ({@code null} = no)
 * @param replay feed this JSON-lines recording into the input queue ({@code null} = no)
 * @param record write all input to this JSON-lines file ({@code null} = no)
 * @param stopRequested asked before every update and after every frame, from the loop's thread;
 *     once true the run ends as after a quit, with {@link RunReport.StopReason#SIGNAL} (for a
 *     stop asked from outside the loop, e.g. by a {@link ShutdownGuard} on Ctrl-C or SIGTERM)
 */
public record RunOptions(double exitAfterSeconds, Path screenshot, Path replay, Path record,
                         BooleanSupplier stopRequested) {
  private static final BooleanSupplier NEVER = () -> false;

  public RunOptions {
    if (!(exitAfterSeconds >= 0) || Double.isInfinite(exitAfterSeconds)) {
      throw new IllegalArgumentException("exit-after must be a number of seconds >= 0, got " + exitAfterSeconds);
    }
    Objects.requireNonNull(stopRequested, "stopRequested");
  }

  /** Runs until a screen quits, the stack is empty or the window is closed. */
  public static RunOptions untilQuit() {
    return new RunOptions(0, null, null, null, NEVER);
  }

  public RunOptions exitAfter(double seconds) {
    return new RunOptions(seconds, screenshot, replay, record, stopRequested);
  }

  public RunOptions screenshot(Path png) {
    return new RunOptions(exitAfterSeconds, png, replay, record, stopRequested);
  }

  public RunOptions replay(Path jsonl) {
    return new RunOptions(exitAfterSeconds, screenshot, jsonl, record, stopRequested);
  }

  public RunOptions record(Path jsonl) {
    return new RunOptions(exitAfterSeconds, screenshot, replay, jsonl, stopRequested);
  }

  /** Also stops when {@code stop} says so (it must be cheap and thread-safe). */
  public RunOptions stopWhen(BooleanSupplier stop) {
    return new RunOptions(exitAfterSeconds, screenshot, replay, record, stop);
  }
}
