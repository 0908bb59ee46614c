package dev.digitarcade.training.writers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.profile.Embedding;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.training.drawn.DrawnDigit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The "one writer" hands are hands: a writer's drawings of a digit are nearer each other (as the
 * profile measures it, on the recipe's input) than to another writer's drawings of that digit
 * where their shapes differ; and a seed gives the same drawings again.
 */
class WriterGeneratorTest {
  private static final int PER = 6;

  private final WriterGenerator generator = new WriterGenerator();
  private final MnistRecipe recipe = new MnistRecipe();

  private float[][] embedded(Writer w, int digit, long seed) {
    float[][] out = new float[PER][];
    for (int i = 0; i < PER; i++) {
      DrawnDigit d = generator.draw(w, digit, seed, i);
      float[] input = recipe.apply(d.canvas(), d.size(), d.size()).orElseThrow().pixels();
      out[i] = Embedding.DEFAULT.of(input);
    }
    return out;
  }

  private static double within(float[][] a) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = i + 1; j < a.length; j++) {
        sum += Embedding.distance(a[i], a[j]);
        n++;
      }
    }
    return sum / n;
  }

  private static double between(float[][] a, float[][] b) {
    double sum = 0;
    for (float[] x : a) {
      for (float[] y : b) {
        sum += Embedding.distance(x, y);
      }
    }
    return sum / (a.length * b.length);
  }

  @Test
  void aWritersDrawingsOfADigitAreNearerEachOtherThanAnotherWritersWhereTheirShapesDiffer() {
    Writer[] writers = Writer.values();
    int compared = 0;
    for (int d = 0; d <= 9; d++) {
      float[][][] e = new float[writers.length][][];
      for (Writer w : writers) {
        e[w.ordinal()] = embedded(w, d, 1);
      }
      for (Writer a : writers) {
        for (Writer b : writers) {
          if (a == b || a.shape(d).equals(b.shape(d))) {
            continue;
          }
          compared++;
          assertThat(within(e[a.ordinal()]))
              .as("%s's %d drawings among themselves vs against %s's", a, d, b)
              .isLessThan(between(e[a.ordinal()], e[b.ordinal()]));
        }
      }
    }
    assertThat(compared).as("pairs of writers whose shapes differ").isGreaterThan(40);
  }

  @Test
  void aWritersHabitHoldsAcrossSeedsWhileEachDrawingVaries() {
    for (Writer w : Writer.values()) {
      float[][] one = embedded(w, 4, 1);
      float[][] other = embedded(w, 4, 2);
      float[][] elsewhere = embedded(w == Writer.SCRIPT ? Writer.SLASHED : Writer.SCRIPT, 4, 2);
      assertThat(between(one, other)).as("%s in two runs", w).isLessThan(between(one, elsewhere));
      assertThat(Embedding.distance(one[0], one[1])).as("two drawings of %s differ", w).isGreaterThan(0f);
    }
  }

  @Test
  void aSeedGivesTheSameDrawingsAndAnotherSeedOthers() {
    for (Writer w : Writer.values()) {
      byte[] a = WriterGenerator.bytes(generator.draw(w, 7, 42, 3));
      byte[] again = WriterGenerator.bytes(new WriterGenerator().draw(w, 7, 42, 3));
      byte[] otherSeed = WriterGenerator.bytes(generator.draw(w, 7, 43, 3));
      byte[] otherIndex = WriterGenerator.bytes(generator.draw(w, 7, 42, 4));
      assertThat(Arrays.equals(a, again)).as("%s, the same seed and index", w).isTrue();
      assertThat(Arrays.equals(a, otherSeed)).as("%s, another seed", w).isFalse();
      assertThat(Arrays.equals(a, otherIndex)).as("%s, another index", w).isFalse();
    }
  }
}
