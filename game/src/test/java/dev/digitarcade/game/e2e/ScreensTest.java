package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.rules.Challenge;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen, opened through the real app headless and saved as a PNG in
 * game/target/screenshots for people to look at; the assertions check what can be checked
 * from outside: the right screen came up and it is not blank.
 */
class ScreensTest {

  @TempDir
  Path tmp;


  private int run(StringWriter err, Path shot, Path replay, String... extra) {
    List<String> args = new ArrayList<>(List.of("--headless", "--model",
        AppDriver.MODEL.toString(), "--scores", tmp.resolve("scores.json").toString(),
        "--screenshot", shot.toString()));
    if (replay != null) {
      args.add("--replay");
      args.add(replay.toString());
    }
    args.addAll(List.of(extra));
    return AppDriver.app(err, args.toArray(String[]::new));
  }

  /** Distinct grey levels in a coarse sample: a blank or single-colour frame has one or two. */
  private static long variety(Path png) throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img).isNotNull();
    return IntStream.range(0, 64 * 64).map(i -> {
      int x = (i % 64) * img.getWidth() / 64;
      int y = (i / 64) * img.getHeight() / 64;
      int rgb = img.getRGB(x, y);
      return ((rgb >> 16) & 0xff) / 8;
    }).distinct().count();
  }

  /** How many sampled pixels of the region (fractions of the frame) differ between two frames. */
  private static int differing(Path a, Path b, double x0, double y0, double x1, double y1) throws IOException {
    BufferedImage ia = ImageIO.read(a.toFile());
    BufferedImage ib = ImageIO.read(b.toFile());
    int n = 0;
    for (int y = (int) (y0 * ia.getHeight()); y < (int) (y1 * ia.getHeight()); y += 2) {
      for (int x = (int) (x0 * ia.getWidth()); x < (int) (x1 * ia.getWidth()); x += 2) {
        n += ia.getRGB(x, y) != ib.getRGB(x, y) ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void theMenuShowsWhileTheModelIsReady() throws IOException {
    Path shot = AppDriver.SCREENSHOTS.resolve("menu.png");
    StringWriter err = new StringWriter();
    assertThat(run(err, shot, null, "--exit-after", "0.3")).as(err.toString()).isZero();
    assertThat(variety(shot)).isGreaterThan(4);
  }

  @Test
  void highScoresListTheSavedGames() throws IOException {
    Files.writeString(tmp.resolve("scores.json"), "{\"version\":1,\"scores\":[{\"score\":2450,\"roundsWon\":8,"
        + "\"rounds\":10,\"bestStreak\":5,\"when\":\"" + Instant.parse("2026-11-20T18:30:00Z") + "\"},"
        + "{\"score\":1210,\"roundsWon\":6,\"rounds\":10,\"bestStreak\":3,\"when\":\"2026-11-21T09:05:00Z\"}]}");
    Path replay = new Recordings(1120, 720).wait(0.2).key(Keys.letter('H')).write(tmp.resolve("h.jsonl"));
    Path shot = AppDriver.SCREENSHOTS.resolve("high-scores.png");
    StringWriter err = new StringWriter();
    assertThat(run(err, shot, replay, "--exit-after", "0.6")).as(err.toString()).isZero();
    assertThat(variety(shot)).isGreaterThan(4);
    assertThat(err.toString()).doesNotContain("unreadable");
    // The same screen over an empty table: the two saved games are what differs, in the table's rows.
    Files.writeString(tmp.resolve("scores.json"), "{\"version\":1,\"scores\":[]}");
    Path empty = tmp.resolve("high-scores-empty.png");
    assertThat(run(err, empty, replay, "--exit-after", "0.6")).as(err.toString()).isZero();
    assertThat(differing(shot, empty, 0, 0.15, 1, 0.6)).as("rows of saved games").isGreaterThan(200);
    assertThat(differing(shot, empty, 0, 0, 1, 0.1)).as("the title").isZero();
  }

  @Test
  void aChallengeRoundInProgress() throws IOException {
    double[] c = new AppDriver(tmp).canvasRect("challenge");
    int target = Challenge.targets(10, 3)[0];
    // Half of the target's strokes: the round is still on when the frame is saved.
    List<List<double[]>> strokes = DigitStrokes.of(target);
    List<double[]> first = strokes.get(0);
    Path replay = new Recordings(1120, 720).wait(0.5)
        .draw(List.of(first.subList(0, Math.max(2, first.size() / 3))), c[0] + 60, c[1] + 60, c[2] * 0.6)
        .write(tmp.resolve("part.jsonl"));
    Path shot = AppDriver.SCREENSHOTS.resolve("challenge.png");
    Path ev = tmp.resolve("ev.jsonl");
    StringWriter err = new StringWriter();
    assertThat(run(err, shot, replay, "--mode", "challenge", "--seed", "3", "--exit-after", "2.5",
        "--events", ev.toString())).as(err.toString()).isZero();
    assertThat(variety(shot)).isGreaterThan(4);
    ObjectMapper json = new ObjectMapper();
    List<String> types = new ArrayList<>();
    for (String line : Files.readAllLines(ev)) {
      JsonNode e = json.readTree(line);
      types.add(e.path("type").asText());
    }
    // In progress: the round started (its target announced), readings came, it did not end.
    assertThat(types).contains("target", "prediction").doesNotContain("round");
  }

  @Test
  void withoutAModelTheAppOpensAndSaysWhereItLooked() throws IOException {
    Path missing = tmp.resolve("no-model-here");
    Path shot = AppDriver.SCREENSHOTS.resolve("menu-no-model.png");
    StringWriter err = new StringWriter();
    List<String> args = List.of("--headless", "--model", missing.toString(), "--scores",
        tmp.resolve("scores.json").toString(), "--screenshot", shot.toString(), "--exit-after", "0.3");
    assertThat(AppDriver.app(err, args.toArray(String[]::new))).as(err.toString()).isZero();
    assertThat(variety(shot)).isGreaterThan(4);
    assertThat(err.toString()).contains("no model").contains(missing.toString());
    // The menu with the model differs from this one where the missing model is reported.
    Path withModel = tmp.resolve("menu-with-model.png");
    assertThat(run(new StringWriter(), withModel, null, "--exit-after", "0.3")).isZero();
    assertThat(differing(shot, withModel, 0, 0, 1, 1)).as("what the menu says about the model").isGreaterThan(50);
  }
}
