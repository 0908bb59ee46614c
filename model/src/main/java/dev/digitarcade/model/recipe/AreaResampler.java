package dev.digitarcade.model.recipe;

import java.util.Arrays;

/**
 * Step 4 of the recipe: area (box-filter, anti-aliased) resampling of the ink's window so that
 * its longer side is {@value MnistRecipe#BOX} px, keeping the aspect ratio (the shorter side is
 * rounded, at least 1 px). Each output pixel is the mean of the source area it covers
 * (fractional pixels weighed by their share), horizontally first, then vertically.
 *
 * <p>Keeps its scratch between calls; not thread-safe.
 */
final class AreaResampler {

  private float[] rowPass = new float[0];
  private float[] taps = new float[0];
  private final int[] firstTap = new int[MnistRecipe.BOX];
  private final int[] tapCount = new int[MnistRecipe.BOX];
  private final float[] small = new float[MnistRecipe.BOX * MnistRecipe.BOX];

  /**
   * The resampled digit: row-major, {@code width x height}, longer side {@value
   * MnistRecipe#BOX}.
   *
   * @param pixels owned by the resampler and overwritten by its next call; read only the first
   *     {@code width * height} values
   */
  record Resampled(float[] pixels, int width, int height) {}

  /** Resamples the crop's window. */
  Resampled resample(StrokeNormaliser.Crop crop) {
    InkBox window = crop.window();
    int sw = window.width();
    int sh = window.height();
    int sl = Math.max(sw, sh);
    int dw = Math.max(1, Math.round(sw * (float) MnistRecipe.BOX / sl));
    int dh = Math.max(1, Math.round(sh * (float) MnistRecipe.BOX / sl));
    resample(crop.pixels(), crop.stride(), window.x(), window.y(), sw, sh, dw, dh);
    return new Resampled(small, dw, dh);
  }

  /** Box-filter resampling of the window {@code (x0, y0, sw, sh)} of {@code src} into dw x dh. */
  private void resample(float[] src, int stride, int x0, int y0, int sw, int sh, int dw, int dh) {
    int tn = dw * sh;
    if (rowPass.length < tn) {
      rowPass = new float[tn];
    }
    float fx = sw / (float) dw;
    // Each output column's source columns and their weights are the same in every row: found once.
    int most = (int) Math.ceil(fx) + 2;
    if (taps.length < dw * most) {
      taps = new float[dw * most];
    }
    for (int i = 0; i < dw; i++) {
      float a = i * fx;
      float b = a + fx;
      int j0 = (int) a;
      int j1 = Math.min(sw, (int) Math.ceil(b));
      firstTap[i] = j0;
      tapCount[i] = j1 - j0;
      for (int j = j0; j < j1; j++) {
        taps[i * most + j - j0] = Math.min(b, j + 1) - Math.max(a, j);
      }
    }
    for (int y = 0; y < sh; y++) {
      int srow = (y0 + y) * stride + x0;
      for (int i = 0; i < dw; i++) {
        int from = srow + firstTap[i];
        int t0 = i * most;
        float sum = 0f;
        for (int t = 0, n = tapCount[i]; t < n; t++) {
          sum += taps[t0 + t] * src[from + t];
        }
        rowPass[y * dw + i] = sum / fx;
      }
    }
    float fy = sh / (float) dh;
    Arrays.fill(small, 0, dw * dh, 0f);
    for (int o = 0; o < dh; o++) {
      float a = o * fy;
      float b = a + fy;
      int j0 = (int) a;
      int j1 = Math.min(sh, (int) Math.ceil(b));
      int orow = o * dw;
      for (int j = j0; j < j1; j++) {
        float wgt = (Math.min(b, j + 1) - Math.max(a, j)) / fy;
        int trow = j * dw;
        for (int i = 0; i < dw; i++) {
          small[orow + i] += wgt * rowPass[trow + i];
        }
      }
    }
  }
}
