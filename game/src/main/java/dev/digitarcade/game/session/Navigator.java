package dev.digitarcade.game.session;

import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.rules.RoundResult;
import dev.digitarcade.game.scores.HighScore;
import dev.digitarcade.game.scores.Saved;
import java.util.List;

/**
 * Where a screen can send the player. Screens know only this interface, never each other: the
 * app implements it at the top, so dependencies point one way (app -> screens -> session).
 * Changes take effect between frames (the engine's screen stack defers them).
 */
public interface Navigator {
  /** Opens free draw on top of the current screen. */
  void freeDraw();

  /** Opens a new challenge at {@code level} on top of the current screen. */
  void challenge(Level level);

  /** Replaces the current screen (a finished challenge) with a new challenge at the same level. */
  void playAgain();

  /** Replaces the current screen (a finished challenge) with its results. */
  void results(List<RoundResult> rounds, HighScore score, Saved saved);

  /** Opens the high-score table on top of the current screen. */
  void highScores();

  /** Opens the player's handwriting profile (the examples taught) on top of the current screen. */
  default void profile() { }

  /** Opens the help on top of the current screen (unless it is the help already). */
  void help();

  /** Opens the settings on top of the current screen. */
  void settings();

  /** Closes the current screen and returns to the one below. */
  void back();

  /** Ends the run. */
  void quit();
}
