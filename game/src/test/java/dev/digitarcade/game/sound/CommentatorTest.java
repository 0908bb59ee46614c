package dev.digitarcade.game.sound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.reading.TestReadings;
import dev.digitarcade.game.rules.Target;
import dev.digitarcade.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The phrases for scripted readings: no babble, nothing stale, the round's words at once. */
class CommentatorTest {
  private final Commentator c = new Commentator();
  private long seq;

  private Reading sure(int d) {
    return TestReadings.sure(++seq, d, 0.97f);
  }

  private Reading of(Verdict v) {
    return TestReadings.of(++seq, v, 4, 0.5f);
  }

  /** Feeds {@code r} every 1/60 s from {@code from} for {@code seconds}; returns what was said (voice free). */
  private List<String> hold(Reading r, double from, double seconds, boolean[] speaking) {
    List<String> said = new ArrayList<>();
    for (double t = from; t < from + seconds - 1e-9; t += 1 / 60.0) {
      c.hear(r, t);
      c.guess(t, speaking[0]).ifPresent(p -> said.add(p.text()));
    }
    return said;
  }

  @Test
  void thePromptNamesTheTargetWithItsArticleAndItsClip() {
    Phrase p = c.roundStarted(Target.digit(8));
    assertThat(p.text()).isEqualTo("Draw an 8!");
    assertThat(p.clips()).containsExactly("draw-8");
    assertThat(c.roundStarted(Target.number(47))).isEqualTo(new Phrase("Draw 47!", List.of("digit-4", "digit-7")));
    assertThat(c.roundStarted(Target.product(7, 8))).isEqualTo(new Phrase("What is 7 × 8?", List.of()));
  }

  @Test
  void aGuessIsSaidOnlyOnceItHasSettledAndOnlyOnce() {
    c.roundStarted(Target.digit(5));
    boolean[] free = {false};
    assertThat(hold(sure(3), 0, Commentator.SETTLE_SECONDS - 0.05, free)).isEmpty();
    assertThat(hold(sure(3), Commentator.SETTLE_SECONDS - 0.05, 2, free)).containsExactly("I see 3…");
  }

  @Test
  void flickeringReadingsSayNothing() {
    c.roundStarted(Target.digit(5));
    boolean[] free = {false};
    List<String> said = new ArrayList<>();
    for (int i = 0; i < 60; i++) { // a new guess every 0.2 s for 12 s
      said.addAll(hold(sure(i % 2 == 0 ? 3 : 8), i * 0.2, 0.2, free));
    }
    assertThat(said).isEmpty();
  }

  @Test
  void laterGuessesAreOrAndARepeatIsNotSaidAgain() {
    c.roundStarted(Target.digit(5));
    boolean[] free = {false};
    List<String> said = new ArrayList<>();
    said.addAll(hold(sure(3), 0, 1, free));
    said.addAll(hold(of(Verdict.UNSURE), 1, 1, free));
    said.addAll(hold(sure(3), 2, 1, free)); // the same guess again after a doubt: not repeated
    said.addAll(hold(sure(8), 3, 1, free));
    said.addAll(hold(of(Verdict.NOT_A_DIGIT), 4, 1, free));
    assertThat(said).containsExactly("I see 3…", "or 8…", "Hmm, that's not a number.");
  }

  @Test
  void whileTheVoiceSpeaksNothingQueuesAndAGuessThatNoLongerHoldsIsDropped() {
    c.roundStarted(Target.digit(5));
    boolean[] speaking = {true};
    List<String> said = new ArrayList<>();
    said.addAll(hold(sure(3), 0, 1, speaking));  // settles while the prompt is still being said
    said.addAll(hold(of(Verdict.UNSURE), 1, 0.5, speaking));
    speaking[0] = false;
    said.addAll(hold(of(Verdict.UNSURE), 1.5, 1, speaking)); // the 3 went away: it is never said
    assertThat(said).isEmpty();
    speaking[0] = true;
    said.addAll(hold(sure(7), 2.5, 1, speaking));
    speaking[0] = false;
    said.addAll(hold(sure(7), 3.5, 1, speaking)); // still true when the voice is free: said then, once
    assertThat(said).containsExactly("I see 7…");
  }

  @Test
  void keepGoingIsSaidOnceARound() {
    c.roundStarted(Target.digit(5));
    boolean[] free = {false};
    List<String> said = new ArrayList<>();
    said.addAll(hold(of(Verdict.KEEP_DRAWING), 0, 1, free));
    said.addAll(hold(of(Verdict.UNSURE), 1, 1, free));
    said.addAll(hold(of(Verdict.KEEP_DRAWING), 2, 1, free));
    assertThat(said).containsExactly("Keep going.");
    c.roundStarted(Target.digit(6));
    assertThat(hold(of(Verdict.KEEP_DRAWING), 3, 1, free)).containsExactly("Keep going.");
  }

  @Test
  void theRoundsEndingIsSaidAndAfterItNothingUntilTheNextRound() {
    c.roundStarted(Target.digit(5));
    Phrase win = c.roundEnded(true, Target.digit(5), false);
    assertThat(win).isEqualTo(new Phrase("Oh, I know, it's 5!", List.of("i-know-5")));
    boolean[] free = {false};
    assertThat(hold(sure(5), 0, 2, free)).isEmpty();
    c.roundStarted(Target.digit(2));
    assertThat(c.roundEnded(false, Target.digit(2), false).clips()).containsExactly("times-up", "couldnt-guess");
    assertThat(c.roundEnded(false, Target.digit(2), true).text()).isEqualTo("Sorry, I couldn't guess it.");
  }

  @Test
  void ticksForTheLastFiveWholeSecondsOnceEach() {
    c.roundStarted(Target.digit(5));
    List<Integer> ticks = new ArrayList<>();
    for (double left = 20; left > 0; left -= 1 / 60.0) {
      c.tick(left).ifPresent(ticks::add);
    }
    assertThat(ticks).containsExactly(5, 4, 3, 2, 1);
    assertThat(c.tick(0)).isEmpty();
  }

  @Test
  void aNumberReadingIsSpokenDigitByDigit() {
    c.roundStarted(Target.number(47));
    Reading r = new Reading(1, Verdict.SURE, Optional.of("47"), List.of(TestReadings.digit(Verdict.SURE, 4, 0.97f),
        TestReadings.digit(Verdict.SURE, 7, 0.97f)), 0);
    c.hear(r, 0);
    assertThat(c.guess(1, false)).hasValue(new Phrase("I see 47…", List.of("i-see", "digit-4", "digit-7")));
  }
}
