package dev.digitarcade.game.sound;

import java.util.List;

/**
 * One thing the AI says: the words as they are shown and written to the event stream, and the
 * voice clips that speak them, in order (names under {@code assets/audio/voice/}, without
 * {@code .wav}); none for words that are only shown.
 */
public record Phrase(String text, List<String> clips) {
  public Phrase {
    clips = List.copyOf(clips);
    if (text.isBlank()) {
      throw new IllegalArgumentException("a phrase needs words");
    }
  }

  /** Clips reading a number out digit by digit: "47" is {@code digit-4, digit-7}. */
  static List<String> digits(String number) {
    return number.chars().mapToObj(c -> "digit-" + (char) c).toList();
  }
}
