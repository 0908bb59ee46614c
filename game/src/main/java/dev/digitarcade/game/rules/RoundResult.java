package dev.digitarcade.game.rules;

import dev.digitarcade.game.reading.Reading;

/**
 * How one round ended.
 *
 * @param index       0-based round number
 * @param target      what was asked for
 * @param won         whether the app read the answer, sure of every digit, in time
 * @param last        the app's last reading of the drawing (empty when nothing was drawn)
 * @param seconds     time spent on the round
 * @param points      points earned (0 for a lost round)
 * @param streak      won rounds in a row, this one included (0 after a loss)
 * @param thumbnail   the drawing as it was at the end of the round
 */
public record RoundResult(int index, Target target, boolean won, Reading last, double seconds, int points,
              int streak, Thumbnail thumbnail) {

  /** The app's last top guess, each digit's ("47" even when not sure), or null when nothing was drawn. */
  public String finalGuess() {
    return last.isEmpty() ? null : last.topGuesses();
  }

  /** The calibrated confidence of that guess (the product over its digits), 0 when nothing was drawn. */
  public float confidence() {
    return last.numberConfidence();
  }
}
