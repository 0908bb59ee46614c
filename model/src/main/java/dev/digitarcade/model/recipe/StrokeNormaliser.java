package dev.digitarcade.model.recipe;

import java.util.Arrays;

/**
 * Step 3, second half: brings the stroke width into MNIST's range before downscaling. MNIST's
 * own strokes measure 1.6-3.1 px in the 20 px box (10th-90th percentile, {@link StrokeWidth}'s
 * estimator); a drawing whose stroke would land outside {@link RecipeOptions#minStroke20()} to
 * {@link RecipeOptions#maxStroke20()} there has its edges moved (thickened by dilation, thinned by
 * erosion, both anti-aliased, over a {@link Chamfer} distance transform).
 *
 * <p>The kept ink is first copied into a crop with a margin, reduced by a whole factor when it is
 * longer than {@value #REDUCE_ABOVE} px (a 20 px result needs no more than about 5x
 * oversampling), so the distance transform costs about the same for any size. The crop is what
 * step 4 resamples. Keeps its scratch between calls; not thread-safe.
 */
final class StrokeNormaliser {

  // Ink boxes longer than this many field pixels are reduced by a whole factor first.
  static final int REDUCE_ABOVE = 100;

  private float[] crop = new float[0];
  private float[] dist = new float[0];
  private int[] columns = new int[0];
  private static final int FAR_BITS = Float.floatToRawIntBits(Chamfer.FAR);

  /**
   * The kept ink after the stroke change, ready for resampling.
   *
   * @param pixels intensities, row-major with {@code stride} columns
   * @param stride columns of the crop
   * @param window the ink's box in the crop (the whole crop if the ink is too faint to show one)
   * @param adjust how far the edges were moved, in field pixels: positive thickened, negative
   *     thinned, 0 left alone
   */
  record Crop(float[] pixels, int stride, InkBox window, float adjust) {}

  /**
   * How far to move each stroke edge (in field pixels) so that a stroke {@code strokeWidth} wide
   * in ink {@code longSide} long lands in the options' range at 20 px; 0 when it already does or
   * when the change would be under a quarter pixel. Thinning leaves at least 2 px of stroke;
   * thickening grows by at most a quarter of the long side.
   */
  static float adjustment(float strokeWidth, int longSide, RecipeOptions options) {
    int box = MnistRecipe.BOX;
    float w20 = strokeWidth * box / longSide;
    float target = w20 < options.minStroke20() ? options.minStroke20()
        : w20 > options.maxStroke20() ? options.maxStroke20() : w20;
    if (target == w20) {
      return 0f;
    }
    float adjust = (target * longSide - box * strokeWidth) / (2f * box - 2f * target);
    adjust = Math.max(adjust, -(strokeWidth / 2f - 1f));
    adjust = Math.min(adjust, longSide / 4f);
    return Math.abs(adjust) < 0.25f ? 0f : adjust;
  }

  /**
   * Copies the ink {@code specks} keeps inside {@code kept} (field pixels) into the crop and
   * moves its edges by {@code adjust} field pixels. Should the thinning leave nothing above the
   * threshold, the crop is made again unchanged.
   */
  Crop normalise(Ink ink, Specks specks, InkBox kept, float strokeWidth, float adjust, float thr) {
    float solid = ink.solid();
    int kw = kept.width();
    int kh = kept.height();
    int k = Math.max(1, kept.longSide() / REDUCE_ABOVE);
    float adjustC = adjust / k;
    if (adjustC < 0f) {
      adjustC = Math.max(adjustC, -(strokeWidth / k / 2f - 0.5f));
    }
    int cw;
    int ch;
    int cx0;
    int cy0;
    int cx1;
    int cy1;
    while (true) {
      int margin = (adjustC > 0 ? (int) Math.ceil(adjustC) : 0) + 1;
      cw = (kw + k - 1) / k + 2 * margin;
      ch = (kh + k - 1) / k + 2 * margin;
      copy(ink, specks, kept.x() - margin * k, kept.y() - margin * k, cw, ch, k, thr);
      if (adjustC > 0f) {
        dilate(cw, ch, adjustC, solid);
      } else if (adjustC < 0f) {
        erode(cw, ch, -adjustC, solid);
      }
      // The ink's box after the stroke change.
      cx0 = cw;
      cy0 = ch;
      cx1 = -1;
      cy1 = -1;
      for (int y = 0; y < ch; y++) {
        int row = y * cw;
        // The row's first and last ink, looked for from each end.
        int first = 0;
        while (first < cw && !(crop[row + first] > thr)) {
          first++;
        }
        if (first == cw) {
          continue;
        }
        int last = cw - 1;
        while (!(crop[row + last] > thr)) {
          last--;
        }
        cx0 = Math.min(cx0, first);
        cx1 = Math.max(cx1, last);
        cy0 = Math.min(cy0, y);
        cy1 = y;
      }
      if (cx1 >= 0 || adjustC == 0f) {
        break;
      }
      // Everything thinned away (the erosion cap should prevent it): fall back to no change.
      adjustC = 0f;
    }
    InkBox window = cx1 < 0
        ? new InkBox(0, 0, cw, ch) // ink too faint to survive the reduction: all of it
        : new InkBox(cx0, cy0, cx1 - cx0 + 1, cy1 - cy0 + 1);
    return new Crop(crop, cw, window, adjustC * k);
  }

