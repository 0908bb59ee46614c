package dev.digitarcade.model.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreCacheTest {
  private static final int N = Hand.SIZE;

  private static float[] image(float v) {
    float[] x = new float[784];
    x[100] = v;
    return x;
  }

  @Test
  void onlyInputsNotSeenLatelyGoToTheModelAndTheScoresAreTheModels() {
    NumberReaderTest.Scripted model = new NumberReaderTest.Scripted().knows(image(1), NumberReaderTest.sure(1))
        .knows(image(2), NumberReaderTest.sure(2)).knows(image(3), NumberReaderTest.unsure(3));
    ScoreCache cache = new ScoreCache(model, 8);

    DigitClassifier.Scores[] first = cache.scoreBatch(new float[][] {image(1), image(2)});
    assertThat(model.images).isEqualTo(2);
    // Equal content in other arrays is the same input; one new input is all the model is asked.
    DigitClassifier.Scores[] second = cache.scoreBatch(new float[][] {image(2), image(1), image(3)});
    assertThat(model.images).isEqualTo(3);
    assertThat(model.calls).isEqualTo(2);
    assertThat(second[0]).isEqualTo(first[1]);
    assertThat(second[1]).isEqualTo(first[0]);
    assertThat(second[2].probabilities()).isEqualTo(NumberReaderTest.unsure(3).probabilities());
    cache.scoreBatch(new float[][] {image(1), image(2), image(3)});
    assertThat(model.calls).as("all remembered: no model call").isEqualTo(2);
    assertThat(cache.counts()).containsExactly(8, 3);
  }

  @Test
  void aChangedArrayIsNotTakenForTheInputItHeldAndTheOldestAreForgotten() {
    NumberReaderTest.Scripted model = new NumberReaderTest.Scripted().knows(image(1), NumberReaderTest.sure(1));
    ScoreCache cache = new ScoreCache(model, 2);
    float[] mine = image(1);
    assertThat(cache.scoreBatch(new float[][] {mine})[0].probabilities()[1]).isGreaterThan(0.9f);
    mine[100] = 7; // the caller reuses its array for another drawing
    assertThat(cache.scoreBatch(new float[][] {mine})[0].notDigit()).as("read anew, not remembered").isGreaterThan(0.5f);
    cache.scoreBatch(new float[][] {image(5)});
    cache.scoreBatch(new float[][] {image(6)});
    int before = model.images;
    cache.scoreBatch(new float[][] {image(1)});
    assertThat(model.images).as("forgotten beyond the capacity").isEqualTo(before + 1);
    assertThatThrownBy(() -> new ScoreCache(model, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writingANumberAsksTheModelOnlyForTheDigitBeingDrawn() {
    Hand hand = new Hand(4);
    List<Integer> one = hand.draw(Hand.ONE, 40, 200, 130);
    List<Integer> seven = hand.draw(Hand.SEVEN, 170, 200, 130);
    NumberReaderTest.Scripted model = new NumberReaderTest.Scripted()
        .knows(NumberReaderTest.alone(hand, one), NumberReaderTest.sure(1))
        .knows(NumberReaderTest.alone(hand, seven), NumberReaderTest.sure(7));
    NumberReader reader = new NumberReader(new ScoreCache(model), new ReadingRule(0.5f, 0.7f), new MnistRecipe());
    NumberReading before = reader.read(hand.canvas(), N, N, hand.strokes());
    assertThat(before.reading()).contains("17");
    int asked = model.images;

    NumberReading again = reader.read(hand.canvas(), N, N, hand.strokes());
    assertThat(model.images).as("the same drawing: nothing new for the model").isEqualTo(asked);
    assertThat(again.reading()).contains("17");
    assertThat(again.digits().get(1).probabilities()).isEqualTo(before.digits().get(1).probabilities());

    List<Integer> zero = hand.draw(Hand.ZERO, 300, 200, 130);
    model.knows(NumberReaderTest.alone(hand, zero), NumberReaderTest.sure(0));
    NumberReading longer = reader.read(hand.canvas(), N, N, hand.strokes());
    assertThat(longer.reading()).contains("170");
    assertThat(model.images - asked).as("only the new digit (and a pair it may join)").isBetween(1, 2);
  }
}
