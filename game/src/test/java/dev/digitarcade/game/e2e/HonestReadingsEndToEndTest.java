package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.rules.Challenge;
import dev.digitarcade.game.rules.ChallengeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app claims only what it can stand behind, played by recorded input through the real app:
 * a dab, a letter, a scribble and a star are never called a digit and never win a round; the
 * target digit does.
 */
class HonestReadingsEndToEndTest {
  private static final double ROUND_SECONDS = 3;

  @TempDir
  Path tmp;

  @Test
  void inAChallengeNothingButTheTargetDigitWinsARound() throws IOException {
    AppDriver app = new AppDriver(tmp);
    double[] c = app.canvasRect("challenge");
    double size = c[2] * 0.6;
    double bx = c[0] + c[2] * 0.2;
    double by = c[1] + c[3] * 0.2;
    long seed = 11;
    int rounds = 5;
    int[] targets = Challenge.targets(rounds, seed);
    List<List<List<double[]>>> drawings = List.of(NonDigitStrokes.dab(), NonDigitStrokes.letterA(),
        NonDigitStrokes.scribble(3), NonDigitStrokes.star());
    // Every round but the last is lost, so round k starts at k * (round + pause).
    double period = ROUND_SECONDS + ChallengeConfig.DEFAULT_PAUSE_SECONDS;
    Recordings rec = new Recordings(AppDriver.WIDTH, AppDriver.HEIGHT);
    for (int k = 0; k < rounds; k++) {
      rec.wait(Math.max(0, k * period + 0.3 - rec.duration()));
      rec.draw(k < drawings.size() ? drawings.get(k) : DigitStrokes.of(targets[k]), bx, by, size);
    }
    Path replay = rec.write(tmp.resolve("challenge.jsonl"));
    List<JsonNode> events = app.play("--mode", "challenge", "--seed", Long.toString(seed), "--rounds",
        Integer.toString(rounds), "--round-seconds", Double.toString(ROUND_SECONDS), "--replay", replay.toString(),
        "--exit-after", Double.toString(rounds * period + 1));

    List<JsonNode> started = AppDriver.ofType(events, "target");
    assertThat(started).extracting(e -> e.path("target").asText())
        .containsExactly(Arrays.stream(targets).mapToObj(String::valueOf).toArray(String[]::new));
    List<JsonNode> ended = AppDriver.ofType(events, "round");
    assertThat(ended).extracting(e -> e.path("won").asBoolean()).containsExactly(false, false, false, false, true);
    assertThat(AppDriver.ofType(events, "finished").get(0).path("roundsWon").asInt()).isEqualTo(1);
  }

  @Test
  void inFreeDrawTheVerdictsSayWhatWasDrawn() throws IOException {
    AppDriver app = new AppDriver(tmp);
    double[] c = app.canvasRect("free");
    double size = c[2] * 0.6;
    double bx = c[0] + c[2] * 0.2;
    double by = c[1] + c[3] * 0.2;
    List<List<List<double[]>>> drawings = List.of(NonDigitStrokes.dab(), NonDigitStrokes.letterA(),
        NonDigitStrokes.scribble(5), NonDigitStrokes.star(), DigitStrokes.of(3));
    Recordings rec = new Recordings(AppDriver.WIDTH, AppDriver.HEIGHT).wait(0.2);
    for (List<List<double[]>> d : drawings) {
      rec.draw(d, bx, by, size).wait(0.3).key(Keys.letter('C')).wait(0.2);
    }
    Path replay = rec.write(tmp.resolve("free.jsonl"));
    List<JsonNode> events = app.play("--mode", "free", "--replay", replay.toString(), "--exit-after",
        Double.toString(rec.duration() + 0.5));

    // The last reading before each clear is the app's verdict on that drawing.
    List<JsonNode> last = new ArrayList<>();
    JsonNode previous = null;
    for (JsonNode e : events) {
      if (e.path("type").asText().equals("prediction")) {
        previous = e;
      } else if (e.path("type").asText().equals("cleared") && previous != null) {
        last.add(previous);
        previous = null;
      }
    }
    assertThat(last).hasSize(drawings.size());
    for (int i = 0; i < 4; i++) {
      JsonNode v = last.get(i);
      assertThat(v.path("verdict").asText()).as("drawing %d: %s", i, v).isNotEqualTo("sure");
      assertThat(v.path("reading").isNull()).isTrue();
    }
    assertThat(last.get(4).path("verdict").asText()).isEqualTo("sure");
    assertThat(last.get(4).path("reading").asText()).isEqualTo("3");
    assertThat(events).filteredOn(e -> e.path("type").asText().equals("prediction"))
        .allSatisfy(e -> assertThat(e.path("verdict").asText()).isIn("empty", "not-a-digit", "unsure", "sure"));
  }
}
