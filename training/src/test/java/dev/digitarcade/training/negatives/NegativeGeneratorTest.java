package dev.digitarcade.training.negatives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.training.model.NetworkSpec;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NegativeGeneratorTest {

  private static NegativeGenerator generator() {
    // Two crude sevens: a bar and a slanted stem, three pixels wide.
    byte[] images = new byte[2 * 784];
    for (int k = 0; k < 2; k++) {
      for (int y = 4; y < 24; y++) {
        for (int x = 6; x < 22; x++) {
          boolean bar = y < 7;
          int stem = 20 - (y - 4) * 10 / 20;
          if (bar || Math.abs(x - stem) <= 1) {
            images[k * 784 + y * 28 + x] = (byte) 255;
          }
        }
      }
    }
    return new NegativeGenerator(280, images, new byte[] {7, 7}, 0, 2);
  }

  @Test
  void everyFamilyDrawsInkTheRecipeReadsAndIsReproducible() {
    NegativeGenerator gen = generator();
    MnistRecipe recipe = new MnistRecipe();
    for (Family f : Family.values()) {
      for (int i = 0; i < 8; i++) {
        NegativeGenerator.Negative a = gen.make(f, new SplittableRandom(i));
        NegativeGenerator.Negative b = gen.make(f, new SplittableRandom(i));
        assertThat(a.drawing().canvas()).as(f + " #" + i).isEqualTo(b.drawing().canvas());
        assertThat(recipe.apply(a.drawing().canvas(), 280, 280)).as(f + " #" + i + " has ink").isPresent();
        assertThat(a.drawing().label()).isEqualTo(f.label());
        assertThat(a.digit() >= 0).isEqualTo(f.halfDrawn());
      }
    }
  }

  @Test
  void heldOutLettersComeFromOtherFontsThanTrainingLetters() {
    NegativeGenerator gen = generator();
    assertThat(gen.trainFonts()).doesNotContainAnyElementsOf(gen.heldOutFonts());
    assertThat(NegativeGenerator.pick(List.of("DejaVu Sans", "DejaVu Serif", "DejaVu Math TeX Gyre", "Serif"), false, "x"))
        .containsExactly("DejaVu Math TeX Gyre", "DejaVu Serif");
    assertThat(NegativeGenerator.pick(List.of("Serif"), true, "SansSerif")).containsExactly("SansSerif");
  }

  @Test
  void lettersThatAreAlsoDigitsAreNotNegatives() {
    for (char c : "OoIlZzSsbgqBDG".toCharArray()) {
      assertThat(NegativeGenerator.LETTERS).doesNotContain(String.valueOf(c));
    }
  }

  @Test
  void trainingAndHeldOutFamiliesAreSeparateAndThePoolUsesOnlyTraining() {
    assertThat(NegativePool.TRAINING).allMatch(Family::training);
    assertThat(NegativePool.WEIGHTS).hasSize(NegativePool.TRAINING.size());
    assertThat(java.util.Arrays.stream(NegativePool.WEIGHTS).sum()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Family.values()).filteredOn(f -> !f.training()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(Family.HALF_DRAWN_FONT.label()).isEqualTo(NetworkSpec.FRAGMENT);
    assertThat(Family.SHAPES_B.label()).isEqualTo(NetworkSpec.NOT_DIGIT);
  }

  @Test
  void shapesAStayInTheUnitBoxAndAreNeverAOne() {
    java.util.Set<String> kinds = new java.util.HashSet<>();
    for (int i = 0; i < 400; i++) {
      List<List<Point2D.Float>> s = Sketches.shapeA(new SplittableRandom(i));
      assertThat(GenericSketches.upright(s)).as("shape A #%d upright like a 1", i).isFalse();
      StringBuilder kind = new StringBuilder();
      for (List<Point2D.Float> stroke : s) {
        kind.append(stroke.size()).append(',');
        for (Point2D.Float p : stroke) {
          assertThat(p.x).isBetween(-0.1f, 1.1f);
          assertThat(p.y).isBetween(-0.1f, 1.1f);
        }
      }
      kinds.add(kind.toString());
    }
    // Strokes and their point counts: triangle; square, rectangle, diamond, trapezoid, bow tie; star;
    // hash; X, plus; arrow; heart; cloud; crescent.
    assertThat(kinds).containsExactlyInAnyOrder("4,", "5,", "6,", "2,2,2,2,", "2,2,", "2,3,", "41,", "43,", "39,");
  }

  @Test
  void cutKeepsTheStartOfThePathInOrder() {
    List<List<Point2D.Float>> strokes = List.of(
        List.of(new Point2D.Float(0, 0), new Point2D.Float(10, 0)),
        List.of(new Point2D.Float(0, 5), new Point2D.Float(10, 5)));
    List<List<Point2D.Float>> half = Sketches.cut(strokes, 0.75);
    assertThat(half).hasSize(2);
    assertThat(half.get(0)).isEqualTo(strokes.get(0));
    assertThat(Sketches.length(half.get(1))).isEqualTo(5.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(Sketches.cut(strokes, 0.25)).hasSize(1);
  }
}
