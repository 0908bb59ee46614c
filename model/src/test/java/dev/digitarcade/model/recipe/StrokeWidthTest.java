package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class StrokeWidthTest {

  private static final int W = 280;
  private static final float THR = Paint.THRESHOLD;

  private static float measure(float[] img, boolean removeSpecks) {
    Ink ink = Paint.ink(img, W, W);
    StrokeWidth width = new StrokeWidth();
    Specks specks = new Specks(width);
    InkBox kept = specks.keep(ink, THR, removeSpecks);
    return width.measure(ink, specks, kept, THR);
  }

  @Test
  void aRingIsMeasuredAtItsBrushWidth() {
    for (float brush : new float[] {3f, 6f, 12f, 24f}) {
      float[] img = new float[W * W];
      Paint.ring(img, W, 140, 140, 90, brush);
      assertThat(measure(img, true)).as("brush %s", brush).isCloseTo(brush, within(0.1f * brush));
    }
  }

  @Test
  void theCurveCorrectionOverstatesStraightStrokesAndUnderstatesDiagonalOnes() {
    // The 4-neighbour perimeter is exact along an axis and sqrt(2) too long at 45 degrees;
    // the 4/pi folded in for curves then shows: 4/pi and 4/pi/sqrt(2) times the brush.
    float[] straight = new float[W * W];
    Paint.line(straight, W, 40, 140, 240, 140, 10);
    assertThat(measure(straight, true)).isCloseTo((float) (10 * 4 / Math.PI), withinPercentage(8));
    float[] diagonal = new float[W * W];
    Paint.line(diagonal, W, 40, 40, 240, 240, 10);
    assertThat(measure(diagonal, true))
        .isCloseTo((float) (10 * 4 / Math.PI / Math.sqrt(2)), withinPercentage(8));
  }

  @Test
  void onlyKeptInkCounts() {
    float[] img = new float[W * W];
    Paint.ring(img, W, 100, 100, 60, 6);
    float alone = measure(img, true);
    Paint.box(img, W, 240, 240, 252, 252, 1f); // a far square blot
    assertThat(measure(img, true)).isEqualTo(alone);
    assertThat(measure(img, false)).isGreaterThan(alone);
  }

  @Test
  void neverLessThanOnePixel() {
    float[] img = new float[W * W];
    img[100 * W + 100] = 1f;
    assertThat(measure(img, true)).isEqualTo(1f);
  }
}
