package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CentreOfMassTest {

  private static AreaResampler.Resampled digit(int w, int h, float v) {
    float[] px = new float[w * h];
    Arrays.fill(px, v);
    return new AreaResampler.Resampled(px, w, h);
  }

  /** Columns and rows of the field holding ink: {x0, x1, y0, y1}. */
  private static int[] extent(float[] field) {
    int[] e = {28, -1, 28, -1};
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        if (field[y * 28 + x] > 0f) {
          e[0] = Math.min(e[0], x);
          e[1] = Math.max(e[1], x);
          e[2] = Math.min(e[2], y);
          e[3] = Math.max(e[3], y);
        }
      }
    }
    return e;
  }

  @Test
  void anEvenDigitSitsInTheMiddle() {
    float[] field = CentreOfMass.place(digit(20, 10, 1f));
    assertThat(field).hasSize(MnistInput.SIZE);
    assertThat(extent(field)).containsExactly(4, 23, 9, 18);
  }

  @Test
  void theCentreOfMassNotTheBoxGoesToTheCentre() {
    // A 20x20 digit with all its ink in the left quarter: the field shifts it right, but only
    // as far as the field allows (the box must stay inside).
    float[] px = new float[400];
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 5; x++) {
        px[y * 20 + x] = 1f;
      }
    }
    float[] field = CentreOfMass.place(new AreaResampler.Resampled(px, 20, 20));
    assertThat(extent(field)).containsExactly(8, 12, 4, 23);

    // A 10x20 digit heavier at the bottom moves up.
    float[] tall = new float[200];
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 10; x++) {
        tall[y * 10 + x] = y < 10 ? 0.1f : 1f;
      }
    }
    int[] e = extent(CentreOfMass.place(new AreaResampler.Resampled(tall, 10, 20)));
    assertThat(e[2]).isLessThan(4);
  }

  @Test
  void valuesAreClampedToTheUnitRange() {
    float[] px = {1.5f, -0.25f, 0.5f, 0f};
    float[] field = CentreOfMass.place(new AreaResampler.Resampled(px, 2, 2));
    float max = 0;
    float min = 1;
    for (float v : field) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    assertThat(max).isEqualTo(1f);
    assertThat(min).isZero();
  }

  @Test
  void withoutPositiveMassTheBoxIsCentred() {
    // Ink and an equal negative undershoot: no mass to centre, so the box goes in the middle.
    float[] field = CentreOfMass.place(new AreaResampler.Resampled(new float[] {-1f, 1f}, 2, 1));
    assertThat(field[13 * 28 + 14]).isEqualTo(1f);
    assertThat(Paint.sum(field)).isEqualTo(1f);
  }

  @Test
  void eachCallReturnsANewField() {
    float[] a = CentreOfMass.place(digit(4, 4, 0.5f));
    float[] b = CentreOfMass.place(digit(4, 4, 0.5f));
    assertThat(a).isNotSameAs(b).containsExactly(b);
  }
}
