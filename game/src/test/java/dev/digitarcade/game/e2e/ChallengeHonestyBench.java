package dev.digitarcade.game.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.game.rules.Challenge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not a test (surefire does not pick it up by its name): challenge rounds played by
 * recorded input through the real app, one app run per round. Honest digits (the hand-shaped paths,
 * at random sizes, places and slants) and things that are not digits (dabs, a letter, scribbles,
 * shapes, dashes). Prints how many rounds each won and the median time from the last pen-up to the
 * win. Run: {@code mvn -B -pl game -am test -Dtest=ChallengeHonestyBench -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.rounds=40}.
 */
class ChallengeHonestyBench {
  private static final double ROUND_SECONDS = 6;

  @TempDir
  Path tmp;

  @Test
  void playRounds() throws IOException {
    int n = Integer.getInteger("bench.rounds", 20);
    AppDriver app = new AppDriver(tmp);
    double[] c = app.canvasRect("challenge");
    Random random = new Random(20261201);
    int honestWins = 0;
    List<Double> penUpToWin = new ArrayList<>();
    int[] negativeWins = new int[NonDigitStrokes.KINDS.size()];
    int[] negativeRounds = new int[NonDigitStrokes.KINDS.size()];
    for (int i = 0; i < 2 * n; i++) {
      boolean honest = i % 2 == 0;
      long seed = 1000 + i;
      int target = Challenge.targets(1, seed)[0];
      double size = c[2] * (0.3 + 0.5 * random.nextDouble());
      double bx = c[0] + random.nextDouble() * (c[2] - size);
      double by = c[1] + random.nextDouble() * (c[3] - size);
      double slant = (random.nextDouble() - 0.5) * 0.3;
      int kind = i / 2;
      List<List<double[]>> strokes = slanted(honest ? DigitStrokes.of(target) : NonDigitStrokes.kind(kind, seed), slant);
      Recordings rec = new Recordings(AppDriver.WIDTH, AppDriver.HEIGHT).wait(0.3).draw(strokes, bx, by, size);
      double penUp = rec.duration() - 0.1; // draw() waits 0.1 s after each stroke
      Path replay = rec.write(tmp.resolve("round-" + i + ".jsonl"));
      List<JsonNode> events = app.play("--mode", "challenge", "--seed", Long.toString(seed), "--rounds", "1",
          "--round-seconds", Double.toString(ROUND_SECONDS), "--replay", replay.toString(), "--exit-after",
          Double.toString(ROUND_SECONDS + 1));
      JsonNode round = AppDriver.ofType(events, "round").get(0);
      boolean won = round.path("won").asBoolean();
      if (honest) {
        if (won) {
          honestWins++;
          penUpToWin.add(round.path("seconds").asDouble() - penUp);
        }
      } else {
        int k = Math.floorMod(kind, NonDigitStrokes.KINDS.size());
        negativeRounds[k]++;
        negativeWins[k] += won ? 1 : 0;
      }
    }
    double[] delays = penUpToWin.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "challenge bench: honest digits won %d of %d rounds (%.1f %%)%n", honestWins, n,
        100.0 * honestWins / n);
    if (delays.length > 0) {
      System.out.printf(Locale.ROOT, "challenge bench: pen-up to win median %.3f s, max %.3f s (negative: won while"
          + " drawing)%n", delays[delays.length / 2], delays[delays.length - 1]);
    }
    for (int k = 0; k < negativeWins.length; k++) {
      System.out.printf(Locale.ROOT, "challenge bench: %-9s won %d of %d rounds%n", NonDigitStrokes.KINDS.get(k),
          negativeWins[k], negativeRounds[k]);
    }
    System.out.println("challenge bench: not-digit rounds won in all " + Arrays.stream(negativeWins).sum() + " of "
        + Arrays.stream(negativeRounds).sum());
  }

  /** Shears the unit-square paths by {@code slant} (x moves with height), as a slanted hand does. */
  private static List<List<double[]>> slanted(List<List<double[]>> strokes, double slant) {
    List<List<double[]>> out = new ArrayList<>();
    for (List<double[]> s : strokes) {
      List<double[]> t = new ArrayList<>();
      for (double[] p : s) {
        t.add(new double[] {Math.min(1, Math.max(0, p[0] + slant * (0.5 - p[1]))), p[1]});
      }
      out.add(t);
    }
    return out;
  }
}
