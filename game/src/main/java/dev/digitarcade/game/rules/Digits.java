package dev.digitarcade.game.rules;

/** Digits in words, as the game says them. */
public final class Digits {
  private static final String[] NAMES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine"};

  private Digits() {}

  /** "a 7", "an 8": the article English puts before the digit when it is read out. */
  public static String withArticle(int digit) {
    return withArticle(Integer.toString(digit));
  }

  /**
   * "a 47", "an 8", "an 18", "an 11", "an 800": "an" where the number read out starts with a vowel
   * sound (eight…, eighteen, eleven, eighty…).
   */
  public static String withArticle(String number) {
    boolean vowel = number.startsWith("8") || number.equals("11") || number.equals("18")
        || number.length() == 5 && (number.startsWith("11") || number.startsWith("18"));
    return (vowel ? "an " : "a ") + number;
  }

  /** "seven". */
  public static String name(int digit) {
    return NAMES[digit];
  }
}
