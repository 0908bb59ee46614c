package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.rules.Challenge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The results screen: a name typed for a score that made the table, offered again next time; and
 * its layout at the four window sizes, with every round shown and no text outside its card.
 */
class ResultsEndToEndTest {
  @TempDir
  Path tmp;

  private final ObjectMapper json = new ObjectMapper();

  /** One won round of one, drawn at once, then {@code after}; returns the events. */
  private List<JsonNode> winOne(String size, Recordings rec, String shot, double exitAfter) throws IOException {
    AppDriver d = new AppDriver(tmp);
    double[] c = d.canvasRect("challenge");
    int target = Challenge.targets(1, 5)[0];
    return d.play(args(size, rec, shot, exitAfter, target, c));
  }

  private String[] args(String size, Recordings rec, String shot, double exitAfter, int target, double[] c)
      throws IOException {
    Path replay = rec.write(tmp.resolve(shot + ".jsonl"));
    return new String[] {"--mode", "challenge", "--seed", "5", "--rounds", "1", "--round-seconds", "8",
        "--size", size, "--check-layout", "--replay", replay.toString(), "--exit-after", Double.toString(exitAfter),
        "--settings", tmp.resolve("settings.json").toString(),
        "--screenshot", LayoutTest.SHOTS.resolve(shot + ".png").toString()};
  }

  private static Recordings drawing(double[] c) {
    int target = Challenge.targets(1, 5)[0];
    return new Recordings(1120, 720).wait(0.3).draw(DigitStrokes.of(target), c[0] + c[2] * 0.15, c[1] + c[3] * 0.15,
        c[2] * 0.7);
  }

  @Test
  void aNameTypedForAHighScoreIsSavedAndOfferedNextTime() throws IOException {
    Files.createDirectories(LayoutTest.SHOTS);
    AppDriver d = new AppDriver(tmp);
    double[] c = d.canvasRect("challenge");
    // Won within ~1.5 s; the verdict shows 2 s; then the results. Type a name there and save it.
    Recordings rec = drawing(c);
    rec.wait(Math.max(0, 5 - rec.duration())).type("Ada L").key(Keys.BACKSPACE).key(Keys.BACKSPACE).type("Lovelace")
        .key(Keys.ENTER);
    List<JsonNode> events = d.play(args("1120x720", rec, "results-named", rec.duration() + 0.5, 0, c));
    assertThat(AppDriver.ofType(events, "finished").get(0).path("rank").asInt()).isEqualTo(1);
    assertThat(AppDriver.ofType(events, "name")).singleElement()
        .satisfies(e -> assertThat(e.path("name").asText()).isEqualTo("AdaLovelace"));
    assertThat(AppDriver.ofType(events, "say")).extracting(e -> e.path("text").asText()).contains("New best score!");
    JsonNode table = json.readTree(tmp.resolve("scores.json").toFile());
    assertThat(table.path("scores").get(0).path("name").asText()).isEqualTo("AdaLovelace");
    assertThat(json.readTree(tmp.resolve("settings.json").toFile()).path("playerName").asText()).isEqualTo("AdaLovelace");

    // The next game that makes the table is saved under that name before anything is typed.
    Recordings again = drawing(c);
    again.wait(Math.max(0, 5 - again.duration()));
    d.play(args("1120x720", again, "results-name-offered", again.duration() + 0.5, 0, c));
    JsonNode second = json.readTree(tmp.resolve("scores.json").toFile()).path("scores");
    assertThat(second).hasSize(2);
    assertThat(second.get(0).path("name").asText()).isEqualTo("AdaLovelace");
    assertThat(second.get(1).path("name").asText()).isEqualTo("AdaLovelace");
  }

  @ParameterizedTest
  @ValueSource(strings = {"800x600", "1120x720", "1920x1080", "800x1280"})
  void tenRoundsFitAtEverySize(String size) throws IOException {
    Files.createDirectories(LayoutTest.SHOTS);
    AppDriver d = new AppDriver(tmp);
    Path replay = new Recordings(1120, 720).wait(0.1).write(tmp.resolve("none.jsonl"));
    // Ten lost rounds of 0.5 s, each with its 2 s verdict: the results are up after ~25 s.
    List<JsonNode> events = d.play("--mode", "challenge", "--seed", "5", "--rounds", "10", "--round-seconds", "0.5",
        "--size", size, "--check-layout", "--replay", replay.toString(), "--exit-after", "27",
        "--settings", tmp.resolve("settings.json").toString(),
        "--screenshot", LayoutTest.SHOTS.resolve("results-" + size + ".png").toString());
    assertThat(AppDriver.ofType(events, "finished")).hasSize(1);
    List<String> problems = new ArrayList<>();
    for (JsonNode e : AppDriver.ofType(events, "layout")) {
      problems.add(e.path("screen").asText() + ": " + e.path("problem").asText());
    }
    assertThat(problems).isEmpty();
  }
}
