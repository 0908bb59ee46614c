package dev.digitarcade.engine.app;

import java.nio.file.Path;

/**
 * What one {@link Engine#run} does besides running screens.
 *
 * @param exitAfterSeconds stop once loop time reaches this many seconds (0 = only when a screen
 *     quits, the stack empties or the window closes)
 * @param screenshot save the last frame as a PNG here ({@code null} = no)
 * @param replay feed this JSON-lines recording into the input queue ({@code null} = no)
 * @param record write all input to this JSON-lines file ({@code null} = no)
 */
public record RunOptions(double exitAfterSeconds, Path screenshot, Path replay, Path record) {
  public RunOptions {
    if (!(exitAfterSeconds >= 0) || Double.isInfinite(exitAfterSeconds)) {
      throw new IllegalArgumentException("exit-after must be a number of seconds >= 0, got " + exitAfterSeconds);
    }
  }

  /** Runs until a screen quits, the stack is empty or the window is closed. */
  public static RunOptions untilQuit() {
    return new RunOptions(0, null, null, null);
  }

  public RunOptions exitAfter(double seconds) {
    return new RunOptions(seconds, screenshot, replay, record);
  }

  public RunOptions screenshot(Path png) {
    return new RunOptions(exitAfterSeconds, png, replay, record);
  }

  public RunOptions replay(Path jsonl) {
    return new RunOptions(exitAfterSeconds, screenshot, jsonl, record);
  }

  public RunOptions record(Path jsonl) {
    return new RunOptions(exitAfterSeconds, screenshot, replay, jsonl);
  }
}
