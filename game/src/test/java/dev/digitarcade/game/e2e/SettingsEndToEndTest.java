package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.engine.input.Keys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings screen and the shared keys, driven through the real app. */
class SettingsEndToEndTest {
  @TempDir
  Path tmp;

  private final ObjectMapper json = new ObjectMapper();

  private List<JsonNode> run(AppDriver d, Path replay, String... extra) throws IOException {
    Path ev = tmp.resolve("events.jsonl");
    List<String> args = new ArrayList<>(List.of("--headless", "--model", tmp.resolve("none").toString(),
        "--settings", tmp.resolve("settings.json").toString(), "--scores", tmp.resolve("scores.json").toString(),
        "--events", ev.toString(), "--replay", replay.toString(), "--exit-after", "0.6"));
    args.addAll(List.of(extra));
    assertThat(d.run(args.toArray(String[]::new))).as(d.err()).isZero();
    return d.events(ev);
  }

  @Test
  void changesAreSavedAsTheyAreMadeAndLoadedNextTime() throws IOException {
    Path replay = new Recordings(1120, 720).wait(0.1).key(Keys.letter('S'))
        .key(Keys.DOWN).key(Keys.RIGHT).key(Keys.RIGHT)            // rounds 10 -> 12
        .key(Keys.DOWN).key(Keys.RIGHT)                              // difficulty normal -> hard
        .key(Keys.DOWN).key(Keys.DOWN).key(Keys.LEFT).key(Keys.LEFT) // sound volume 80 % -> 60 %
        .key(Keys.ESCAPE).write(tmp.resolve("s.jsonl"));
    run(new AppDriver(tmp), replay);
    JsonNode saved = json.readTree(tmp.resolve("settings.json").toFile());
    assertThat(saved.path("rounds").asInt()).isEqualTo(12);
    assertThat(saved.path("difficulty").asText()).isEqualTo("hard");
    assertThat(saved.path("soundVolume").asDouble()).isCloseTo(0.6, offset(1e-6));
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("settings.json."));
    }
  }

  @Test
  void mTogglesTheSoundAndTheSettingsRememberIt() throws IOException {
    Path replay = new Recordings(1120, 720).wait(0.1).key(Keys.letter('M')).write(tmp.resolve("m.jsonl"));
    List<JsonNode> events = run(new AppDriver(tmp), replay);
    assertThat(AppDriver.ofType(events, "sound")).singleElement()
        .satisfies(e -> assertThat(e.path("muted").asBoolean()).isTrue());
    assertThat(json.readTree(tmp.resolve("settings.json").toFile()).path("muted").asBoolean()).isTrue();
    // --mute mutes one run without writing anything.
    Files.delete(tmp.resolve("settings.json"));
    Path none = new Recordings(1120, 720).wait(0.1).write(tmp.resolve("none.jsonl"));
    run(new AppDriver(tmp), none, "--mute");
    assertThat(tmp.resolve("settings.json")).doesNotExist();
  }

  @Test
  void aDamagedSettingsFileIsSetAsideWithOneLineAndTheAppRuns() throws IOException {
    Files.writeString(tmp.resolve("settings.json"), "{\"version\":1,\"rounds\":");
    AppDriver d = new AppDriver(tmp);
    run(d, new Recordings(1120, 720).wait(0.1).write(tmp.resolve("none.jsonl")));
    List<String> lines = d.err().lines().filter(l -> l.contains("settings")).toList();
    assertThat(lines).singleElement().asString().contains("is damaged").contains("settings.json.damaged-");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("settings.json.damaged-"));
    }
  }
}
