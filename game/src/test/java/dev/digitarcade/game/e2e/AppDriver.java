package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.game.app.Main;
import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.install.Installation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives the real app, headless, in this JVM: runs it with arguments, reads its event stream,
 * knows where the canvas is. One per test, with the test's temporary directory.
 */
final class AppDriver {
  /** The repository (through the one installation rule), its shipped model and where screenshots go. */
  static final Path ROOT = Installation.current().home();
  static final Path MODEL = Installation.current().resolve(ModelContract.SHIPPED_MODEL);
  static final Path SCREENSHOTS = ROOT.resolve("game/target/screenshots");

  /** The window size the app opens with by default. */
  static final int WIDTH = 1120;
  static final int HEIGHT = 720;

  private final Path tmp;
  private final ObjectMapper json = new ObjectMapper();
  private final StringWriter err = new StringWriter();

  AppDriver(Path tmp) {
    this.tmp = tmp;
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the app with {@code args} and returns its exit code; what it says on stderr is in {@link #err()}. */
  int run(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  /** Runs the app headless with the shipped model, a private score file and {@code args}; asserts exit 0. */
  List<JsonNode> play(String... args) throws IOException {
    Path ev = Files.createTempFile(tmp, "events", ".jsonl");
    List<String> all = new ArrayList<>(List.of("--headless", "--model", MODEL.toString(), "--events", ev.toString()));
    if (!List.of(args).contains("--scores")) {
      all.addAll(List.of("--scores", tmp.resolve("scores.json").toString()));
    }
    all.addAll(List.of(args));
    int code = run(all.toArray(String[]::new));
    assertThat(code).as(err()).isZero();
    return events(ev);
  }

  /** Runs the app in this JVM with {@code args}; stderr goes to {@code err}. */
  static int app(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  String err() {
    return err.toString();
  }

  List<JsonNode> events(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(json.readTree(line));
    }
    return out;
  }

  static List<JsonNode> ofType(List<JsonNode> events, String type) {
    return events.stream().filter(e -> e.path("type").asText().equals(type)).toList();
  }

  /** The canvas rectangle {@code x, y, w, h} the app reports in its ready event for {@code mode}. */
  double[] canvasRect(String mode) throws IOException {
    JsonNode ready = ofType(play("--mode", mode, "--exit-after", "0.1"), "ready").get(0);
    assertThat(ready.path("modelLoaded").asBoolean()).isTrue();
    JsonNode c = ready.path("canvas");
    return new double[] {c.path("x").asDouble(), c.path("y").asDouble(), c.path("w").asDouble(), c.path("h").asDouble()};
  }

  Path tmp() {
    return tmp;
  }
}
