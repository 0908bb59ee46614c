package dev.digitarcade.game.reading;

import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.recipe.InkBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /**
   * A reading of a number: each digit at {@code confidence} with its verdict (the digits' boxes
   * side by side), the whole judged as the app does (any not-a-digit, then unfinished, then unsure
   * digit decides; else sure).
   */
  public static Reading number(long seq, String digits, float confidence, Verdict... verdicts) {
    List<DigitReading> list = new ArrayList<>();
    Verdict whole = Verdict.SURE;
    for (int i = 0; i < digits.length(); i++) {
      Verdict v = i < verdicts.length ? verdicts[i] : Verdict.SURE;
      DigitReading d = digit(v, digits.charAt(i) - '0', confidence);
      list.add(new DigitReading(v, d.digit(), confidence, d.probabilities(), d.notDigit(), d.fragment(),
          new float[784], new InkBox(40 + 120 * i, 100, 100, 200)));
      if (rank(v) < rank(whole)) {
        whole = v;
      }
    }
    return new Reading(seq, whole, whole == Verdict.SURE ? Optional.of(digits) : Optional.empty(),
        list, 0);
  }

  private static int rank(Verdict v) {
    return switch (v) {
      case NOT_A_DIGIT -> 0;
      case KEEP_DRAWING -> 1;
      case UNSURE -> 2;
      default -> 3;
    };
  }

  /** A reading the app is sure of. */
  public static Reading sure(long seq, int digit, float confidence) {
    return of(seq, Verdict.SURE, digit, confidence);
  }
}
