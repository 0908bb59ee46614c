package dev.digitarcade.game.reading;

import dev.digitarcade.model.Verdict;

/** How readings are written for scripts (event stream, {@code predict --json}): one vocabulary. */
public final class Readings {
  private Readings() {}

  /**
   * The verdict as scripts see it: {@code empty}, {@code not-a-digit}, {@code unsure} or {@code sure}.
   * A drawing that looks like the start of a digit is not (yet) a digit.
   */
  public static String wireVerdict(Verdict v) {
    return switch (v) {
      case EMPTY -> "empty";
      case KEEP_DRAWING, NOT_A_DIGIT -> "not-a-digit";
      case UNSURE -> "unsure";
      case SURE -> "sure";
    };
  }

  /** Figures rounded to four decimals for output. */
  public static double round(float v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }
}
