package dev.digitarcade.game.rules;

/**
 * One round's target.
 *
 * @param prompt what the round shows: the digit or number to draw, or a question ("7 × 8")
 * @param answer what must be drawn and read to win: one or more digits ("56")
 */
public record Target(String prompt, String answer) {

  public Target {
    if (answer.isEmpty() || !answer.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("a target's answer is one or more digits, got '" + answer + "'");
    }
  }

  public static Target digit(int d) {
    return new Target(Integer.toString(d), Integer.toString(d));
  }

  public static Target number(int n) {
    return new Target(Integer.toString(n), Integer.toString(n));
  }

  public static Target product(int a, int b) {
    return new Target(a + " × " + b, Integer.toString(a * b));
  }

  /** Whether the prompt is a question whose answer is drawn (rather than the answer itself). */
  public boolean isQuestion() {
    return !prompt.equals(answer);
  }

  /** What the AI says to start the round: "Draw a 7!", "Draw 47!", "What is 7 × 8?". */
  public String instruction() {
    if (isQuestion()) {
      return "What is " + prompt + "?";
    }
    return "Draw " + (answer.length() == 1 ? Digits.withArticle(answer) : answer) + "!";
  }

  /** The digit of the answer at {@code i}. */
  public int digitAt(int i) {
    return answer.charAt(i) - '0';
  }
}
