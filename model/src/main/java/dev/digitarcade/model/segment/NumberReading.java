package dev.digitarcade.model.segment;

import dev.digitarcade.model.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * What the app can say about a drawn number.
 *
 * @param digits each digit, left to right (empty when nothing is drawn)
 * @param verdict for the whole: {@link Verdict#EMPTY} without ink; {@link Verdict#NOT_A_DIGIT}
 *     ("not a number") when any digit is not a digit or there are more than {@link
 *     NumberReader#MAX_DIGITS}; else {@link Verdict#KEEP_DRAWING} when any digit is unfinished;
 *     else {@link Verdict#UNSURE} when any digit is unsure; else {@link Verdict#SURE}
 * @param shown the number as the panel shows it: a digit where it is sure, {@code ?} elsewhere
 *     ("20?6"); empty without ink
 * @param fromStrokes whether the strokes were used to segment it (false: the pixels alone)
 */
public record NumberReading(List<DigitReading> digits, Verdict verdict, String shown, boolean fromStrokes) {

  public NumberReading {
    digits = List.copyOf(digits);
  }

  /** Nothing drawn. */
  public static NumberReading empty(boolean fromStrokes) {
    return new NumberReading(List.of(), Verdict.EMPTY, "", fromStrokes);
  }

  /** The number the app claims ("2026"): present only when every digit is sure. */
  public Optional<String> reading() {
    return verdict == Verdict.SURE ? Optional.of(shown) : Optional.empty();
  }

  /** How many digits were found. */
  public int size() {
    return digits.size();
  }
}
