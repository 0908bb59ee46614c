package dev.digitarcade.game.scores;

import java.nio.file.Path;
import java.time.Instant;

/** Saves one score to the table named on the command line and prints what happened (for a child JVM run as another user). */
final class ScoreProbe {
  private ScoreProbe() {}

  public static void main(String[] args) {
    HighScoreStore store = new HighScoreStore(Path.of(args[0]), w -> System.out.println("warning: " + w));
    Saved saved = store.save(new HighScore(Integer.parseInt(args[1]), 5, 10, 3, Instant.parse("2026-11-01T12:00:00Z")));
    System.out.println("saved: " + saved);
  }
}
