package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AreaResamplerTest {

  /** A crop {@code stride x rows} of {@code fill} whose window holds {@code window} values. */
  private static StrokeNormaliser.Crop crop(int stride, int rows, float fill, InkBox window,
      float[] values) {
    float[] px = new float[stride * rows];
    Arrays.fill(px, fill);
    for (int y = 0; y < window.height(); y++) {
      for (int x = 0; x < window.width(); x++) {
        px[(window.y() + y) * stride + window.x() + x] = values[y * window.width() + x];
      }
    }
    return new StrokeNormaliser.Crop(px, stride, window, 0f);
  }

  private static float[] filled(int n, float v) {
    float[] a = new float[n];
    Arrays.fill(a, v);
    return a;
  }

  private static float mean(float[] a, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += a[i];
    }
    return (float) (s / n);
  }

  @Test
  void theLongerSideBecomes20AndTheAspectRatioStays() {
    AreaResampler r = new AreaResampler();
    int[][] cases = {{100, 50, 20, 10}, {50, 100, 10, 20}, {1, 300, 1, 20}, {3, 3, 20, 20},
        {7, 2, 20, 6}, {61, 60, 20, 20}};
    for (int[] c : cases) {
      InkBox w = new InkBox(0, 0, c[0], c[1]);
      AreaResampler.Resampled out = r.resample(crop(c[0], c[1], 0f, w, filled(c[0] * c[1], 1f)));
      assertThat(new int[] {out.width(), out.height()}).as("%dx%d", c[0], c[1])
          .containsExactly(c[2], c[3]);
    }
  }

  @Test
  void eachOutputPixelIsTheMeanOfTheAreaItCovers() {
    // 40x40 -> 20x20: each output pixel is the mean of a 2x2 block.
    Random rnd = new Random(3);
    float[] v = new float[40 * 40];
    for (int i = 0; i < v.length; i++) {
      v[i] = rnd.nextFloat();
    }
    InkBox w = new InkBox(0, 0, 40, 40);
    AreaResampler.Resampled out = new AreaResampler().resample(crop(40, 40, 0f, w, v));
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 20; x++) {
        float block = (v[2 * y * 40 + 2 * x] + v[2 * y * 40 + 2 * x + 1]
            + v[(2 * y + 1) * 40 + 2 * x] + v[(2 * y + 1) * 40 + 2 * x + 1]) / 4f;
        assertThat(out.pixels()[y * 20 + x]).isCloseTo(block, within(1e-5f));
      }
    }
  }

  @Test
  void inkIsConservedAtAnyRatio() {
    Random rnd = new Random(4);
    AreaResampler r = new AreaResampler();
    for (int[] size : new int[][] {{37, 23}, {123, 77}, {9, 14}, {251, 250}}) {
      float[] v = new float[size[0] * size[1]];
      for (int i = 0; i < v.length; i++) {
        v[i] = rnd.nextFloat();
      }
      InkBox w = new InkBox(0, 0, size[0], size[1]);
      AreaResampler.Resampled out = r.resample(crop(size[0], size[1], 0f, w, v));
      assertThat(mean(out.pixels(), out.width() * out.height()))
          .isCloseTo(mean(v, v.length), within(1e-4f));
    }
  }

  @Test
  void onlyTheWindowIsRead() {
    InkBox w = new InkBox(3, 5, 10, 8);
    AreaResampler.Resampled out =
        new AreaResampler().resample(crop(20, 20, 1f, w, filled(80, 0.25f)));
    for (int i = 0; i < out.width() * out.height(); i++) {
      assertThat(out.pixels()[i]).isCloseTo(0.25f, within(1e-6f));
    }
  }

  @Test
  void aSinglePixelIsSpreadOverTheWholeBox() {
    AreaResampler.Resampled out = new AreaResampler().resample(
        crop(3, 3, 0f, new InkBox(1, 1, 1, 1), new float[] {0.7f}));
    assertThat(out.width()).isEqualTo(20);
    for (int i = 0; i < 400; i++) {
      assertThat(out.pixels()[i]).isCloseTo(0.7f, within(1e-6f));
    }
  }

  /** Each output pixel is the same float as the area formula gives it, weight by weight (the weights are found once per column). */
  @Test
  void resamplesBitForBitAsTheAreaFormulaSays() {
    Random r = new Random(12);
    AreaResampler resampler = new AreaResampler();
    for (int n = 0; n < 300; n++) {
      int sw = 1 + r.nextInt(n % 3 == 0 ? 30 : 200);
      int sh = 1 + r.nextInt(n % 4 == 0 ? 30 : 200);
      int stride = sw + r.nextInt(5);
      InkBox window = new InkBox(stride - sw, r.nextInt(3), sw, sh);
      float[] values = new float[sw * sh];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.nextInt(3) == 0 ? 0f : r.nextFloat();
      }
      AreaResampler.Resampled out = resampler.resample(crop(stride, sh + window.y() + 1, 0f, window, values));
      int dw = out.width();
      int dh = out.height();
      float fx = sw / (float) dw;
      float[] rows = new float[dw * sh];
      for (int y = 0; y < sh; y++) {
        for (int i = 0; i < dw; i++) {
          float a = i * fx;
          float b = a + fx;
          float sum = 0f;
          for (int j = (int) a; j < Math.min(sw, (int) Math.ceil(b)); j++) {
            sum += (Math.min(b, j + 1) - Math.max(a, j)) * values[y * sw + j];
          }
          rows[y * dw + i] = sum / fx;
        }
      }
      float fy = sh / (float) dh;
      float[] small = new float[dw * dh];
      for (int o = 0; o < dh; o++) {
        float a = o * fy;
        float b = a + fy;
        for (int j = (int) a; j < Math.min(sh, (int) Math.ceil(b)); j++) {
          float wgt = (Math.min(b, j + 1) - Math.max(a, j)) / fy;
          for (int i = 0; i < dw; i++) {
            small[o * dw + i] += wgt * rows[j * dw + i];
          }
        }
      }
      for (int i = 0; i < dw * dh; i++) {
        assertThat(Float.floatToIntBits(out.pixels()[i])).as("pixel %d of case %d", i, n)
            .isEqualTo(Float.floatToIntBits(small[i]));
      }
    }
  }
}
