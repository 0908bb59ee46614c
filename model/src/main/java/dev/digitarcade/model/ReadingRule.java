package dev.digitarcade.model;

import java.util.OptionalInt;

/**
 * The one rule that turns the model's three outputs ({@link ModelContract}) into a {@link
 * Verdict}; the game, {@code predict} and the benchmarks all use it.
 *
 * <p>A drawing is "not a digit" or "keep drawing" when the not-a-digit and fragment scores
 * together reach {@code otherAtLeast} (the larger of the two names which); otherwise it is a digit,
 * and the reading is sure when the top calibrated digit probability reaches {@code sureAtLeast}
 * and leads the second by at least {@code marginAtLeast}, unsure otherwise (the app then names the
 * two: "4 or 9?"). The thresholds of {@link #DEFAULT} were chosen on the training side's validation
 * negatives and validation drawings (digit-trainer's {@code bench-negatives --validation}), never
 * on the held-out families the model is judged on.
 *
 * @param otherAtLeast not-a-digit + fragment score from which a drawing is not read as a digit
 * @param sureAtLeast calibrated confidence from which a digit reading is sure
 * @param marginAtLeast lead of the top digit's probability over the second's needed to be sure
 */
public record ReadingRule(float otherAtLeast, float sureAtLeast, float marginAtLeast) {

  /**
   * The shipped thresholds: not a digit from 0.7, sure from 0.4 (no margin over the second digit);
   * chosen for the shipped model on its validation sweep as the rule nearest to both targets (least
   * max(worst family claimed / 10 %, drawn digits "?" / 1.5 %)), see assets/model/MODEL.md.
   */
  public static final ReadingRule DEFAULT = new ReadingRule(0.7f, 0.4f, 0f);

  public ReadingRule {
    if (!(otherAtLeast > 0 && otherAtLeast <= 1) || !(sureAtLeast > 0 && sureAtLeast <= 1)
        || !(marginAtLeast >= 0 && marginAtLeast <= 1)) {
      throw new IllegalArgumentException("thresholds must be in (0, 1] (margin in [0, 1]): " + otherAtLeast + ", "
          + sureAtLeast + ", " + marginAtLeast);
    }
  }

  /** A rule without a margin: sure from {@code sureAtLeast} alone. */
  public ReadingRule(float otherAtLeast, float sureAtLeast) {
    this(otherAtLeast, sureAtLeast, 0f);
  }

  /**
   * What the rule made of one reading.
   *
   * @param verdict the verdict
   * @param digit the most likely digit (shown as a guess even when not sure), -1 when empty
   * @param confidence its calibrated probability (0 when empty)
   */
  public record Outcome(Verdict verdict, int digit, float confidence) {

    /** The digit the app claims: present only when {@link Verdict#SURE}. */
    public OptionalInt reading() {
      return verdict == Verdict.SURE ? OptionalInt.of(digit) : OptionalInt.empty();
    }
  }

  /** The outcome for a canvas with no ink. */
  public static Outcome empty() {
    return new Outcome(Verdict.EMPTY, -1, 0f);
  }

  /**
   * @param probabilities the ten calibrated digit probabilities ({@link ModelContract#OUTPUT})
   * @param notDigit the {@link ModelContract#NOT_DIGIT} score
   * @param fragment the {@link ModelContract#FRAGMENT} score
   */
  public Outcome judge(float[] probabilities, float notDigit, float fragment) {
    if (probabilities.length != ModelContract.CLASSES) {
      throw new IllegalArgumentException(
          probabilities.length + " probabilities (expected " + ModelContract.CLASSES + ")");
    }
    int top = 0;
    for (int k = 1; k < probabilities.length; k++) {
      if (probabilities[k] > probabilities[top]) {
        top = k;
      }
    }
    float second = 0f;
    for (int k = 0; k < probabilities.length; k++) {
      if (k != top) {
        second = Math.max(second, probabilities[k]);
      }
    }
    float p = probabilities[top];
    // NaN scores never make a reading sure.
    if (!(notDigit + fragment < otherAtLeast)) {
      Verdict v = fragment > notDigit ? Verdict.KEEP_DRAWING : Verdict.NOT_A_DIGIT;
      return new Outcome(v, top, p);
    }
    return new Outcome(p >= sureAtLeast && p - second >= marginAtLeast ? Verdict.SURE : Verdict.UNSURE, top, p);
  }
}
