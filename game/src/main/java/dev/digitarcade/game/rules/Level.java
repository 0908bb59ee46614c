package dev.digitarcade.game.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What a challenge asks the player to draw. */
public enum Level {
  /** A single digit per round, each digit once per ten rounds (the default). */
  DIGITS("digits", "Draw the digit"),
  /** A two-digit number per round ("draw 47"), no number twice in a game. */
  NUMBERS("numbers", "Draw the number"),
  /** A times-table question per round ("7 × 8"): the answer is drawn. */
  TIMES("times", "Draw the answer");

  private final String wireName;
  private final String title;

  Level(String wireName, String title) {
    this.wireName = wireName;
    this.title = title;
  }

  /** The name on the command line and in events: {@code digits}, {@code numbers}, {@code times}. */
  public String wireName() {
    return wireName;
  }

  /** What the target card says above the target. */
  public String title() {
    return title;
  }

  /** The level named {@code name} ({@link #wireName}), or null. */
  public static Level named(String name) {
    for (Level l : values()) {
      if (l.wireName.equals(name)) {
        return l;
      }
    }
    return null;
  }

  /** The targets of a game: the same seed gives the same targets. */
  public List<Target> targets(int rounds, long seed) {
    List<Target> out = new ArrayList<>(rounds);
    switch (this) {
      case DIGITS -> {
        for (int d : Challenge.targets(rounds, seed)) {
          out.add(Target.digit(d));
        }
      }
      case NUMBERS -> {
        Random random = new Random(seed);
        List<Integer> pool = new ArrayList<>();
        while (out.size() < rounds) {
          if (pool.isEmpty()) {
            for (int n = 10; n <= 99; n++) {
              pool.add(n);
            }
          }
          out.add(Target.number(pool.remove(random.nextInt(pool.size()))));
        }
      }
      case TIMES -> {
        Random random = new Random(seed);
        List<int[]> pool = new ArrayList<>();
        while (out.size() < rounds) {
          if (pool.isEmpty()) {
            for (int a = 2; a <= 9; a++) {
              for (int b = a; b <= 9; b++) {
                pool.add(new int[] {a, b});
              }
            }
          }
          int[] q = pool.remove(random.nextInt(pool.size()));
          boolean swap = random.nextBoolean();
          out.add(Target.product(swap ? q[1] : q[0], swap ? q[0] : q[1]));
        }
      }
    }
    return out;
  }
}