  /**
   * Copies kept ink into the crop ({@code cw x ch}), each crop pixel the mean of a {@code k x k}
   * block of the field starting at {@code (ox, oy)}; everything but kept ink above the threshold
   * counts as 0. Only the ink box of the field is read.
   */
  private void copy(Ink ink, Specks specks, int ox, int oy, int cw, int ch, int k, float thr) {
    float[] img = ink.field();
    int width = ink.stride();
    int bx = ink.box().x();
    int by = ink.box().y();
    int bw = ink.box().width();
    int bh = ink.box().height();
    int n = cw * ch;
    if (crop.length < n) {
      crop = new float[n];
      dist = new float[n];
    }
    Arrays.fill(crop, 0, n, 0f);
    float scale = 1f / (k * k);
    // The crop column of each field column of the box (-1: outside the crop), found once.
    if (columns.length < bw) {
      columns = new int[bw];
    }
    for (int i = 0; i < bw; i++) {
      int cx = Math.floorDiv(bx + i - ox, k);
      columns[i] = cx >= 0 && cx < cw ? cx : -1;
    }
    // Walk the field's box once, adding each kept pixel to its crop pixel.
    for (int sy = by; sy < by + bh; sy++) {
      int cy = Math.floorDiv(sy - oy, k);
      if (cy < 0 || cy >= ch) {
        continue;
      }
      int irow = sy * width;
      int lrow = (sy - by) * bw - bx;
      int crow = cy * cw;
      for (int sx = bx; sx < bx + bw; sx++) {
        float s = img[irow + sx];
        if (s > thr && specks.kept(lrow + sx)) {
          int cx = columns[sx - bx];
          if (cx >= 0) {
            crop[crow + cx] += (s > 1f ? 1f : s) * scale;
          }
        }
      }
    }
  }

  /** Moves every stroke edge outwards by {@code r} pixels, anti-aliased. */
  private void dilate(int w, int h, float r, float solid) {
    int n = w * h;
    // Without branches, on the values' bits: crop values and solid are +0 or more, so their bits
    // order as they do (see Chamfer#lesser); a cover below 0 has bits below every crop value's.
    int solidBits = Float.floatToRawIntBits(solid);
    for (int i = 0; i < n; i++) {
      // crop >= solid ? 0 : FAR (seed: all ones where crop >= solid)
      int seed = (solidBits - Float.floatToRawIntBits(crop[i]) - 1) >> 31;
      dist[i] = Float.intBitsToFloat(FAR_BITS & ~seed);
    }
    Chamfer.transform(dist, w, h);
    for (int i = 0; i < n; i++) {
      // cover > crop ? min(cover, 1) : crop
      float cover = r + 1f - dist[i];
      int c = Float.floatToRawIntBits(crop[i]);
      int over = (int) (((long) c - Float.floatToRawIntBits(cover)) >> 63);
      crop[i] = Float.intBitsToFloat(c ^ ((c ^ Float.floatToRawIntBits(Chamfer.lesser(cover, 1f))) & over));
    }
  }

  /** Moves every stroke edge inwards by {@code e} pixels, anti-aliased. */
  private void erode(int w, int h, float e, float solid) {
    int n = w * h;
    int solidBits = Float.floatToRawIntBits(solid);
    for (int i = 0; i < n; i++) {
      // crop < solid ? 0 : FAR, without a branch as in dilate (seed: all ones where crop < solid)
      int seed = (Float.floatToRawIntBits(crop[i]) - solidBits) >> 31;
      dist[i] = Float.intBitsToFloat(FAR_BITS & ~seed);
    }
    Chamfer.transform(dist, w, h);
    for (int i = 0; i < n; i++) {
      // cover < crop ? max(cover, 0) : crop, without a branch (crop is +0 or more; cover is never
      // -0, the distances being +0 or more and e above 0)
      crop[i] = Chamfer.lesser(crop[i], Chamfer.greater(dist[i] - e, 0f));
    }
  }
}
