package dev.digitarcade.model.segment;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.recipe.MnistInput;

/**
 * One digit of a {@link NumberReading}.
 *
 * @param box the digit's ink bounding box in canvas pixels
 * @param outcome what {@link ReadingRule} made of it: verdict, most likely digit, its confidence
 * @param probabilities the ten calibrated digit probabilities (owned by this record; do not modify)
 * @param notDigit the model's not-a-digit score
 * @param fragment the model's unfinished-digit score
 * @param input the recipe's 28x28 model input for this digit alone, and its facts
 * @param strokes indices of the strokes that make the digit (empty when read from pixels)
 */
public record DigitReading(InkBox box, ReadingRule.Outcome outcome, float[] probabilities, float notDigit,
    float fragment, MnistInput input, int[] strokes) {

  /** The most likely digit (shown as a guess even when not sure). */
  public int digit() {
    return outcome.digit();
  }

  /** Its calibrated probability. */
  public float confidence() {
    return outcome.confidence();
  }

  public Verdict verdict() {
    return outcome.verdict();
  }

  /** The character this digit shows in a number: the digit when sure, {@code ?} otherwise. */
  public char shown() {
    return outcome.verdict() == Verdict.SURE ? (char) ('0' + outcome.digit()) : '?';
  }

  @Override
  public String toString() {
    return "DigitReading[box=" + box + ", " + outcome + "]";
  }
}
