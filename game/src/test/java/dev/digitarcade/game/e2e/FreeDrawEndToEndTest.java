package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.engine.input.Keys;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app, headless, driven by recorded input: what the event stream says is what a
 * player would have seen.
 */
class FreeDrawEndToEndTest {

  static final Path ROOT = AppDriver.ROOT;
  static final Path MODEL = AppDriver.MODEL;
  static final Path SCREENSHOTS = AppDriver.SCREENSHOTS;

  @TempDir
  Path tmp;

  private AppDriver driver;

  @BeforeEach
  void driver() {
    driver = new AppDriver(tmp);
  }

  static int app(StringWriter err, String... args) {
    return AppDriver.app(err, args);
  }

  List<JsonNode> events(Path file) throws IOException {
    return driver.events(file);
  }

  double[] canvasRect(String mode) throws IOException {
    return driver.canvasRect(mode);
  }

  @Test
  void tenDigitsDrawnAtDifferentPlacesAndSizesAreEachReadRight() throws IOException {
    double[] c = canvasRect("free");
    Random random = new Random(7);
    Recordings rec = new Recordings(1120, 720).wait(0.2);
    for (int d = 0; d < 10; d++) {
      double size = c[2] * (0.35 + 0.55 * random.nextDouble());
      double bx = c[0] + random.nextDouble() * (c[2] - size);
      double by = c[1] + random.nextDouble() * (c[3] - size);
      rec.draw(DigitStrokes.of(d), bx, by, size).wait(0.3).key(Keys.letter('C')).wait(0.2);
    }
    Path replay = rec.write(tmp.resolve("ten-digits.jsonl"));
    Path ev = tmp.resolve("events.jsonl");
    StringWriter err = new StringWriter();

    int code = app(err, "--headless", "--mode", "free", "--model", MODEL.toString(), "--replay", replay.toString(),
        "--exit-after", Double.toString(rec.duration() + 0.3), "--events", ev.toString(),
        "--scores", tmp.resolve("scores.json").toString());

    assertThat(code).as(err.toString()).isZero();
    List<Integer> lastBeforeClear = new ArrayList<>();
    JsonNode last = null;
    for (JsonNode e : events(ev)) {
      String type = e.path("type").asText();
      if (type.equals("prediction") && !e.path("digit").isNull()) {
        last = e;
      } else if (type.equals("cleared")) {
        lastBeforeClear.add(last == null ? -1 : last.path("digit").asInt());
        last = null;
      }
    }
    assertThat(lastBeforeClear).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void aDigitDrawnSmallInACornerIsReadAndTheScreenIsSaved() throws IOException {
    double[] c = canvasRect("free");
    Recordings rec = new Recordings(1120, 720).wait(0.2)
        .draw(DigitStrokes.of(4), c[0] + c[2] * 0.62, c[1] + c[3] * 0.06, c[2] * 0.3).wait(0.3);
    Path replay = rec.write(tmp.resolve("four.jsonl"));
    Path ev = tmp.resolve("events.jsonl");
    Path shot = SCREENSHOTS.resolve("free-draw.png");
    StringWriter err = new StringWriter();

    int code = app(err, "--headless", "--mode", "free", "--model", MODEL.toString(), "--replay", replay.toString(),
        "--exit-after", Double.toString(rec.duration()), "--events", ev.toString(), "--screenshot", shot.toString(),
        "--scores", tmp.resolve("scores.json").toString());

    assertThat(code).as(err.toString()).isZero();
    List<JsonNode> predictions = events(ev).stream().filter(e -> e.path("type").asText().equals("prediction")).toList();
    assertThat(predictions).isNotEmpty();
    JsonNode final_ = predictions.get(predictions.size() - 1);
    assertThat(final_.path("digit").asInt()).isEqualTo(4);
    assertThat(final_.path("confidence").asDouble()).isGreaterThan(0.7);
    assertThat(final_.path("probabilities")).hasSize(10);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}
