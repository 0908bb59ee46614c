package dev.digitarcade.model.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.recipe.MnistInput;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdaptingScorerTest {

  /** A ring with a slash, or a plain vertical bar, jittered: 28x28 in [0,1]. */
  static float[] draw(boolean slashedRing, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] img = new float[MnistInput.SIZE];
    double cx = 14 + r.nextDouble() - 0.5;
    double cy = 14 + r.nextDouble() - 0.5;
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        double v;
        if (slashedRing) {
          double d = Math.abs(Math.hypot((x - cx) / 6.5, (y - cy) / 9.5) - 1) * 7;
          double s = Math.abs((x - cx) + 0.6 * (y - cy)) / Math.sqrt(1.36);
          v = Math.max(1 - d / 1.6, Math.hypot(x - cx, y - cy) < 10 ? 1 - s / 1.4 : 0);
        } else {
          v = 1 - Math.abs(x - cx) / 1.6;
        }
        img[y * 28 + x] = (float) Math.max(0, Math.min(1, v));
      }
    }
    return img;
  }

  /** A model that reads everything as an 8 with 90 %. */
  static DigitClassifier.Scores[] eights(float[][] images) {
    DigitClassifier.Scores[] out = new DigitClassifier.Scores[images.length];
    for (int i = 0; i < out.length; i++) {
      float[] p = new float[10];
      java.util.Arrays.fill(p, 0.1f / 9);
      p[8] = 0.9f;
      out[i] = new DigitClassifier.Scores(p, 0.05f, 0.05f);
    }
    return out;
  }

  static Profile slashedZeros(int n) {
    List<Example> ex = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      ex.add(new Example("z" + i, 0, draw(true, i), List.of(), 0, i));
    }
    return Profile.of(Embedding.DEFAULT, ex);
  }

  @Test
  void aDrawingLikeTheTaughtExamplesMovesToTheTaughtDigitAndIsMarkedHelped() {
    AdaptingScorer s = new AdaptingScorer(AdaptingScorerTest::eights, () -> slashedZeros(3));
    float[] another = draw(true, 99);

    DigitClassifier.Scores out = s.scoreBatch(new float[][] {another})[0];

    assertThat(out.probabilities()[0]).isGreaterThan(0.8f);
    assertThat(out.probabilities()[8]).isLessThan(0.2f);
    assertThat(s.helped(another)).isTrue();
    assertThat(s.helped(draw(true, 99))).as("an equal but other array was not in the batch").isFalse();
  }

  @Test
  void aDrawingFarFromEveryExampleKeepsTheModelsScoresExactly() {
    AdaptingScorer s = new AdaptingScorer(AdaptingScorerTest::eights, () -> slashedZeros(3));
    float[] bar = draw(false, 5);

    DigitClassifier.Scores out = s.scoreBatch(new float[][] {bar})[0];

    DigitClassifier.Scores model = eights(new float[][] {bar})[0];
    assertThat(out.probabilities()).containsExactly(model.probabilities());
    assertThat(out.notDigit()).isEqualTo(model.notDigit());
    assertThat(s.helped(bar)).isFalse();
  }

  @Test
  void aDrawingAsNearToTwoTaughtDigitsIsNotPulled() {
    Profile both = slashedZeros(2).with(new Example("eight", 8, draw(true, 50), List.of(), 0, 9));
    AdaptingScorer s = new AdaptingScorer(AdaptingScorerTest::eights, () -> both);

    DigitClassifier.Scores out = s.scoreBatch(new float[][] {draw(true, 51)})[0];

    assertThat(out.probabilities()[8]).isEqualTo(0.9f);
  }

  @Test
  void anEmptyProfileChangesNothing() {
    AdaptingScorer s = new AdaptingScorer(AdaptingScorerTest::eights, Profile::empty);
    float[] z = draw(true, 1);
    assertThat(s.scoreBatch(new float[][] {z})[0].probabilities()[8]).isEqualTo(0.9f);
    assertThat(s.helped(z)).isFalse();
  }
}
