package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.rules.Challenge;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Keep my drawings": finished drawings land in the profile's {@code drawings/kept} (free draw on
 * C and on leaving, the challenge at each round's end), labelled only when taught or won, never as
 * examples; with the setting off nothing is kept.
 */
class KeepDrawingsEndToEndTest {

  @TempDir
  Path tmp;

  private final ObjectMapper json = new ObjectMapper();

  private List<JsonNode> kept(Path profile) throws IOException {
    Path dir = profile.resolve("drawings/kept");
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted(Comparator.comparing(Path::toString)).toList()) {
        out.add(json.readTree(f.toFile()));
      }
    }
    out.sort(Comparator.comparingLong(n -> n.path("created").asLong()));
    return out;
  }

  private int run(StringWriter err, Recordings rec, String mode, Path profile, String... more) throws IOException {
    Path replay = rec.write(tmp.resolve(mode + ".jsonl"));
    List<String> args = new ArrayList<>(List.of("--headless", "--mode", mode, "--model", AppDriver.MODEL.toString(),
        "--replay", replay.toString(), "--events", tmp.resolve("events.jsonl").toString(),
        "--scores", tmp.resolve("scores.json").toString(), "--profile", profile.toString()));
    args.addAll(List.of(more));
    return AppDriver.app(err, args.toArray(String[]::new));
  }

  @Test
  void freeDrawKeepsEachFinishedDrawingLabelledOnlyWhenTaught() throws IOException {
    double[] c = new AppDriver(tmp).canvasRect("free");
    Path profile = tmp.resolve("profile");
    Recordings rec = new Recordings(1120, 720).wait(0.2)
        .draw(DigitStrokes.of(3), c[0] + c[2] * 0.2, c[1] + c[3] * 0.2, c[2] * 0.6).wait(0.3)
        .key(Keys.digit(3)).wait(0.3)
        .key(Keys.letter('C')).wait(0.3)
        .draw(DigitStrokes.of(5), c[0] + c[2] * 0.2, c[1] + c[3] * 0.2, c[2] * 0.6).wait(0.3);
    StringWriter err = new StringWriter();

    int code = run(err, rec, "free", profile, "--exit-after", Double.toString(rec.duration() + 0.2),
        "--settings", tmp.resolve("settings.json").toString());

    assertThat(code).as(err.toString()).isZero();
    List<JsonNode> kept = kept(profile);
    assertThat(kept).hasSize(2);
    JsonNode taught = kept.get(0);
    assertThat(taught.path("source").asText()).isEqualTo("free");
    assertThat(taught.path("label").asText()).isEqualTo("3");
    assertThat(taught.path("taught").asText()).startsWith("3-");
    assertThat(taught.path("strokes").size()).isEqualTo(DigitStrokes.of(3).size());
    assertThat(taught.path("strokes").get(0).path("t").size()).isGreaterThan(2);
    assertThat(taught.path("inputs").size()).isEqualTo(1);
    JsonNode left = kept.get(1);
    assertThat(left.path("label").isNull()).as("the drawing on show when leaving was not taught").isTrue();
    // Kept drawings are not examples: the profile holds the one taught example only.
    try (Stream<Path> files = Files.list(profile.resolve("examples"))) {
      assertThat(files.count()).isEqualTo(1);
    }
  }

  @Test
  void withTheSettingOffNothingIsKept() throws IOException {
    double[] c = new AppDriver(tmp).canvasRect("free");
    Path profile = tmp.resolve("profile");
    Path settings = tmp.resolve("settings.json");
    Files.writeString(settings, "{\"version\": 1, \"keepDrawings\": false}");
    Recordings rec = new Recordings(1120, 720).wait(0.2)
        .draw(DigitStrokes.of(3), c[0] + c[2] * 0.2, c[1] + c[3] * 0.2, c[2] * 0.6).wait(0.3)
        .key(Keys.letter('C')).wait(0.3)
        .draw(DigitStrokes.of(5), c[0] + c[2] * 0.2, c[1] + c[3] * 0.2, c[2] * 0.6).wait(0.3);
    StringWriter err = new StringWriter();

    int code = run(err, rec, "free", profile, "--exit-after", Double.toString(rec.duration() + 0.2),
        "--settings", settings.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).doesNotContain("settings:");
    assertThat(profile.resolve("drawings/kept")).doesNotExist();
  }

  @Test
  void theChallengeKeepsEachRoundsDrawingLabelledWithTheTargetWhenWon() throws IOException {
    long seed = 5;
    int[] targets = Challenge.targets(2, seed);
    double[] c = new AppDriver(tmp).canvasRect("challenge");
    double size = c[2] * 0.7;
    double bx = c[0] + c[2] * 0.15;
    double by = c[1] + c[3] * 0.15;
    int wrong = (targets[1] + 5) % 10;
    // Round 1: the target, won while drawn. Round 2 (from about 3.2 s): another digit, then time runs out.
    Recordings rec = new Recordings(1120, 720).wait(0.3).draw(DigitStrokes.of(targets[0]), bx, by, size);
    rec.wait(Math.max(0, 4.5 - rec.duration())).draw(DigitStrokes.of(wrong), bx, by, size);
    Path profile = tmp.resolve("profile");
    StringWriter err = new StringWriter();

    int code = run(err, rec, "challenge", profile, "--seed", Long.toString(seed), "--rounds", "2",
        "--round-seconds", "6", "--exit-after", "13", "--settings", tmp.resolve("settings.json").toString());

    assertThat(code).as(err.toString()).isZero();
    List<JsonNode> kept = kept(profile);
    assertThat(kept).hasSize(2);
    assertThat(kept).allMatch(k -> k.path("source").asText().equals("challenge"));
    assertThat(kept.get(0).path("label").asText()).isEqualTo(Integer.toString(targets[0]));
    assertThat(kept.get(0).path("target").asText()).isEqualTo(Integer.toString(targets[0]));
    assertThat(kept.get(1).path("label").isNull()).as("a lost round's drawing is unlabelled").isTrue();
    assertThat(kept.get(1).path("target").asText()).isEqualTo(Integer.toString(targets[1]));
    assertThat(profile.resolve("examples")).doesNotExist();
  }
}
