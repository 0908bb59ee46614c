package dev.digitarcade.game.reading;

import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.recipe.InkBox;
import java.util.Arrays;

/**
 * What the model read from one digit of a drawing.
 *
 * @param verdict what the app makes of it ({@link Verdict})
 * @param digit the most likely digit (a guess even when not sure)
 * @param confidence its calibrated probability
 * @param probabilities the ten calibrated digit probabilities
 * @param notDigit the model's score that this is not a digit at all
 * @param fragment the model's score that this is the start of a digit, not yet finished
 * @param modelInput the 28x28 image the model was given, row-major in [0,1]
 * @param box where the digit's ink is in the drawing, in its pixels
 * @param profile whether the player's profile changed this reading ("read with your handwriting")
 */
public record DigitReading(Verdict verdict, int digit, float confidence, float[] probabilities, float notDigit,
    float fragment, float[] modelInput, InkBox box, boolean profile) {

  public DigitReading {
    probabilities = probabilities.clone();
    modelInput = modelInput.clone();
  }

  /** A reading the profile had no part in. */
  public DigitReading(Verdict verdict, int digit, float confidence, float[] probabilities, float notDigit,
      float fragment, float[] modelInput, InkBox box) {
    this(verdict, digit, confidence, probabilities, notDigit, fragment, modelInput, box, false);
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public float[] modelInput() {
    return modelInput.clone();
  }

  /** Probability of one digit without copying the array. */
  public float probability(int d) {
    return probabilities[d];
  }

  /** The two most likely digits, most likely first. */
  public int[] topTwo() {
    int first = 0;
    for (int d = 1; d < probabilities.length; d++) {
      if (probabilities[d] > probabilities[first]) {
        first = d;
      }
    }
    int second = first == 0 ? 1 : 0;
    for (int d = 0; d < probabilities.length; d++) {
      if (d != first && probabilities[d] > probabilities[second]) {
        second = d;
      }
    }
    return new int[] {first, second};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DigitReading r && r.verdict == verdict && r.digit == digit && r.confidence == confidence
        && Arrays.equals(r.probabilities, probabilities) && r.notDigit == notDigit && r.fragment == fragment
        && Arrays.equals(r.modelInput, modelInput) && r.box.equals(box) && r.profile == profile;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(probabilities) * 31 + verdict.hashCode();
  }

  @Override
  public String toString() {
    return String.format("DigitReading[%s %d @ %.3f, not %.2f, fragment %.2f]", verdict, digit, confidence, notDigit,
        fragment);
  }
}
