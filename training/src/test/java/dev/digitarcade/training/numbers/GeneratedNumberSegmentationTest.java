package dev.digitarcade.training.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.segment.NumberReader;
import dev.digitarcade.model.segment.NumberReading;
import dev.digitarcade.model.segment.Segment;
import dev.digitarcade.model.segment.Segmentation;
import dev.digitarcade.model.segment.Segmenter;
import dev.digitarcade.model.segment.Stroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The segmenter on generated numbers, with their strokes and from their pixels alone. */
class GeneratedNumberSegmentationTest {

  private static final int N = NumberGenerator.CANVAS;

  static double overlap(InkBox a, InkBox b) {
    int w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
    int h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
    if (w <= 0 || h <= 0) {
      return 0;
    }
    double inter = (double) w * h;
    return inter / ((double) a.width() * a.height() + (double) b.width() * b.height() - inter);
  }

  @Test
  void numbersAreCutIntoTheirDigitsWithTheirBoxes() {
    NumberGenerator g = NumberGeneratorTest.generator();
    Segmenter seg = new Segmenter();
    for (boolean strokes : new boolean[] {true, false}) {
      int right = 0;
      int total = 0;
      for (int i = 0; i < 60; i++) {
        DrawnNumber d = g.number(21, i, new NumberGenerator.Spec(2 + i % 3, 0.3f, 1f, 0.3f));
        Segmentation s = seg.segment(d.canvas(), N, N, strokes ? d.strokes() : List.of());
        total++;
        if (s.segments().size() != d.digits().size()) {
          continue;
        }
        boolean boxes = true;
        for (int k = 0; k < d.digits().size(); k++) {
          boxes &= overlap(s.segments().get(k).box(), d.digits().get(k).box()) >= 0.8;
        }
        right += boxes ? 1 : 0;
      }
      assertThat(right).as(strokes ? "with strokes" : "pixels only").isGreaterThanOrEqualTo(total - 2);
    }
  }

  @Test
  void aCorrectionStrokeIsGivenToTheDigitItWasDrawnOver() {
    NumberGenerator g = NumberGeneratorTest.generator();
    Segmenter seg = new Segmenter();
    int right = 0;
    for (int i = 0; i < 20; i++) {
      DrawnNumber d = g.number(23, i, new NumberGenerator.Spec(3, 0.3f, 1f, 0.3f, true, false));
      int fix = d.strokes().size() - 1;
      int digit = 0;
      while (!d.digits().get(digit).strokes().contains(fix)) {
        digit++;
      }
      Segmentation s = seg.segment(d.canvas(), N, N, d.strokes());
      if (s.segments().size() == 3) {
        Segment mine = s.segments().get(digit);
        right += java.util.Arrays.stream(mine.strokes()).anyMatch(x -> x == fix) ? 1 : 0;
      }
    }
    assertThat(right).isGreaterThanOrEqualTo(19);
  }

  @Test
  void multiStrokeDigitsStayOneSegmentOrAJoinableTwo() {
    NumberGenerator g = NumberGeneratorTest.generator();
    Segmenter seg = new Segmenter();
    for (int digit : new int[] {1, 4, 5, 7}) {
      for (int k = 0; k < 12; k++) {
        DrawnNumber d = g.number(new int[] {digit}, new NumberGenerator.Spec(1, 1f, 1f, k % 2), new SplittableRandom(k));
        for (List<Stroke> strokes : List.of(d.strokes(), List.<Stroke>of())) {
          Segmentation s = seg.segment(d.canvas(), N, N, strokes);
          boolean whole = s.segments().size() == 1 || (s.segments().size() == 2 && s.joinable().get(0));
          assertThat(whole).as("%s, %s", d.digits().get(0).origin(), strokes.isEmpty() ? "pixels" : "strokes").isTrue();
        }
      }
    }
  }

  /** With the shipped model: those digits are read as one digit, the right one. */
  @Test
  void multiStrokeDigitsAreReadAsOneDigit() throws Exception {
    Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);
    Assumptions.assumeTrue(Files.isRegularFile(model.resolve("saved_model.pb")), "no shipped model in " + model);
    NumberGenerator g = NumberGeneratorTest.generator();
    try (DigitClassifier c = DigitClassifier.load(model)) {
      NumberReader reader = new NumberReader(c);
      int right = 0;
      int total = 0;
      for (int digit : new int[] {1, 4, 5, 7}) {
        for (int k = 0; k < 12; k++) {
          DrawnNumber d = g.number(new int[] {digit}, new NumberGenerator.Spec(1, 1f, 1f, k % 2), new SplittableRandom(k));
          for (List<Stroke> strokes : List.of(d.strokes(), List.<Stroke>of())) {
            NumberReading r = reader.read(d.canvas(), N, N, strokes);
            assertThat(r.size()).as(d.digits().get(0).origin()).isEqualTo(1);
            total++;
            right += r.digits().get(0).digit() == digit ? 1 : 0;
          }
        }
      }
      assertThat(right).isGreaterThanOrEqualTo(total - 2);
    }
  }
}
