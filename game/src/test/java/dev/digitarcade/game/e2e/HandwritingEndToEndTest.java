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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app learns the player's hand: a slashed zero, which the model does not read as a sure 0,
 * is taught with the 0 key; another slashed zero, drawn elsewhere and at another size, then reads
 * 0 and the event stream says the profile helped. The example is on disk in the profile.
 */
class HandwritingEndToEndTest {

  @TempDir
  Path tmp;

  /** A zero with a slash across it, drawn as two strokes. */
  static List<List<double[]>> slashedZero(double tilt) {
    List<double[]> ring = new ArrayList<>();
    for (int i = 0; i <= 40; i++) {
      double a = Math.toRadians(-90 + 365.0 * i / 40);
      ring.add(new double[] {0.5 + 0.26 * Math.cos(a), 0.5 + 0.4 * Math.sin(a)});
    }
    List<double[]> slash = new ArrayList<>();
    for (int i = 0; i <= 16; i++) {
      double t = i / 16.0;
      slash.add(new double[] {0.8 - tilt + (0.2 + 2 * tilt - 0.8) * t, 0.08 + 0.84 * t});
    }
    return List.of(ring, slash);
  }

  @Test
  void aTaughtSlashedZeroMakesTheNextReadAsZeroWithTheProfile() throws IOException {
    AppDriver driver = new AppDriver(tmp);
    double[] c = driver.canvasRect("free");
    Path profile = tmp.resolve("profile");
    Recordings rec = new Recordings(1120, 720).wait(0.2)
        .draw(slashedZero(0), c[0] + c[2] * 0.2, c[1] + c[3] * 0.2, c[2] * 0.6).wait(0.3)
        .key(Keys.digit(0)).wait(0.3)
        .key(Keys.letter('C')).wait(0.3)
        .draw(slashedZero(0.03), c[0] + c[2] * 0.05, c[1] + c[3] * 0.4, c[2] * 0.45).wait(0.3);
    Path replay = rec.write(tmp.resolve("slashed.jsonl"));
    Path ev = tmp.resolve("events.jsonl");
    StringWriter err = new StringWriter();

    int code = AppDriver.app(err, "--headless", "--mode", "free", "--model", AppDriver.MODEL.toString(),
        "--replay", replay.toString(), "--exit-after", Double.toString(rec.duration() + 0.2), "--events",
        ev.toString(), "--scores", tmp.resolve("scores.json").toString(), "--profile", profile.toString());

    assertThat(code).as(err.toString()).isZero();
    List<JsonNode> events = driver.events(ev);
    JsonNode beforeTeach = null;
    JsonNode last = null;
    boolean taught = false;
    for (JsonNode e : events) {
      String type = e.path("type").asText();
      if (type.equals("taught")) {
        taught = true;
        assertThat(e.path("digit").asInt()).isZero();
      } else if (type.equals("prediction") && !taught) {
        beforeTeach = e;
      } else if (type.equals("prediction")) {
        last = e;
      }
    }
    assertThat(taught).as("the 0 key taught an example").isTrue();
    // Without the profile the model does not stand behind a 0.
    assertThat(beforeTeach).isNotNull();
    assertThat(beforeTeach.path("reading").asText("")).isNotEqualTo("0");
    assertThat(beforeTeach.path("profile").asBoolean()).isFalse();
    // The second slashed zero reads 0, with the profile's help.
    assertThat(last).isNotNull();
    assertThat(last.path("reading").asText()).isEqualTo("0");
    assertThat(last.path("profile").asBoolean()).isTrue();
    try (Stream<Path> files = Files.list(profile.resolve("examples"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(1);
    }
  }
}
