package dev.digitarcade.game.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.reading.TestReadings;
import dev.digitarcade.model.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChallengeTest {

  private static final double DT = 1.0 / 60;

  /** A digit reading: sure from 0.7 (the shipped rule), unsure below. */
  private static Reading reading(int digit, float confidence) {
    return TestReadings.of(1, confidence >= 0.7f ? Verdict.SURE : Verdict.UNSURE, digit, confidence);
  }

  /** Hears {@code r}, then one step with the pen up: the round it won, if it did. */
  private static Optional<RoundResult> hearAndLift(Challenge c, Reading r) {
    c.onReading(r);
    return c.update(DT, false);
  }

  /** Runs the fake clock for {@code seconds} with the pen up, returning the round that ended, if any. */
  private static Optional<RoundResult> advance(Challenge c, double seconds) {
    return advance(c, seconds, false);
  }

  private static Optional<RoundResult> advance(Challenge c, double seconds, boolean penDown) {
    Optional<RoundResult> ended = Optional.empty();
    for (int i = 0; i < Math.round(seconds / DT); i++) {
      Optional<RoundResult> r = c.update(DT, penDown);
      if (r.isPresent()) {
        ended = r;
      }
    }
    return ended;
  }

  private static int notThe(int target) {
    return (target + 1) % 10;
  }

  /** The current round's digit (a digit challenge). */
  private static int digit(Challenge c) {
    return Integer.parseInt(c.target().answer());
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
  void aSureReadingOfTheTargetWinsAtPenUpWithATimeBonus() {
    AtomicInteger thumbs = new AtomicInteger();
    Challenge c = new Challenge(ChallengeConfig.defaults(1), () -> {
      thumbs.incrementAndGet();
      return Thumbnail.EMPTY;
    });
    int target = digit(c);
    advance(c, 4.0);
    assertThat(hearAndLift(c, reading(target, 0.60f))).isEmpty();
    assertThat(hearAndLift(c, reading(notThe(target), 0.99f))).isEmpty();
    c.onReading(reading(target, 0.95f));
    assertThat(c.update(DT, true)).as("still drawing").isEmpty();
    Optional<RoundResult> won = c.update(DT, false);

    assertThat(won).isPresent();
    RoundResult r = won.get();
    assertThat(r.won()).isTrue();
    assertThat(r.target()).isEqualTo(Target.digit(target));
    assertThat(r.finalGuess()).isEqualTo(Integer.toString(target));
    // 15.9 s left: 100 + 150, first win x1.
    assertThat(r.points()).isEqualTo(250);
    assertThat(c.score()).isEqualTo(250);
    assertThat(c.phase()).isEqualTo(Challenge.Phase.VERDICT);
    assertThat(thumbs).hasValue(1);
    assertThat(c.announcement()).endsWith("it's " + target + "!");
  }

  @Test
  void theClockRunningOutLosesTheRoundAndBreaksTheStreak() {
    Challenge c = new Challenge(ChallengeConfig.defaults(5), () -> Thumbnail.EMPTY);
    hearAndLift(c, reading(digit(c), 0.99f));
    assertThat(c.streak()).isEqualTo(1);
    advance(c, 2.0);
    assertThat(c.round()).isEqualTo(1);
    int second = digit(c);
    c.onReading(reading(notThe(second), 0.97f));

    Optional<RoundResult> lost = advance(c, 20.0);

    assertThat(lost).isPresent();
    assertThat(lost.get().won()).isFalse();
    assertThat(lost.get().points()).isZero();
    assertThat(lost.get().finalGuess()).isEqualTo(Integer.toString(notThe(second)));
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
      points[i] = hearAndLift(c, reading(digit(c), 0.9f)).orElseThrow().points();
      advance(c, 0.5);
    }
    // 8.98 s left each time: 180 x1, x1.5, x2.
    assertThat(points).containsExactly(180, 270, 360);
    assertThat(c.score()).isEqualTo(810);
    assertThat(c.bestStreak()).isEqualTo(3);
    assertThat(c.isFinished()).isTrue();
    assertThat(c.roundsWon()).isEqualTo(3);
    assertThat(c.results()).extracting(RoundResult::streak).containsExactly(1, 2, 3);
  }

  @Test
  void readingsDuringTheVerdictAreIgnoredAndTheNextRoundStartsClean() {
    Challenge c = new Challenge(new ChallengeConfig(2, 10, 0.85, 2.0, 3), () -> Thumbnail.EMPTY);
    int first = digit(c);
    hearAndLift(c, reading(first, 0.99f));
    assertThat(c.verdict()).isPresent();
    assertThat(hearAndLift(c, reading(first, 0.99f))).isEmpty();
    advance(c, 1.0);
    assertThat(c.phase()).isEqualTo(Challenge.Phase.VERDICT);
    advance(c, 1.1);
    assertThat(c.phase()).isEqualTo(Challenge.Phase.DRAWING);
    assertThat(c.round()).isEqualTo(1);
    assertThat(c.secondsLeft()).isGreaterThan(9.8);
    assertThat(c.announcement()).isEqualTo("Draw " + Digits.withArticle(digit(c)) + "!");
    assertThat(c.results()).hasSize(1);
  }

  @Test
  void theAnnouncerNamesEachNewConfidentGuessInOrder() {
    Challenge c = new Challenge(ChallengeConfig.defaults(11), () -> Thumbnail.EMPTY);
    int t = digit(c);
    int a = (t + 3) % 10;
    int b = (t + 5) % 10;
    assertThat(c.announcement()).isEqualTo("Draw " + Digits.withArticle(t) + "!");
    c.onReading(reading(a, 0.3f));
    assertThat(c.announcement()).isEqualTo("Hmm…");
    c.onReading(reading(a, 0.6f));
    c.onReading(reading(a, 0.7f));
    c.onReading(reading(b, 0.8f));
    assertThat(c.announcement()).isEqualTo("I see " + a + " … " + b + " …");
    c.onReading(TestReadings.of(1, Verdict.NOT_A_DIGIT, b, 0.8f));
    assertThat(c.announcement()).isEqualTo("I see " + a + " … " + b + " … hmm… that's not a number");
    c.onReading(TestReadings.of(1, Verdict.KEEP_DRAWING, b, 0.8f));
    assertThat(c.announcement()).endsWith("keep going…");
    hearAndLift(c, reading(t, 0.9f));
    assertThat(c.announcement()).isEqualTo("I see " + a + " … " + b + " … it's " + t + "!");
  }

  @Test
  void onlyASureDigitWinsNeverAFragmentALetterOrAnUnsureGuess() {
    Challenge c = new Challenge(ChallengeConfig.defaults(5), () -> Thumbnail.EMPTY);
    int t = digit(c);
    for (Verdict v : new Verdict[] {Verdict.KEEP_DRAWING, Verdict.NOT_A_DIGIT, Verdict.UNSURE}) {
      c.onReading(TestReadings.of(1, v, t, 0.99f));
      assertThat(advance(c, 1.0)).as(v.toString()).isEmpty();
      assertThat(advance(c, 1.0, true)).as(v + " held with the pen down").isEmpty();
    }
    assertThat(c.phase()).isEqualTo(Challenge.Phase.DRAWING);
    assertThat(c.roundsWon()).isZero();
  }

  @Test
  void aWinningReadingHeldWhileThePenIsDownWinsAfterTheHold() {
    Challenge c = new Challenge(ChallengeConfig.defaults(5), () -> Thumbnail.EMPTY);
    int t = digit(c);
    c.onReading(reading(t, 0.95f));
    assertThat(advance(c, Challenge.HOLD_SECONDS - 0.1, true)).isEmpty();
    c.onReading(reading(notThe(t), 0.95f)); // the reading changed: the hold starts again
    c.onReading(reading(t, 0.95f));
    assertThat(advance(c, Challenge.HOLD_SECONDS - 0.1, true)).isEmpty();
    Optional<RoundResult> won = advance(c, 0.2, true);
    assertThat(won).isPresent();
    assertThat(won.get().won()).isTrue();
  }

  @Test
  void aSureTargetBelowTheDifficultysConfidenceDoesNotWin() {
    Challenge c = new Challenge(new ChallengeConfig(1, 10, 0.95, 0, 4), () -> Thumbnail.EMPTY);
    assertThat(hearAndLift(c, reading(digit(c), 0.9f))).isEmpty();
    assertThat(hearAndLift(c, reading(digit(c), 0.97f))).isPresent();
  }

  @Test
  void nothingDrawnAtTheEndSaysSo() {
    Challenge c = new Challenge(new ChallengeConfig(1, 1, 0.85, 0, 2), () -> Thumbnail.EMPTY);
    Optional<RoundResult> r = advance(c, 1.0);
    assertThat(r).isPresent();
    assertThat(r.get().finalGuess()).isNull();
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

  @Test
  void aNumberRoundIsWonOnlyByTheWholeNumberEveryDigitSureAndProbable() {
    Challenge c = new Challenge(new ChallengeConfig(2, 20, 0.85, 2.0, 8, Level.NUMBERS), () -> Thumbnail.EMPTY);
    String n = c.target().answer();
    assertThat(n).hasSize(2).doesNotStartWith("0");
    assertThat(c.announcement()).isEqualTo("Draw " + n + "!");
    String first = n.substring(0, 1);
    assertThat(hearAndLift(c, TestReadings.number(1, first, 0.99f))).as("half the number").isEmpty();
    assertThat(hearAndLift(c, TestReadings.number(2, n, 0.99f, Verdict.SURE, Verdict.UNSURE))).as("one unsure digit")
        .isEmpty();
    assertThat(hearAndLift(c, TestReadings.number(3, n, 0.99f, Verdict.SURE, Verdict.KEEP_DRAWING)))
        .as("the second digit unfinished").isEmpty();
    assertThat(hearAndLift(c, TestReadings.number(4, n + n.charAt(1), 0.99f))).as("a digit too many").isEmpty();
    String reversed = new StringBuilder(n).reverse().toString();
    if (!reversed.equals(n)) {
      assertThat(hearAndLift(c, TestReadings.number(5, reversed, 0.99f))).as("the digits swapped").isEmpty();
    }
    assertThat(hearAndLift(c, TestReadings.number(6, n, 0.8f))).as("each digit under the win confidence").isEmpty();
    Optional<RoundResult> won = hearAndLift(c, TestReadings.number(7, n, 0.95f));
    assertThat(won).isPresent();
    assertThat(won.get().won()).isTrue();
    assertThat(won.get().finalGuess()).isEqualTo(n);
    assertThat(won.get().confidence()).isCloseTo(0.95f * 0.95f, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(c.announcement()).endsWith("it's " + n + "!");
  }

  @Test
  void numberTargetsAreTwoDigitNumbersNoneTwiceAndTheSameForASeed() {
    List<Target> a = Level.NUMBERS.targets(90, 3);
    assertThat(a).extracting(Target::answer).doesNotHaveDuplicates()
        .allSatisfy(t -> assertThat(Integer.parseInt(t)).isBetween(10, 99));
    assertThat(Level.NUMBERS.targets(90, 3)).isEqualTo(a);
    assertThat(Level.NUMBERS.targets(10, 4)).isNotEqualTo(a.subList(0, 10));
  }

  @Test
  void aTimesTableRoundAsksTheQuestionAndIsWonByItsAnswer() {
    Challenge c = new Challenge(new ChallengeConfig(1, 20, 0.85, 0, 2, Level.TIMES), () -> Thumbnail.EMPTY);
    Target t = c.target();
    String[] ab = t.prompt().split(" × ");
    assertThat(ab).hasSize(2);
    int product = Integer.parseInt(ab[0]) * Integer.parseInt(ab[1]);
    assertThat(t.answer()).isEqualTo(Integer.toString(product));
    assertThat(t.isQuestion()).isTrue();
    assertThat(c.announcement()).isEqualTo("What is " + t.prompt() + "?");
    assertThat(hearAndLift(c, TestReadings.number(1, ab[0] + ab[1], 0.99f))).as("the question's digits").isEmpty();
    assertThat(hearAndLift(c, TestReadings.number(2, t.answer(), 0.99f))).isPresent();
  }

  @Test
  void aSkippedRoundIsLostAndTheAiSaysSoNotTimesUp() {
    Challenge c = new Challenge(new ChallengeConfig(2, 20, 0.85, 2.0, 6), () -> Thumbnail.EMPTY);
    int t = digit(c);
    c.onReading(reading(notThe(t), 0.95f));
    Optional<RoundResult> r = c.skip();
    assertThat(r).isPresent();
    assertThat(r.get().won()).isFalse();
    assertThat(c.announcement()).isEqualTo("I see " + notThe(t) + " … skipped: it was " + t + ".");
    assertThat(c.skip()).as("nothing to skip during the verdict").isEmpty();
  }
}
