package dev.digitarcade.game.rules;

/**
 * How one round ended.
 *
 * @param index       0-based round number
 * @param target      the digit asked for
 * @param won         whether the model read the target with enough confidence in time
 * @param finalGuess  the model's last guess, or -1 when nothing was drawn
 * @param confidence  the model's probability for its last guess
 * @param seconds     time spent on the round
 * @param points      points earned (0 for a lost round)
 * @param streak      won rounds in a row, this one included (0 after a loss)
 * @param thumbnail   the drawing as it was at the end of the round
 */
public record RoundResult(int index, int target, boolean won, int finalGuess, float confidence, double seconds,
              int points, int streak, Thumbnail thumbnail) {
}
