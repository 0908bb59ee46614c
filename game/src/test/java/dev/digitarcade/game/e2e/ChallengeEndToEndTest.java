package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.game.rules.Challenge;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole challenge played by a recording: a win, a timeout, a win; results and high score. */
class ChallengeEndToEndTest {

  @TempDir
  Path tmp;

  private final ObjectMapper json = new ObjectMapper();

  private List<JsonNode> events(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(json.readTree(line));
    }
    return out;
  }

  @Test
  void aWinATimeoutAndAWinEndOnTheResultsWithTheScoreSaved() throws IOException {
    long seed = 5;
    int[] targets = Challenge.targets(3, seed);
    double[] c = new AppDriver(tmp).canvasRect("challenge");
    double size = c[2] * 0.7;
    double bx = c[0] + c[2] * 0.15;
    double by = c[1] + c[3] * 0.15;
    // Round 1 from t=0: draw the target; it is won while the stroke is drawn (t < 1.2 s).
    // Verdict 2 s. Round 2: draw nothing for 6 s. Verdict 2 s. Round 3 so starts before t=11.2 s.
    Recordings rec = new Recordings(1120, 720).wait(0.3).draw(DigitStrokes.of(targets[0]), bx, by, size);
    double round3 = 11.4;
    rec.wait(Math.max(0, round3 - rec.duration())).draw(DigitStrokes.of(targets[2]), bx, by, size);
    Path replay = rec.write(tmp.resolve("challenge.jsonl"));
    Path ev = tmp.resolve("events.jsonl");
    Path scores = tmp.resolve("scores.json");
    StringWriter err = new StringWriter();

    int code = AppDriver.app(err, "--headless", "--mode", "challenge", "--seed", Long.toString(seed),
        "--rounds", "3", "--round-seconds", "6", "--model", AppDriver.MODEL.toString(),
        "--replay", replay.toString(), "--exit-after", "26", "--events", ev.toString(),
        "--scores", scores.toString(), "--screenshot",
        AppDriver.SCREENSHOTS.resolve("results.png").toString());

    assertThat(code).as(err.toString()).isZero();
    List<JsonNode> all = events(ev);
    List<JsonNode> rounds = all.stream().filter(e -> e.path("type").asText().equals("round")).toList();
    assertThat(rounds).extracting(r -> r.path("target").asInt()).containsExactly(targets[0], targets[1], targets[2]);
    assertThat(rounds).extracting(r -> r.path("won").asBoolean()).containsExactly(true, false, true);
    assertThat(rounds.get(1).path("guess").isNull()).isTrue();
    assertThat(rounds.get(0).path("points").asInt()).isGreaterThan(100);
    assertThat(rounds.get(2).path("streak").asInt()).isEqualTo(1);
    JsonNode finished = all.stream().filter(e -> e.path("type").asText().equals("finished")).findFirst().orElseThrow();
    int total = rounds.stream().mapToInt(r -> r.path("points").asInt()).sum();
    assertThat(finished.path("score").asInt()).isEqualTo(total);
    assertThat(finished.path("rank").asInt()).isEqualTo(1);
    assertThat(json.readTree(scores.toFile()).path("scores").get(0).path("score").asInt()).isEqualTo(total);
  }

  @Test
  void aGameWithoutAPointIsNotAHighScore() throws IOException {
    Path ev = tmp.resolve("events.jsonl");
    Path scores = tmp.resolve("scores.json");
    StringWriter err = new StringWriter();

    int code = AppDriver.app(err, "--headless", "--mode", "challenge", "--rounds", "2",
        "--round-seconds", "1", "--model", AppDriver.MODEL.toString(), "--exit-after", "7",
        "--events", ev.toString(), "--scores", scores.toString());

    assertThat(code).as(err.toString()).isZero();
    JsonNode finished = events(ev).stream().filter(e -> e.path("type").asText().equals("finished")).findFirst()
        .orElseThrow();
    assertThat(finished.path("score").asInt()).isZero();
    assertThat(finished.path("rank").isNull()).isTrue();
    assertThat(scores).doesNotExist();
  }
}
