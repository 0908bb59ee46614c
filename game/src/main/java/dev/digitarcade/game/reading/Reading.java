package dev.digitarcade.game.reading;

import dev.digitarcade.model.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * What the app reads in one state of the drawing: the verdict on the whole, the text it claims
 * (a digit, only when sure) and each digit's own reading.
 *
 * @param seq the submission's sequence number (see {@link DigitReader#submit})
 * @param verdict the verdict on the whole drawing
 * @param text the reading the app stands behind ("7"), present only when {@link Verdict#SURE}
 * @param digits the reading of each digit, left to right; empty when nothing is drawn
 * @param latencyNanos from the drawing being handed over to the reading being ready
 */
public record Reading(long seq, Verdict verdict, Optional<String> text, List<DigitReading> digits, long latencyNanos) {

  public Reading {
    digits = List.copyOf(digits);
    if (verdict == Verdict.SURE != text.isPresent()) {
      throw new IllegalArgumentException("a reading has text exactly when it is sure: " + verdict + " " + text);
    }
    if (verdict == Verdict.EMPTY != digits.isEmpty()) {
      throw new IllegalArgumentException("a reading has digits exactly when something is drawn: " + verdict);
    }
  }

  /** The reading of an empty canvas: nothing drawn, no model call. */
  public static Reading nothingDrawn(long seq, long latencyNanos) {
    return new Reading(seq, Verdict.EMPTY, Optional.empty(), List.of(), latencyNanos);
  }

  /** The reading of a drawing of one digit. */
  public static Reading of(long seq, DigitReading digit, long latencyNanos) {
    Optional<String> text = digit.verdict() == Verdict.SURE ? Optional.of(Integer.toString(digit.digit()))
        : Optional.empty();
    return new Reading(seq, digit.verdict(), text, List.of(digit), latencyNanos);
  }

  public boolean isEmpty() {
    return verdict == Verdict.EMPTY;
  }

  /** True when the app claims the reading as the answer. */
  public boolean isSure() {
    return verdict == Verdict.SURE;
  }

  /** The first (for a single digit: the only) digit's reading. */
  public Optional<DigitReading> first() {
    return digits.isEmpty() ? Optional.empty() : Optional.of(digits.get(0));
  }

  /** Whether the player's profile changed the reading of any digit. */
  public boolean profileHelped() {
    return digits.stream().anyMatch(DigitReading::profile);
  }

  /** The first digit's top guess, or -1 when nothing is drawn. */
  public int digit() {
    return digits.isEmpty() ? -1 : digits.get(0).digit();
  }

  /** The first digit's calibrated confidence, 0 when nothing is drawn. */
  public float confidence() {
    return digits.isEmpty() ? 0f : digits.get(0).confidence();
  }

  /** The first digit's probability of {@code d}, 0 when nothing is drawn. */
  public float probability(int d) {
    return digits.isEmpty() ? 0f : digits.get(0).probability(d);
  }

  /**
   * How likely the whole reading is right: the product of its digits' calibrated confidences
   * (each digit is read on its own); for one digit its confidence; 0 when nothing is drawn.
   */
  public float numberConfidence() {
    float c = 1f;
    for (DigitReading d : digits) {
      c *= d.confidence();
    }
    return digits.isEmpty() ? 0f : c;
  }

  /** Each digit's top guess, left to right ("47", sure or not), or "" when nothing is drawn. */
  public String topGuesses() {
    StringBuilder sb = new StringBuilder(digits.size());
    for (DigitReading d : digits) {
      sb.append(Character.forDigit(d.digit(), 10));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Reading[" + verdict + text.map(t -> " " + t).orElse("") + ", seq " + seq + ", " + digits + "]";
  }
}
