package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.engine.input.Keys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screens at the smallest window, the default one, full HD and a tall one: the app measures
 * what it draws ({@code --check-layout}) and reports any text outside its card, any card outside
 * the window or on another card; there must be none. The frames are saved in
 * game/target/screenshots/layout for people to look at.
 */
class LayoutTest {
  static final Path SHOTS = AppDriver.SCREENSHOTS.resolve("layout");

  @TempDir
  Path tmp;

  /** Opens a screen by {@code keys} from the menu at {@code size}; returns the layout problems reported. */
  private List<String> open(String name, String size, Path model, int... keys) throws IOException {
    return open(name, size, model, "{\"version\":1}", keys);
  }

  private List<String> open(String name, String size, Path model, String settings, int... keys) throws IOException {
    Files.writeString(tmp.resolve("settings.json"), settings);
    Files.createDirectories(SHOTS);
    String[] wh = size.split("x");
    Recordings rec = new Recordings(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])).wait(0.1);
    for (int k : keys) {
      rec.key(k);
    }
    Path replay = rec.write(tmp.resolve(name + ".jsonl"));
    Path scores = tmp.resolve("scores.json");
    Files.writeString(scores, HIGH_SCORES);
    AppDriver driver = new AppDriver(tmp);
    Path ev = tmp.resolve(name + "-events.jsonl");
    int code = driver.run("--headless", "--model", model.toString(), "--size", size, "--check-layout",
        "--replay", replay.toString(), "--exit-after", "0.5", "--scores", scores.toString(),
        "--settings", tmp.resolve("settings.json").toString(), "--events", ev.toString(),
        "--screenshot", SHOTS.resolve(name + "-" + size + ".png").toString());
    assertThat(code).as(driver.err()).isZero();
    List<JsonNode> events = driver.events(ev);
    List<String> problems = new ArrayList<>();
    for (JsonNode e : AppDriver.ofType(events, "layout")) {
      problems.add(e.path("screen").asText() + ": " + e.path("problem").asText());
    }
    return problems;
  }

  static final String HIGH_SCORES = "{\"version\":1,\"scores\":["
      + "{\"score\":2450,\"roundsWon\":8,\"rounds\":10,\"bestStreak\":5,\"when\":\"2026-11-20T18:30:00Z\",\"name\":\"WWWWWWWWWWWWWWWW\"},"
      + "{\"score\":1210,\"roundsWon\":6,\"rounds\":10,\"bestStreak\":3,\"when\":\"2026-11-21T09:05:00Z\"}]}";

  @ParameterizedTest
  @ValueSource(strings = {"800x600", "1120x720", "1920x1080", "800x1280"})
  void theMenuWithAndWithoutAModel(String size) throws IOException {
    assertThat(open("menu", size, AppDriver.MODEL)).isEmpty();
    assertThat(open("menu-no-model", size, tmp.resolve("no-model"))).isEmpty();
  }

  /** Free draw and a challenge with a drawing on the canvas and its reading. */
  @ParameterizedTest
  @ValueSource(strings = {"800x600", "1120x720", "1920x1080", "800x1280"})
  void theDrawingScreens(String size) throws IOException {
    Files.createDirectories(SHOTS);
    for (String mode : List.of("free", "challenge")) {
      String[] wh = size.split("x");
      Recordings rec = new Recordings(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])).wait(0.2)
          .draw(DigitStrokes.of(3), 60, 120, 200);
      Path replay = rec.write(tmp.resolve(mode + ".jsonl"));
      Files.writeString(tmp.resolve("settings.json"), "{\"version\":1}");
      AppDriver driver = new AppDriver(tmp);
      Path ev = tmp.resolve(mode + "-events.jsonl");
      int code = driver.run("--headless", "--model", AppDriver.MODEL.toString(), "--size", size, "--check-layout",
          "--mode", mode, "--seed", "3", "--replay", replay.toString(), "--exit-after", "1.5",
          "--scores", tmp.resolve("scores.json").toString(), "--settings", tmp.resolve("settings.json").toString(),
          "--events", ev.toString(), "--screenshot", SHOTS.resolve(mode + "-" + size + ".png").toString());
      assertThat(code).as(driver.err()).isZero();
      assertThat(AppDriver.ofType(driver.events(ev), "layout")).as(mode + " " + size).isEmpty();
    }
  }

  /** Bigger text scales as far as the window allows (1.2 at 1120x720, 1.25 at 1920x1080). */
  @ParameterizedTest
  @ValueSource(strings = {"1120x720", "1920x1080"})
  void withBiggerTextTheScreensStillFit(String size) throws IOException {
    String big = "{\"version\":1,\"biggerText\":true}";
    Path none = tmp.resolve("no-model");
    assertThat(open("big-menu", size, AppDriver.MODEL, big)).isEmpty();
    assertThat(open("big-menu-no-model", size, none, big)).isEmpty();
    assertThat(open("big-help", size, none, big, Keys.F1)).isEmpty();
    assertThat(open("big-settings", size, none, big, Keys.letter('S'))).isEmpty();
    assertThat(open("big-high-scores", size, none, big, Keys.letter('H'))).isEmpty();
    assertThat(open("big-challenge", size, AppDriver.MODEL, big, Keys.letter('C'))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"800x600", "1120x720", "1920x1080", "800x1280"})
  void helpSettingsAndHighScores(String size) throws IOException {
    Path none = tmp.resolve("no-model"); // these screens do not need it
    assertThat(open("help", size, none, Keys.F1)).isEmpty();
    assertThat(open("help-page-2", size, none, Keys.F1, Keys.RIGHT)).isEmpty();
    assertThat(open("settings", size, none, Keys.letter('S'))).isEmpty();
    assertThat(open("high-scores", size, none, Keys.letter('H'))).isEmpty();
  }
}
