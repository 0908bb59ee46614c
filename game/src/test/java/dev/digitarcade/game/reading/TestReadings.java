package dev.digitarcade.game.reading;

import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.recipe.InkBox;

/** Readings made by hand for tests of what consumes them (rules, screens, events). */
public final class TestReadings {
  private TestReadings() {}

  /** One digit's reading: {@code digit} at {@code confidence}, the rest spread evenly. */
  public static DigitReading digit(Verdict verdict, int digit, float confidence) {
    float[] p = new float[10];
    for (int d = 0; d < 10; d++) {
      p[d] = d == digit ? confidence : (1 - confidence) / 9;
    }
    float other = verdict == Verdict.NOT_A_DIGIT || verdict == Verdict.KEEP_DRAWING ? 0.8f : 0.01f;
    return new DigitReading(verdict, digit, confidence, p, verdict == Verdict.NOT_A_DIGIT ? other : 0.01f,
        verdict == Verdict.KEEP_DRAWING ? other : 0.01f, new float[784], new InkBox(100, 100, 200, 300));
  }

  /** A reading of one digit with the given verdict. */
  public static Reading of(long seq, Verdict verdict, int digit, float confidence) {
    return Reading.of(seq, digit(verdict, digit, confidence), 0);
  }

  /** A reading the app is sure of. */
  public static Reading sure(long seq, int digit, float confidence) {
    return of(seq, Verdict.SURE, digit, confidence);
  }
}
