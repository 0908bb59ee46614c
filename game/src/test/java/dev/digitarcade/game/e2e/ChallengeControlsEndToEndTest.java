package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.rules.Challenge;
import dev.digitarcade.game.rules.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pause, skip and give up through the real app, in simulated time (loop time is the fake clock:
 * one 1/60 s step a frame); and what the AI says, in the event stream.
 */
class ChallengeControlsEndToEndTest {
  @TempDir
  Path tmp;

  private List<JsonNode> play(AppDriver d, Recordings rec, String name, double exitAfter, String... extra)
      throws IOException {
    Path replay = rec.write(tmp.resolve(name + ".jsonl"));
    List<String> args = new ArrayList<>(List.of("--mode", "challenge", "--seed", "5", "--rounds", "2",
        "--round-seconds", "4", "--replay", replay.toString(), "--exit-after", Double.toString(exitAfter),
        "--settings", tmp.resolve("settings.json").toString(),
        "--screenshot", AppDriver.SCREENSHOTS.resolve(name + ".png").toString()));
    args.addAll(List.of(extra));
    return d.play(args.toArray(String[]::new));
  }

  private static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.path("type").asText()).toList();
  }

  @Test
  void pausedTheClockStopsAndTheCanvasIsHidden() throws IOException {
    AppDriver d = new AppDriver(tmp);
    // Without the pause the 4 s round ends before 5 s; paused for 3 s it is still on at 5.5 s.
    List<JsonNode> events = play(d, new Recordings(1120, 720).wait(1.0).key(Keys.letter('P')).wait(3.0)
        .key(Keys.letter('P')), "challenge-paused-then-resumed", 5.5);
    assertThat(AppDriver.ofType(events, "pause")).extracting(e -> e.path("paused").asBoolean())
        .containsExactly(true, false);
    assertThat(types(events)).doesNotContain("round");
    // Left paused: the frame shows the cover, and the round never ends.
    List<JsonNode> still = play(d, new Recordings(1120, 720).wait(1.0).key(Keys.letter('P')), "challenge-paused", 9);
    assertThat(types(still)).doesNotContain("round");
  }

  @Test
  void aSkippedRoundIsLostAndTheAiSaysSo() throws IOException {
    AppDriver d = new AppDriver(tmp);
    List<JsonNode> events = play(d, new Recordings(1120, 720).wait(1.0).key(Keys.letter('S')), "challenge-skipped", 2);
    List<JsonNode> rounds = AppDriver.ofType(events, "round");
    assertThat(rounds).singleElement().satisfies(r -> {
      assertThat(r.path("won").asBoolean()).isFalse();
      assertThat(r.path("skipped").asBoolean()).isTrue();
      assertThat(r.path("seconds").asDouble()).isLessThan(1.5);
    });
    List<String> said = AppDriver.ofType(events, "say").stream().map(e -> e.path("text").asText()).toList();
    String first = Target.digit(Challenge.targets(2, 5)[0]).instruction();
    assertThat(said).containsExactly(first, "Sorry, I couldn't guess it.");
  }

  @Test
  void escAsksAndYesGivesUpWithoutAScore() throws IOException {
    AppDriver d = new AppDriver(tmp);
    List<JsonNode> asked = play(d, new Recordings(1120, 720).wait(1.0).key(Keys.ESCAPE), "challenge-give-up", 6);
    assertThat(types(asked)).contains("confirm-give-up").doesNotContain("round", "gave-up");
    List<JsonNode> gaveUp = play(d, new Recordings(1120, 720).wait(1.0).key(Keys.ESCAPE).key(Keys.letter('Y')),
        "challenge-gave-up", 3);
    assertThat(types(gaveUp)).contains("gave-up").doesNotContain("finished");
    assertThat(tmp.resolve("scores.json")).doesNotExist();
    List<JsonNode> playedOn = play(d, new Recordings(1120, 720).wait(1.0).key(Keys.ESCAPE).key(Keys.letter('N')),
        "challenge-played-on", 6);
    assertThat(types(playedOn)).contains("round").doesNotContain("gave-up");
  }

  @Test
  void withoutAModelTheChallengeCannotBeStarted() throws IOException {
    AppDriver d = new AppDriver(tmp);
    Path replay = new Recordings(1120, 720).wait(0.2).key(Keys.letter('C')).write(tmp.resolve("c.jsonl"));
    Path ev = tmp.resolve("no-model.jsonl");
    int code = d.run("--headless", "--mode", "challenge", "--model", tmp.resolve("missing").toString(),
        "--replay", replay.toString(), "--exit-after", "1", "--events", ev.toString(),
        "--scores", tmp.resolve("scores.json").toString(), "--settings", tmp.resolve("settings.json").toString(),
        "--screenshot", AppDriver.SCREENSHOTS.resolve("menu-challenge-refused.png").toString());
    assertThat(code).as(d.err()).isZero();
    // Neither --mode challenge nor C opens it: the menu stays and says why.
    assertThat(types(d.events(ev))).doesNotContain("ready", "target");
  }
}
