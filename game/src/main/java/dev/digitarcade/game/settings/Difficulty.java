package dev.digitarcade.game.settings;

import java.util.Locale;

/** How sure the AI must be of the target before a round is won. */
public enum Difficulty {
  EASY(0.70), NORMAL(0.85), HARD(0.95);

  private final double winConfidence;

  Difficulty(double winConfidence) {
    this.winConfidence = winConfidence;
  }

  /** The probability of the target that wins a round. */
  public double winConfidence() {
    return winConfidence;
  }

  /** "Normal (85 % sure)". */
  public String label() {
    String name = name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    return String.format(Locale.ROOT, "%s (%.0f %% sure)", name, winConfidence * 100);
  }
}
