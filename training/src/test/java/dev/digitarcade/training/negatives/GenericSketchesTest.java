package dev.digitarcade.training.negatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenericSketchesTest {

  private static Point2D.Float p(double x, double y) {
    return new Point2D.Float((float) x, (float) y);
  }

  @Test
  void aNearVerticalLineIsAOneAndIsNeverDrawnAlone() {
    assertThat(GenericSketches.oneLike(p(0.5, 0), p(0.6, 1))).isTrue();
    assertThat(GenericSketches.oneLike(p(0, 0), p(1, 1))).isFalse();
    for (int i = 0; i < 2000; i++) {
      List<Point2D.Float> line = GenericSketches.polyline(new SplittableRandom(i), 2, 2);
      assertThat(GenericSketches.oneLike(line.get(0), line.get(1))).as("line #" + i).isFalse();
    }
  }

  @Test
  void aBarThenADownLeftStemIsASevenAndIsNeverDrawn() {
    assertThat(GenericSketches.sevenLike(List.of(p(0.1, 0.1), p(0.9, 0.12), p(0.4, 1)))).isTrue();
    assertThat(GenericSketches.sevenLike(List.of(p(0.1, 0.1), p(0.9, 0.12), p(1, 1)))).isFalse();
    assertThat(GenericSketches.sevenLike(List.of(p(0.1, 0.1), p(0.2, 0.9), p(0.9, 0.9)))).isFalse();
    for (int i = 0; i < 2000; i++) {
      assertThat(GenericSketches.sevenLike(GenericSketches.polyline(new SplittableRandom(i), 3, 3))).isFalse();
    }
  }

  @Test
  void uprightInkIsAOneAndNoGenericPolylineIsUpright() {
    assertThat(GenericSketches.upright(List.of(List.of(p(0.5, 0), p(0.55, 0.5), p(0.5, 1))))).isTrue();
    assertThat(GenericSketches.upright(List.of(List.of(p(0.2, 0), p(0.8, 0.5), p(0.2, 1))))).isFalse();
    for (int i = 0; i < 2000; i++) {
      assertThat(GenericSketches.upright(List.of(GenericSketches.polyline(new SplittableRandom(i), 3, 8)))).isFalse();
    }
  }

  @Test
  void arcsStopShortOfACircleAndPolygonsHaveFewCorners() {
    for (int i = 0; i < 500; i++) {
      List<Point2D.Float> arc = GenericSketches.arc(new SplittableRandom(i));
      // A closed circle would end where it began; a sweep of at most 240 degrees leaves a gap.
      float[] box = GenericSketches.box(arc);
      double size = Math.max(box[2] - box[0], box[3] - box[1]);
      assertThat(arc.get(0).distance(arc.get(arc.size() - 1))).as("arc #" + i).isGreaterThan(0.2 * size);
      List<Point2D.Float> poly = GenericSketches.polygon(new SplittableRandom(i));
      assertThat(poly.size()).isBetween(4, 6);
      assertThat(poly.get(0)).isEqualTo(poly.get(poly.size() - 1));
    }
  }

  @Test
  void combinationsHaveTwoToFourPartsInsideTheBox() {
    for (int i = 0; i < 300; i++) {
      List<List<Point2D.Float>> c = GenericSketches.combination(new SplittableRandom(i));
      assertThat(c.size()).isBetween(2, 4);
      for (List<Point2D.Float> s : c) {
        for (Point2D.Float q : s) {
          assertThat(q.x).isBetween(-0.6f, 1.6f);
          assertThat(q.y).isBetween(-0.6f, 1.6f);
        }
      }
      assertThat(GenericSketches.marks(new SplittableRandom(i))).isNotEmpty();
    }
  }

  @Test
  void theGenericFamiliesAreTrainedAndNoHeldOutFamilyIs() {
    assertThat(NegativePool.TRAINING).contains(Family.GENERIC_STROKES, Family.GENERIC_COMBOS, Family.GENERIC_MARKS);
    assertThat(NegativePool.TRAINING).doesNotContain(Family.SHAPES_B, Family.MARKS_B, Family.SCRIBBLE_COILS,
        Family.LETTERS_SERIF, Family.PAIRS_FONT, Family.HALF_DRAWN_FONT, Family.HALF_DRAWN_MNIST);
  }
}
