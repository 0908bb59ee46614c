package dev.digitarcade.game.rules;

/**
 * The rules of one challenge.
 *
 * @param rounds        how many targets
 * @param roundSeconds  time to draw each target
 * @param winConfidence the model's probability for the target that wins the round
 * @param pauseSeconds  how long a round's verdict stays up before the next round
 * @param seed          picks the targets: the same seed gives the same targets
 * @param level         what the targets are: digits, numbers or questions
 */
public record ChallengeConfig(int rounds, double roundSeconds, double winConfidence, double pauseSeconds, long seed,
                              Level level) {

  public static final int DEFAULT_ROUNDS = 10;
  public static final double DEFAULT_ROUND_SECONDS = 20;
  public static final double DEFAULT_WIN_CONFIDENCE = 0.85;
  public static final double DEFAULT_PAUSE_SECONDS = 2.0;

  public ChallengeConfig {
    if (rounds < 1 || rounds > 100) {
      throw new IllegalArgumentException("rounds must be 1..100, got " + rounds);
    }
    if (!(roundSeconds > 0)) {
      throw new IllegalArgumentException("round time must be positive, got " + roundSeconds);
    }
    if (!(winConfidence > 0 && winConfidence <= 1)) {
      throw new IllegalArgumentException("win confidence must be in (0,1], got " + winConfidence);
    }
    if (pauseSeconds < 0) {
      throw new IllegalArgumentException("pause must not be negative, got " + pauseSeconds);
    }
    if (level == null) {
      throw new IllegalArgumentException("a challenge needs a level");
    }
  }

  /** A challenge of digit targets. */
  public ChallengeConfig(int rounds, double roundSeconds, double winConfidence, double pauseSeconds, long seed) {
    this(rounds, roundSeconds, winConfidence, pauseSeconds, seed, Level.DIGITS);
  }

  public static ChallengeConfig defaults(long seed) {
    return new ChallengeConfig(DEFAULT_ROUNDS, DEFAULT_ROUND_SECONDS, DEFAULT_WIN_CONFIDENCE,
        DEFAULT_PAUSE_SECONDS, seed);
  }
}
