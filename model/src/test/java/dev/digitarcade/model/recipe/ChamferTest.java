package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
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

  @Test
  void givesExactlyWhatVisitingTheNeighboursPixelByPixelGives() {
    Random random = new Random(7);
    int[][] sizes = {{1, 1}, {1, 9}, {9, 1}, {2, 2}, {3, 17}, {64, 48}, {97, 131}};
    for (int[] size : sizes) {
      int w = size[0];
      int h = size[1];
      for (int trial = 0; trial < 5; trial++) {
        float[] d = far(w * h);
        for (int i = 0; i < d.length; i++) {
          if (random.nextInt(trial + 3) == 0) {
            d[i] = 0f;
          }
        }
        float[] expected = d.clone();
        pixelByPixel(expected, w, h);
        Chamfer.transform(d, w, h);
        assertThat(d).as("%dx%d, trial %d", w, h, trial).containsExactly(expected);
      }
    }
  }

  /** The transform as the textbook states it: each pixel takes its four neighbours done before it. */
  private static void pixelByPixel(float[] d, int w, int h) {
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        d[y * w + x] = Math.min(d[y * w + x], neighbours(d, w, h, x, y, -1));
      }
    }
    for (int y = h - 1; y >= 0; y--) {
      for (int x = w - 1; x >= 0; x--) {
        d[y * w + x] = Math.min(d[y * w + x], neighbours(d, w, h, x, y, 1));
      }
    }
  }

  private static float neighbours(float[] d, int w, int h, int x, int y, int dir) {
    float v = Chamfer.FAR;
    int[][] steps = {{dir, 0}, {0, dir}, {-1, dir}, {1, dir}};
    for (int[] s : steps) {
      int nx = x + s[0];
      int ny = y + s[1];
      if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
        float step = s[0] != 0 && s[1] != 0 ? Chamfer.DIAGONAL : Chamfer.STRAIGHT;
        v = Math.min(v, d[ny * w + nx] + step);
      }
    }
    return v;
  }
}
