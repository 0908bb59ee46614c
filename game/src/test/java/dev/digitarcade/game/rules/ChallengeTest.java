package dev.digitarcade.game.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.reading.Prediction;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChallengeTest {

  private static final double DT = 1.0 / 60;

  private static Prediction reading(int digit, float confidence) {
    float[] p = new float[10];
    float rest = (1 - confidence) / 9;
    Arrays.fill(p, rest);
    p[digit] = confidence;
    return Prediction.of(1, p, new float[784], 0);
  }

  /** Runs the fake clock for {@code seconds}, returning the round that ended, if any. */
  private static Optional<RoundResult> advance(Challenge c, double seconds) {
    Optional<RoundResult> ended = Optional.empty();
    for (int i = 0; i < Math.round(seconds / DT); i++) {
      Optional<RoundResult> r = c.update(DT);
      if (r.isPresent()) {
        ended = r;
      }
    }
    return ended;
  }

  private static int notThe(int target) {
    return (target + 1) % 10;
  }

  @Test
  void sameSeedSameTargetsAndEveryDigitOncePerTen() {
    int[] a = Challenge.targets(10, 42);
    assertThat(Challenge.targets(10, 42)).containsExactly(a);
    assertThat(a).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(Challenge.targets(10, 43)).isNotEqualTo(a);
    assertThat(Challenge.targets(13, 7)).hasSize(13);
  }

  @Test
  void aConfidentReadingOfTheTargetWinsAtOnceWithATimeBonus() {
    AtomicInteger thumbs = new AtomicInteger();
    Challenge c = new Challenge(ChallengeConfig.defaults(1), () -> {
      thumbs.incrementAndGet();
      return Thumbnail.EMPTY;
    });
    int target = c.target();
    advance(c, 4.0);
    assertThat(c.onPrediction(reading(target, 0.60f))).isEmpty();
    assertThat(c.onPrediction(reading(notThe(target), 0.99f))).isEmpty();
    Optional<RoundResult> won = c.onPrediction(reading(target, 0.95f));

    assertThat(won).isPresent();
    RoundResult r = won.get();
    assertThat(r.won()).isTrue();
    assertThat(r.target()).isEqualTo(target);
    assertThat(r.finalGuess()).isEqualTo(target);
    // 16 s left: 100 + 160, first win x1.
    assertThat(r.points()).isEqualTo(260);
    assertThat(c.score()).isEqualTo(260);
    assertThat(c.phase()).isEqualTo(Challenge.Phase.VERDICT);
    assertThat(thumbs).hasValue(1);
    assertThat(c.announcement()).endsWith("it's " + target + "!");
  }

  @Test
  void theClockRunningOutLosesTheRoundAndBreaksTheStreak() {
    Challenge c = new Challenge(ChallengeConfig.defaults(5), () -> Thumbnail.EMPTY);
    c.onPrediction(reading(c.target(), 0.99f));
    assertThat(c.streak()).isEqualTo(1);
    advance(c, 2.0);
    assertThat(c.round()).isEqualTo(1);
    int second = c.target();
    c.onPrediction(reading(notThe(second), 0.97f));

    Optional<RoundResult> lost = advance(c, 20.0);

    assertThat(lost).isPresent();
    assertThat(lost.get().won()).isFalse();
    assertThat(lost.get().points()).isZero();
    assertThat(lost.get().finalGuess()).isEqualTo(notThe(second));
    assertThat(lost.get().seconds()).isEqualTo(20.0);
    assertThat(c.streak()).isZero();
    assertThat(c.bestStreak()).isEqualTo(1);
    assertThat(c.announcement()).contains("time's up").contains("I think it's " + notThe(second));
  }

  @Test
  void streaksMultiplyThePoints() {
    assertThat(Challenge.multiplier(1)).isEqualTo(1.0);
    assertThat(Challenge.multiplier(2)).isEqualTo(1.5);
    assertThat(Challenge.multiplier(5)).isEqualTo(3.0);
    assertThat(Challenge.multiplier(9)).isEqualTo(3.0);

    Challenge c = new Challenge(new ChallengeConfig(3, 10, 0.85, 0.5, 9), () -> Thumbnail.EMPTY);
    int[] points = new int[3];
    for (int i = 0; i < 3; i++) {
      advance(c, 1.0);
      points[i] = c.onPrediction(reading(c.target(), 0.9f)).orElseThrow().points();
      advance(c, 0.5);
    }
    // 9 s left each time: 190 x1, x1.5, x2.
    assertThat(points).containsExactly(190, 285, 380);
    assertThat(c.score()).isEqualTo(855);
    assertThat(c.bestStreak()).isEqualTo(3);
    assertThat(c.isFinished()).isTrue();
    assertThat(c.roundsWon()).isEqualTo(3);
    assertThat(c.results()).extracting(RoundResult::streak).containsExactly(1, 2, 3);
  }

  @Test
  void readingsDuringTheVerdictAreIgnoredAndTheNextRoundStartsClean() {
    Challenge c = new Challenge(new ChallengeConfig(2, 10, 0.85, 2.0, 3), () -> Thumbnail.EMPTY);
    int first = c.target();
    c.onPrediction(reading(first, 0.99f));
    assertThat(c.verdict()).isPresent();
    assertThat(c.onPrediction(reading(first, 0.99f))).isEmpty();
    advance(c, 1.0);
    assertThat(c.phase()).isEqualTo(Challenge.Phase.VERDICT);
    advance(c, 1.1);
    assertThat(c.phase()).isEqualTo(Challenge.Phase.DRAWING);
    assertThat(c.round()).isEqualTo(1);
    assertThat(c.secondsLeft()).isGreaterThan(9.8);
    assertThat(c.announcement()).isEqualTo("Draw a " + c.target() + "!");
    assertThat(c.results()).hasSize(1);
  }

  @Test
  void theAnnouncerNamesEachNewConfidentGuessInOrder() {
    Challenge c = new Challenge(ChallengeConfig.defaults(11), () -> Thumbnail.EMPTY);
    int t = c.target();
    int a = (t + 3) % 10;
    int b = (t + 5) % 10;
    assertThat(c.announcement()).isEqualTo("Draw a " + t + "!");
    c.onPrediction(reading(a, 0.3f));
    assertThat(c.announcement()).isEqualTo("Hmm…");
    c.onPrediction(reading(a, 0.6f));
    c.onPrediction(reading(a, 0.7f));
    c.onPrediction(reading(b, 0.8f));
    assertThat(c.announcement()).isEqualTo("I see " + a + " … " + b + " …");
    c.onPrediction(reading(t, 0.9f));
    assertThat(c.announcement()).isEqualTo("I see " + a + " … " + b + " … it's " + t + "!");
  }

  @Test
  void nothingDrawnAtTheEndSaysSo() {
    Challenge c = new Challenge(new ChallengeConfig(1, 1, 0.85, 0, 2), () -> Thumbnail.EMPTY);
    Optional<RoundResult> r = advance(c, 1.0);
    assertThat(r).isPresent();
    assertThat(r.get().finalGuess()).isEqualTo(Prediction.NONE);
    assertThat(c.announcement()).isEqualTo("Time's up: I saw nothing.");
    assertThat(c.isFinished()).isTrue();
  }

  @Test
  void thumbnailsAreBoxFiltered() {
    byte[] img = new byte[4 * 4];
    img[0] = (byte) 255; img[1] = (byte) 255; img[4] = (byte) 255; img[5] = (byte) 255;
    Thumbnail t = Thumbnail.of(img, 4, 4, 2);
    assertThat(t.width()).isEqualTo(2);
    assertThat(t.gray()[0] & 0xff).isEqualTo(255);
    assertThat(t.gray()[1] & 0xff).isZero();
  }
}
