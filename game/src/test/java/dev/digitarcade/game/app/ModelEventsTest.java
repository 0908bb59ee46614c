package dev.digitarcade.game.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the event stream and stderr say about the model, in the real app, headless. */
class ModelEventsTest {
  @TempDir
  Path tmp;

  private int app(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  private static List<JsonNode> events(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(json.readTree(line));
    }
    return out;
  }

  private static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.path("type").asText()).toList();
  }

  @Test
  void anUnusableModelIsAnEventWithTheReasonAndOneLineOnStderr() throws IOException {
    Path missing = tmp.resolve("no-model-here");
    Path events = tmp.resolve("events.jsonl");
    StringWriter err = new StringWriter();
    int code = app(err, "--headless", "--mode", "free", "--model", missing.toString(), "--scores",
        tmp.resolve("scores.json").toString(), "--exit-after", "0.2", "--events", events.toString());
    assertThat(code).isZero();
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .startsWith("digit-arcade: no model: ").contains(missing.toString()).contains("does not exist");
    List<JsonNode> all = events(events);
    JsonNode model = all.stream().filter(e -> e.path("type").asText().equals("model")).findFirst().orElseThrow();
    assertThat(model.path("loaded").asBoolean(true)).isFalse();
    assertThat(model.path("error").asText()).contains(missing.toString());
    assertThat(types(all)).last().isEqualTo("exit");
  }

  @Test
  void theShippedModelIsReportedLoadedBeforeTheScreenIsReady() throws IOException {
    Path events = tmp.resolve("events.jsonl");
    StringWriter err = new StringWriter();
    int code = app(err, "--headless", "--mode", "free", "--scores", tmp.resolve("scores.json").toString(),
        "--exit-after", "0.2", "--events", events.toString());
    assertThat(code).as(err.toString()).isZero();
    List<JsonNode> all = events(events);
    assertThat(types(all)).containsSubsequence("model", "ready", "exit").last().isEqualTo("exit");
    JsonNode model = all.get(types(all).indexOf("model"));
    assertThat(model.path("loaded").asBoolean()).isTrue();
    assertThat(model.path("loadMs").asLong(-1)).isPositive();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void withoutADisplayNothingIsLoadedBeforeTheAppSaysSo() throws IOException {
    assumeTrue(System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null,
        "needs an environment without a display");
    Path events = tmp.resolve("events.jsonl");
    StringWriter err = new StringWriter();
    assertThat(app(err, "--mode", "free", "--events", events.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("digit-arcade: No display").doesNotContain("\n\n");
    assertThat(types(events(events))).doesNotContain("model");
  }
}
