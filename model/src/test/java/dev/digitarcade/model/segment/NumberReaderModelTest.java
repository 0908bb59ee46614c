package dev.digitarcade.model.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.install.Installation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The reader with the shipped model (skipped when the installation has none). */
class NumberReaderModelTest {

  private static final int N = Hand.SIZE;

  private static Path model() {
    Path dir = Installation.current().resolve(ModelContract.SHIPPED_MODEL);
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("saved_model.pb")), "no shipped model in " + dir);
    return dir;
  }

  private static Hand number() {
    Hand hand = new Hand(9);
    hand.draw(Hand.ONE, 60, 200, 140);
    hand.draw(Hand.SEVEN, 170, 200, 140);
    hand.draw(Hand.ZERO, 300, 200, 140);
    return hand;
  }

  @Test
  void theBatchedCallGivesWhatSingleCallsGive() throws Exception {
    Hand hand = number();
    try (DigitClassifier c = DigitClassifier.load(model())) {
      for (List<Stroke> strokes : List.of(hand.strokes(), List.<Stroke>of())) {
        NumberReading r = new NumberReader(c).read(hand.canvas(), N, N, strokes);
        assertThat(r.size()).isEqualTo(3);
        for (DigitReading d : r.digits()) {
          DigitClassifier.Scores one = c.score(d.input().pixels());
          for (int k = 0; k < 10; k++) {
            assertThat(d.probabilities()[k]).isCloseTo(one.probabilities()[k], within(1e-5f));
          }
          assertThat(d.notDigit()).isCloseTo(one.notDigit(), within(1e-5f));
          assertThat(d.fragment()).isCloseTo(one.fragment(), within(1e-5f));
        }
      }
    }
  }

  @Test
  void aDrawnNumberAndItsMultiStrokeDigitsAreReadRight() throws Exception {
    try (DigitClassifier c = DigitClassifier.load(model())) {
      NumberReader reader = new NumberReader(c);
      Hand hand = number();
      for (List<Stroke> strokes : List.of(hand.strokes(), List.<Stroke>of())) {
        NumberReading r = reader.read(hand.canvas(), N, N, strokes);
        assertThat(r.digits()).extracting(DigitReading::digit).containsExactly(1, 7, 0);
      }
      Hand multi = new Hand(9);
      multi.draw(Hand.FOUR, 40, 200, 140);
      multi.draw(Hand.FIVE_LIFTED, 170, 205, 140);
      multi.draw(Hand.SEVEN_BAR, 300, 195, 140);
      multi.draw(Hand.ONE_FOOT, 430, 200, 140);
      for (List<Stroke> strokes : List.of(multi.strokes(), List.<Stroke>of())) {
        NumberReading r = reader.read(multi.canvas(), N, N, strokes);
        assertThat(r.digits()).extracting(DigitReading::digit).containsExactly(4, 5, 7, 1);
      }
    }
  }
}
