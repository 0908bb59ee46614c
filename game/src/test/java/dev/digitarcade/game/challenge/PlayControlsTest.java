package dev.digitarcade.game.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.digitarcade.engine.input.Action;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.reading.TestReadings;
import dev.digitarcade.game.rules.Challenge;
import dev.digitarcade.game.rules.ChallengeConfig;
import dev.digitarcade.game.rules.RoundResult;
import dev.digitarcade.game.rules.Thumbnail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pause, skip and give up on the rules, the clock stepped by hand (1/60 s at a time). */
class PlayControlsTest {
  private static final double DT = 1 / 60.0;

  private final PlayControls controls = new PlayControls();
  private final Challenge challenge = new Challenge(new ChallengeConfig(3, 10, 0.85, 2, 7),
      () -> Thumbnail.of(new byte[4], 2, 2, 2));
  private final List<RoundResult> ended = new ArrayList<>();

  private static InputEvent.Key press(int key) {
    return new InputEvent.Key(0, key, 0, Action.PRESS, 0);
  }

  private void run(double seconds) {
    for (int i = 0; i < Math.round(seconds * 60); i++) {
      controls.step(challenge, DT, false).ifPresent(ended::add);
    }
  }

  @Test
  void pausedTheClockStandsStillAndRunsOnWhenResumed() {
    run(3);
    assertThat(challenge.secondsLeft()).isCloseTo(7, offset(1e-6));
    assertThat(controls.key(press(Keys.letter('P')), false, true)).isEqualTo(PlayControls.Action.PAUSED);
    run(60);
    assertThat(challenge.secondsLeft()).isCloseTo(7, offset(1e-6));
    assertThat(ended).isEmpty();
    assertThat(controls.key(press(Keys.SPACE), false, true)).isEqualTo(PlayControls.Action.RESUMED);
    run(7.5);
    assertThat(ended).singleElement().satisfies(r -> assertThat(r.won()).isFalse());
  }

  @Test
  void spaceOverTheCanvasIsLeftToDrawingAndSOnlySkipsWhileARoundIsDrawn() {
    assertThat(controls.key(press(Keys.SPACE), true, true)).isEqualTo(PlayControls.Action.NONE);
    assertThat(controls.clockRuns()).isTrue();
    assertThat(controls.key(press(Keys.letter('S')), false, false)).isEqualTo(PlayControls.Action.NONE);
    controls.key(press(Keys.letter('P')), false, true);
    assertThat(controls.key(press(Keys.letter('S')), false, true)).as("not while paused").isEqualTo(PlayControls.Action.NONE);
  }

  @Test
  void aSkippedRoundIsLostAndTheNextOneComesAfterTheVerdict() {
    run(1);
    challenge.onReading(TestReadings.sure(1, challenge.target().digitAt(0), 0.99f));
    assertThat(controls.key(press(Keys.letter('S')), false, true)).isEqualTo(PlayControls.Action.SKIP);
    Optional<RoundResult> skipped = challenge.skip();
    assertThat(skipped).hasValueSatisfying(r -> {
      assertThat(r.won()).isFalse();
      assertThat(r.points()).isZero();
    });
    assertThat(challenge.skip()).as("once").isEmpty();
    assertThat(challenge.score()).isZero();
    run(2.1);
    assertThat(challenge.round()).isEqualTo(1);
    assertThat(challenge.phase()).isEqualTo(Challenge.Phase.DRAWING);
  }

  @Test
  void escAsksFirstAndTheClockStandsStillWhileItAsks() {
    run(2);
    assertThat(controls.key(press(Keys.ESCAPE), false, true)).isEqualTo(PlayControls.Action.ASK);
    run(30);
    assertThat(challenge.secondsLeft()).isCloseTo(8, offset(1e-6));
    assertThat(controls.key(press(Keys.letter('Q')), false, true)).isEqualTo(PlayControls.Action.NONE);
    assertThat(controls.key(press(Keys.letter('N')), false, true)).isEqualTo(PlayControls.Action.RESUMED);
    assertThat(controls.clockRuns()).isTrue();
    controls.key(press(Keys.letter('P')), false, true);
    controls.key(press(Keys.ESCAPE), false, true);
    assertThat(controls.key(press(Keys.ESCAPE), false, true)).as("back to the pause").isEqualTo(PlayControls.Action.NONE);
    assertThat(controls.state()).isEqualTo(PlayControls.State.PAUSED);
    controls.key(press(Keys.ESCAPE), false, true);
    assertThat(controls.key(press(Keys.letter('Y')), false, true)).isEqualTo(PlayControls.Action.GIVE_UP);
  }
}
