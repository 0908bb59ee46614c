package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChamferTest {

  private static float[] far(int n) {
    float[] d = new float[n];
    Arrays.fill(d, Chamfer.FAR);
    return d;
  }

  @Test
  void distancesFromOneSeedAreWithinFivePercentOfEuclidean() {
    int w = 41;
    int h = 31;
    float[] d = far(w * h);
    d[15 * w + 20] = 0f;
    Chamfer.transform(d, w, h);
    assertThat(d[15 * w + 21]).isEqualTo(Chamfer.STRAIGHT);
    assertThat(d[14 * w + 19]).isEqualTo(Chamfer.DIAGONAL);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double e = Math.hypot(x - 20, y - 15);
        assertThat((double) d[y * w + x]).as("(%d, %d)", x, y)
            .isCloseTo(e, within(0.05 * e + 1e-6));
      }
    }
  }

  @Test
  void eachPixelGetsItsNearestSeed() {
    int w = 30;
    float[] d = far(w);
    d[2] = 0f;
    d[25] = 0f;
    Chamfer.transform(d, w, 1);
    assertThat(d[0]).isEqualTo(2 * Chamfer.STRAIGHT);
    assertThat(d[13]).isCloseTo(11 * Chamfer.STRAIGHT, within(1e-4f));
    assertThat(d[14]).isCloseTo(11 * Chamfer.STRAIGHT, within(1e-4f));
    assertThat(d[29]).isCloseTo(4 * Chamfer.STRAIGHT, within(1e-4f));
  }

  @Test
  void withoutSeedsEverythingStaysFar() {
    float[] d = far(12);
    Chamfer.transform(d, 4, 3);
    for (float v : d) {
      assertThat(v).isEqualTo(Chamfer.FAR);
    }
  }
}
