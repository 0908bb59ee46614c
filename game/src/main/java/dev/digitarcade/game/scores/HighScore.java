package dev.digitarcade.game.scores;

import java.time.Instant;
import java.util.Comparator;

/**
 * One finished challenge worth remembering.
 *
 * @param score      points
 * @param roundsWon  rounds won out of {@code rounds}
 * @param rounds     rounds played
 * @param bestStreak longest run of won rounds
 * @param when       when the challenge ended
 * @param name       who played ("" when no name was given)
 */
public record HighScore(int score, int roundsWon, int rounds, int bestStreak, Instant when, String name) {

  /** Best first: higher score, then more rounds won, then the earlier game. */
  public static final Comparator<HighScore> BEST_FIRST =
      Comparator.comparingInt(HighScore::score).reversed()
          .thenComparing(Comparator.comparingInt(HighScore::roundsWon).reversed())
          .thenComparing(HighScore::when);

  public HighScore {
    if (score < 0 || rounds < 0 || roundsWon < 0 || roundsWon > rounds || bestStreak < 0 || bestStreak > rounds) {
      throw new IllegalArgumentException("inconsistent high score: " + score + " points, "
          + roundsWon + "/" + rounds + " rounds, streak " + bestStreak);
    }
    if (when == null) {
      throw new IllegalArgumentException("high score without a date");
    }
    name = name == null ? "" : name;
  }

  /** A score without a name (yet). */
  public HighScore(int score, int roundsWon, int rounds, int bestStreak, Instant when) {
    this(score, roundsWon, rounds, bestStreak, when, "");
  }

  /** The same game under another name. */
  public HighScore withName(String newName) {
    return new HighScore(score, roundsWon, rounds, bestStreak, when, newName);
  }
}
