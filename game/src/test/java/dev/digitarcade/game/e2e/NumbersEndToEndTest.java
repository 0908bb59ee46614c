package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.rules.Target;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in the real app, headless, driven by recorded input: free draw and a number challenge. */
class NumbersEndToEndTest {

  @TempDir
  Path tmp;

  /** Draws the digits of {@code number} left to right, each in its share of the canvas. */
  private static Recordings drawNumber(Recordings rec, double[] c, String number) {
    int n = number.length();
    double share = c[2] * 0.9 / n;
    double size = share * 0.95;
    for (int i = 0; i < n; i++) {
      double bx = c[0] + c[2] * 0.05 + i * share;
      double by = c[1] + (c[3] - size) / 2;
      rec.draw(DigitStrokes.of(number.charAt(i) - '0'), bx, by, size).wait(0.25);
    }
    return rec;
  }

  private static JsonNode lastPrediction(List<JsonNode> events) {
    List<JsonNode> p = AppDriver.ofType(events, "prediction");
    return p.get(p.size() - 1);
  }

  @Test
  void aTwoDigitNumberIsReadAsThatNumberWithABoxAroundEachDigit() throws IOException {
    AppDriver driver = new AppDriver(tmp);
    double[] c = driver.canvasRect("free");
    Recordings rec = drawNumber(new Recordings(1120, 720).wait(0.2), c, "42").wait(0.3);
    Path replay = rec.write(tmp.resolve("forty-two.jsonl"));

    List<JsonNode> events = driver.play("--mode", "free", "--replay", replay.toString(),
        "--exit-after", Double.toString(rec.duration() + 0.2),
        "--screenshot", AppDriver.SCREENSHOTS.resolve("free-draw-number.png").toString());

    JsonNode last = lastPrediction(events);
    assertThat(last.path("reading").asText()).as(last.toString()).isEqualTo("42");
    assertThat(last.path("verdict").asText()).isEqualTo("sure");
    JsonNode digits = last.path("digits");
    assertThat(digits).hasSize(2);
    assertThat(digits.get(0).path("digit").asInt()).isEqualTo(4);
    assertThat(digits.get(1).path("digit").asInt()).isEqualTo(2);
    // Boxes in canvas pixels, left to right, apart, each within its half of the canvas (560 px).
    JsonNode a = digits.get(0).path("box");
    JsonNode b = digits.get(1).path("box");
    assertThat(a.path("x").asInt() + a.path("w").asInt()).isLessThan(b.path("x").asInt());
    assertThat(a.path("x").asInt()).isGreaterThanOrEqualTo(0);
    assertThat(b.path("x").asInt() + b.path("w").asInt()).isLessThanOrEqualTo(560);
    assertThat(a.path("w").asInt()).isBetween(40, 280);
    // While the 4 (two strokes) was drawn, it was never read as two digits.
    for (JsonNode p : AppDriver.ofType(events, "prediction")) {
      if (p.path("digits").size() == 2) {
        break;
      }
      assertThat(p.path("digits").size()).as(p.toString()).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void aClearIsUndoneAndRedoneWithTheReadingFollowing() throws IOException {
    AppDriver driver = new AppDriver(tmp);
    double[] c = driver.canvasRect("free");
    Recordings rec = new Recordings(1120, 720).wait(0.2)
        .draw(DigitStrokes.of(7), c[0] + c[2] * 0.2, c[1] + c[3] * 0.2, c[2] * 0.6).wait(0.3)
        .key(Keys.letter('C')).wait(0.3).key(Keys.letter('Z')).wait(0.3).key(Keys.letter('Y')).wait(0.3)
        .key(Keys.letter('Z')).wait(0.3);
    Path replay = rec.write(tmp.resolve("undo-clear.jsonl"));

    List<JsonNode> events = driver.play("--mode", "free", "--replay", replay.toString(),
        "--exit-after", Double.toString(rec.duration() + 0.2));

    // Readings as they changed: the 7, nothing (cleared), the 7 again (undone), nothing (redone), the 7.
    List<String> shown = AppDriver.ofType(events, "prediction").stream()
        .map(p -> p.path("verdict").asText().equals("empty") ? "empty" : p.path("reading").asText(""))
        .filter(s -> s.equals("empty") || s.equals("7"))
        .toList();
    List<String> changes = new ArrayList<>();
    for (String s : shown) {
      if (changes.isEmpty() || !changes.get(changes.size() - 1).equals(s)) {
        changes.add(s);
      }
    }
    assertThat(changes).containsSubsequence("7", "empty", "7", "empty", "7");
    assertThat(AppDriver.ofType(events, "cleared")).hasSize(1);
  }

  @Test
  void aNumberRoundIsWonByDrawingTheTargetNumber() throws IOException {
    long seed = 12;
    Target target = Level.NUMBERS.targets(1, seed).get(0);
    AppDriver driver = new AppDriver(tmp);
    double[] c = driver.canvasRect("challenge");
    Recordings rec = drawNumber(new Recordings(1120, 720).wait(0.3), c, target.answer()).wait(0.5);
    Path replay = rec.write(tmp.resolve("number-round.jsonl"));
    Path ev = tmp.resolve("events.jsonl");
    StringWriter err = new StringWriter();

    int code = AppDriver.app(err, "--headless", "--mode", "challenge", "--level", "numbers", "--seed",
        Long.toString(seed), "--rounds", "1", "--round-seconds", "15", "--model", AppDriver.MODEL.toString(),
        "--replay", replay.toString(), "--exit-after", Double.toString(rec.duration() + 3), "--events",
        ev.toString(), "--scores", tmp.resolve("scores.json").toString(), "--screenshot",
        AppDriver.SCREENSHOTS.resolve("results-numbers.png").toString());

    assertThat(code).as(err.toString()).isZero();
    List<JsonNode> events = driver.events(ev);
    JsonNode started = AppDriver.ofType(events, "target").get(0);
    assertThat(started.path("target").asText()).isEqualTo(target.answer());
    assertThat(started.path("level").asText()).isEqualTo("numbers");
    JsonNode round = AppDriver.ofType(events, "round").get(0);
    assertThat(round.path("won").asBoolean()).as(round.toString()).isTrue();
    assertThat(round.path("guess").asText()).isEqualTo(target.answer());
    assertThat(round.path("points").asInt()).isGreaterThan(100);
  }

  @Test
  void theFirstDigitOfANumberTargetAloneDoesNotWin() throws IOException {
    long seed = 21;
    Target target = Level.NUMBERS.targets(1, seed).get(0);
    AppDriver driver = new AppDriver(tmp);
    double[] c = driver.canvasRect("challenge");
    double share = c[2] * 0.9 / 2;
    Recordings rec = new Recordings(1120, 720).wait(0.3)
        .draw(DigitStrokes.of(target.digitAt(0)), c[0] + c[2] * 0.05, c[1] + (c[3] - share) / 2, share * 0.95)
        .wait(2.0);
    Path replay = rec.write(tmp.resolve("half-number.jsonl"));

    List<JsonNode> events = driver.play("--mode", "challenge", "--level", "numbers", "--seed", Long.toString(seed),
        "--rounds", "1", "--round-seconds", "15", "--replay", replay.toString(), "--exit-after",
        Double.toString(rec.duration()), "--screenshot", AppDriver.SCREENSHOTS.resolve("challenge-numbers.png").toString());

    assertThat(AppDriver.ofType(events, "round")).isEmpty();
    JsonNode last = lastPrediction(events);
    assertThat(last.path("digits")).hasSize(1);
    assertThat(last.path("reading").asText()).isEqualTo(target.answer().substring(0, 1));
  }
}
