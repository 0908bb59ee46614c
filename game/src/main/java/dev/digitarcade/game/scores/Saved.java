package dev.digitarcade.game.scores;

/** What became of a finished challenge's score. */
public sealed interface Saved {

  /** In the table, at this 1-based place. */
  record Ranked(int rank) implements Saved { }

  /** Saved, but ten better games are in the table. */
  record NotRanked() implements Saved { }

  /** A game without a point: not a high score, nothing written. */
  record NoPoints() implements Saved { }

  /**
   * Could not be saved; the table on disk is as it was.
   *
   * @param reason what went wrong, short ("permission denied"), for the results screen
   * @param message one line naming the file, for stderr and the event stream
   */
  record Failed(String reason, String message) implements Saved { }
}
