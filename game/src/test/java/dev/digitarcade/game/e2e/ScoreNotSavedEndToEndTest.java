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

/** A won challenge whose score cannot be saved: the game says so, and the file in the way is untouched. */
class ScoreNotSavedEndToEndTest {

  @TempDir
  Path tmp;

  @Test
  void aScoreThatCannotBeSavedIsReportedNotCalledATopTenMiss() throws IOException {
    long seed = 3;
    int target = Challenge.targets(1, seed)[0];
    double[] c = new AppDriver(tmp).canvasRect("challenge");
    Recordings rec = new Recordings(1120, 720).wait(0.3)
        .draw(DigitStrokes.of(target), c[0] + c[2] * 0.15, c[1] + c[3] * 0.15, c[2] * 0.7);
    Path replay = rec.write(tmp.resolve("win.jsonl"));
    Path ev = tmp.resolve("events.jsonl");
    Path scores = Files.createDirectories(tmp.resolve("scores.json")); // a directory where the table should be
    Files.writeString(scores.resolve("keep.txt"), "not the game's");
    StringWriter err = new StringWriter();

    int code = AppDriver.app(err, "--headless", "--mode", "challenge", "--seed", Long.toString(seed),
        "--rounds", "1", "--round-seconds", "6", "--model", AppDriver.MODEL.toString(),
        "--replay", replay.toString(), "--exit-after", "5", "--events", ev.toString(),
        "--scores", scores.toString(), "--screenshot",
        AppDriver.SCREENSHOTS.resolve("results-not-saved.png").toString());

    assertThat(code).as(err.toString()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> all = new ArrayList<>();
    for (String line : Files.readAllLines(ev)) {
      all.add(json.readTree(line));
    }
    JsonNode finished = all.stream().filter(e -> e.path("type").asText().equals("finished")).findFirst().orElseThrow();
    assertThat(finished.path("score").asInt()).isPositive();
    assertThat(finished.path("rank").isNull()).isTrue();
    assertThat(finished.path("saveError").asText())
        .isEqualTo("high scores: could not save to " + scores + ": scores.json is a directory");
    assertThat(Files.readString(scores.resolve("keep.txt"))).isEqualTo("not the game's");
  }
}
