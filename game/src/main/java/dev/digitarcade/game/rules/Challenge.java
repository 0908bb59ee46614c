package dev.digitarcade.game.rules;

import dev.digitarcade.game.reading.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The rules of a "draw the target" challenge, free of any window or model: time and the pen come
 * in through {@link #update(double, boolean)}, readings through {@link #onReading(Reading)}. The
 * {@link Level} picks the targets: digits (the default), two-digit numbers, or times-table
 * questions whose answer is drawn.
 *
 * <p>A round is won only by a drawing the app is sure of ({@link Reading#isSure()}: every digit a
 * digit, not a dab, a fragment, a letter, a shape or a scribble) that reads as the answer, each of
 * its digits with at least the configured probability, and only once the drawing is recognisably
 * finished: the pen is up, or
 * the reading has held for {@value #HOLD_SECONDS} s while the pen is still down. A round is lost
 * when its clock runs out. Points for a win: 100 plus 10 per
 * whole second left, times the streak multiplier (x1, x1.5, x2, x2.5, x3 for 1..5+ wins in a row).
 * After each round the verdict stays up for the pause, then the next round starts.
 */
public final class Challenge {

  /** Where the challenge is. */
  public enum Phase { DRAWING, VERDICT, FINISHED }

  /** How long a winning reading must hold while the pen is still down. */
  public static final double HOLD_SECONDS = 0.5;

  /** Clock comparisons tolerate the rounding of summed 1/60 s steps. */
  private static final double EPSILON = 1e-6;

  private final ChallengeConfig config;
  private final List<Target> targets;
  private final Supplier<Thumbnail> drawing;
  private final List<RoundResult> results = new ArrayList<>();
  private final Announcer announcer = new Announcer();

  private Phase phase = Phase.DRAWING;
  private int round;
  private double elapsed;
  private double pauseLeft;
  private int score;
  private int streak;
  private int bestStreak;
  private Reading last = Reading.nothingDrawn(0, 0);
  /** How long the current reading has been a winning one (sure, the target), in loop seconds. */
  private double winningFor = -1;
  private RoundResult pendingResult;
  /** True while {@link #skip()} ends the round. */
  private boolean skipping;

  /**
   * @param drawing called once at the end of each round for the picture kept on the results screen
   */
  public Challenge(ChallengeConfig config, Supplier<Thumbnail> drawing) {
    this.config = config;
    this.drawing = drawing;
    this.targets = config.level().targets(config.rounds(), config.seed());
    announcer.reset(targets.get(0));
  }

  /** The digit targets for a seed ({@link Level#DIGITS}): each digit once per ten rounds, shuffled. */
  public static int[] targets(int rounds, long seed) {
    Random random = new Random(seed);
    int[] out = new int[rounds];
    for (int start = 0; start < rounds; start += 10) {
      int[] block = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
      for (int i = block.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = block[i];
        block[i] = block[j];
        block[j] = t;
      }
      System.arraycopy(block, 0, out, start, Math.min(10, rounds - start));
    }
    return out;
  }

  /** Streak multiplier for {@code streak} wins in a row. */
  public static double multiplier(int streak) {
    return 1.0 + 0.5 * (Math.min(Math.max(streak, 1), 5) - 1);
  }

  /**
   * Advances the clock.
   *
   * @param penDown whether a stroke is being drawn right now
   * @return the round that ended during this step, if one did
   */
  public Optional<RoundResult> update(double dt, boolean penDown) {
    switch (phase) {
      case DRAWING -> {
        elapsed += dt;
        if (winningFor >= 0) {
          if (!penDown || winningFor + EPSILON >= HOLD_SECONDS) {
            return Optional.of(endRound(true));
          }
          winningFor += dt;
        }
        if (elapsed >= config.roundSeconds() - EPSILON) {
          elapsed = config.roundSeconds();
          return Optional.of(endRound(false));
        }
      }
      case VERDICT -> {
        pauseLeft -= dt;
        if (pauseLeft <= EPSILON) {
          nextRound();
        }
      }
      case FINISHED -> { }
    }
    return Optional.empty();
  }

  /**
   * Ends the round being drawn as lost: the player skipped it. Empty when no round is being drawn.
   */
  public Optional<RoundResult> skip() {
    if (phase != Phase.DRAWING) {
      return Optional.empty();
    }
    skipping = true;
    try {
      return Optional.of(endRound(false));
    } finally {
      skipping = false;
    }
  }

  /** Takes the newest reading of the drawing; a win is decided in {@link #update(double, boolean)}. */
  public void onReading(Reading p) {
    if (phase != Phase.DRAWING) {
      return;
    }
    last = p;
    announcer.hear(p);
    if (!wins(p)) {
      winningFor = -1;
    } else if (winningFor < 0) {
      winningFor = 0;
    }
  }

  /** Whether {@code p} would win the round: sure, reading the answer, each digit probable enough. */
  private boolean wins(Reading p) {
    Target t = target();
    if (!p.isSure() || !p.text().equals(Optional.of(t.answer()))) {
      return false;
    }
    for (int i = 0; i < p.digits().size(); i++) {
      if (p.digits().get(i).probability(t.digitAt(i)) < config.winConfidence()) {
        return false;
      }
    }
    return true;
  }

  private RoundResult endRound(boolean won) {
    int points = 0;
    if (won) {
      streak++;
      bestStreak = Math.max(bestStreak, streak);
      double left = Math.max(0, config.roundSeconds() - elapsed);
      points = (int) Math.round((100 + Math.floor(left + EPSILON) * 10) * multiplier(streak));
      score += points;
    } else {
      streak = 0;
    }
    RoundResult r = new RoundResult(round, target(), won, last, elapsed, points, streak, drawing.get());
    results.add(r);
    announcer.verdict(won, last, skipping);
    pendingResult = r;
    phase = Phase.VERDICT;
    pauseLeft = config.pauseSeconds();
    if (pauseLeft <= 0) {
      nextRound();
    }
    return r;
  }

  private void nextRound() {
    if (round + 1 >= config.rounds()) {
      phase = Phase.FINISHED;
      return;
    }
    round++;
    elapsed = 0;
    last = Reading.nothingDrawn(0, 0);
    winningFor = -1;
    pendingResult = null;
    announcer.reset(target());
    phase = Phase.DRAWING;
  }

  public Phase phase() {
    return phase;
  }

  public boolean isFinished() {
    return phase == Phase.FINISHED;
  }

  /** 0-based index of the current round. */
  public int round() {
    return round;
  }

  public int rounds() {
    return config.rounds();
  }

  /** The current round's target. */
  public Target target() {
    return targets.get(round);
  }

  public Level level() {
    return config.level();
  }

  public double secondsLeft() {
    return Math.max(0, config.roundSeconds() - elapsed);
  }

  public double roundSeconds() {
    return config.roundSeconds();
  }

  public int score() {
    return score;
  }

  public int streak() {
    return streak;
  }

  public int bestStreak() {
    return bestStreak;
  }

  public int roundsWon() {
    return (int) results.stream().filter(RoundResult::won).count();
  }

  /** The verdict on screen between rounds, if any. */
  public Optional<RoundResult> verdict() {
    return phase == Phase.VERDICT ? Optional.ofNullable(pendingResult) : Optional.empty();
  }

  public List<RoundResult> results() {
    return List.copyOf(results);
  }

  /** What the AI is saying about the drawing, e.g. "I see 3 … 8 … it's 5!". */
  public String announcement() {
    return announcer.text();
  }

  public ChallengeConfig config() {
    return config;
  }
}
