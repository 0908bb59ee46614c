package dev.digitarcade.game.drawing;

import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.model.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * What the reading panel says, as pure functions of a {@link Reading}: the headline sentence,
 * the big symbol, and which digit of a number the ten bars show.
 */
public final class ReadingWords {
  private ReadingWords() { }

  /** The headline for a reading: what the app says it sees. */
  public static String headline(Reading p) {
    if (p == null || p.isEmpty()) {
      return "Draw a digit";
    }
    List<DigitReading> digits = p.digits();
    if (digits.size() == 1) {
      return switch (p.verdict()) {
        case EMPTY -> "Draw a digit";
        case KEEP_DRAWING -> "Keep drawing…";
        case NOT_A_DIGIT -> "That doesn't look like a digit";
        case UNSURE -> {
          int[] two = digits.get(0).topTwo();
          yield "Not sure: " + two[0] + " or " + two[1] + "?";
        }
        case SURE -> String.format(Locale.ROOT, "%d%% sure", Math.round(p.confidence() * 100));
      };
    }
    return switch (p.verdict()) {
      case EMPTY -> "Draw a digit";
      case KEEP_DRAWING -> "Keep drawing…";
      case NOT_A_DIGIT -> {
        int marks = count(digits, Verdict.NOT_A_DIGIT);
        yield marks == 1 ? "The " + ordinal(first(digits, Verdict.NOT_A_DIGIT) + 1) + " mark doesn't look like a digit"
            : "That doesn't look like a number";
      }
      case UNSURE -> {
        int unsure = count(digits, Verdict.UNSURE);
        if (unsure > 1) {
          yield "Not sure of " + unsure + " digits";
        }
        int i = first(digits, Verdict.UNSURE);
        int[] two = digits.get(i).topTwo();
        yield "Not sure of the " + ordinal(i + 1) + " digit: " + two[0] + " or " + two[1] + "?";
      }
      case SURE -> String.format(Locale.ROOT, "%d%% sure", Math.round(p.numberConfidence() * 100));
    };
  }

  /**
   * The big characters for a reading: the digit or the number when sure; for a number, each
   * digit the app is sure of and {@code ?} for the others ("20?6"); for one digit a sign of the
   * verdict.
   */
  public static String symbol(Reading p) {
    if (p == null || p.isEmpty()) {
      return "–";
    }
    if (p.digits().size() > 1) {
      StringBuilder sb = new StringBuilder();
      for (DigitReading d : p.digits()) {
        sb.append(d.verdict() == Verdict.SURE ? Character.forDigit(d.digit(), 10) : '?');
      }
      return sb.toString();
    }
    return switch (p.verdict()) {
      case SURE -> Integer.toString(p.digit());
      case KEEP_DRAWING -> "…";
      case NOT_A_DIGIT -> "×";
      default -> "?";
    };
  }

  /**
   * The digit whose ten probabilities are shown: the first the app is not sure of, else the
   * last one (the newest, in a number written left to right); -1 when nothing is drawn.
   */
  public static int focus(Reading p) {
    if (p == null || p.isEmpty()) {
      return -1;
    }
    List<DigitReading> digits = p.digits();
    for (int i = 0; i < digits.size(); i++) {
      if (digits.get(i).verdict() != Verdict.SURE) {
        return i;
      }
    }
    return digits.size() - 1;
  }

  /** "1st", "2nd", "3rd", "4th", ... */
  public static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  private static int count(List<DigitReading> digits, Verdict v) {
    int n = 0;
    for (DigitReading d : digits) {
      if (d.verdict() == v) {
        n++;
      }
    }
    return n;
  }

  private static int first(List<DigitReading> digits, Verdict v) {
    for (int i = 0; i < digits.size(); i++) {
      if (digits.get(i).verdict() == v) {
        return i;
      }
    }
    return 0;
  }
}
