package dev.digitarcade.model.recipe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * TEMPORARY (issue 8, item 3): a frozen copy of the single-class recipe, kept only while the
 * recipe is split into steps, so {@link RecipeEquivalenceTest} can compare outputs bit for bit.
 *
 * <p>The MNIST recipe: turns a drawing of any size, anywhere on a canvas, into the 28x28 field the
 * model was trained on (ARCHITECTURE.md section 4), the one implementation used by the game, the
 * {@code predict} command and the benchmarks.
 *
 * <ol>
 *   <li>Ink mask: pixels above {@link RecipeOptions#inkThreshold()}. No ink: {@link
 *       Optional#empty()}, the caller shows "nothing drawn" and does not call the model.
 *   <li>Stray specks: small ink components lying outside the main ink are ignored.
 *   <li>Crop to the bounding box of the remaining ink.
 *   <li>Stroke width: estimated from ink area and perimeter; a stroke that would end up thinner
 *       or thicker than MNIST's in the 20 px box is thickened or thinned (distance transform)
 *       at source resolution, before any downscaling.
 *   <li>Area-resample so the longer side is 20 px, keeping the aspect ratio.
 *   <li>Place in 28x28 so the centre of mass sits at the centre (whole-pixel shift, as MNIST).
 * </ol>
 *
 * <p>Input images are row-major, row 0 at the top, white (high) ink on black (0) background.
 * An instance keeps scratch buffers between calls so the per-frame call allocates only its
 * result; it is therefore <b>not thread-safe</b>: use one instance per thread.
 */
final class OldRecipe {

  /** Longer side of the digit inside the 28x28 field. */
  public static final int BOX = 20;

  private static final int SIDE = MnistInput.SIDE;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  // Borgefors' 3x3 chamfer weights: within about 4.5 % of the Euclidean distance.
  private static final float CHAMFER_STRAIGHT = 0.95509f;
  private static final float CHAMFER_DIAGONAL = 1.36930f;
  private static final float FAR = 1e9f;
  // A component is "major" when it holds at least this share of the largest component's ink.
  private static final float MAJOR_SHARE = 0.1f;
  // Minor components are kept when they lie inside the major ink's box grown by this share.
  private static final float NEAR_SHARE = 0.1f;
  // A canvas about k times this side is block-reduced by k before anything else: it is then read,
  // and costs, like the game's 280 px canvas (the decision depends on the canvas, not the ink, so
  // a stray speck cannot change how the digit is read).
  private static final int REFERENCE_CANVAS = 280;
  // Ink boxes longer than this many source pixels are reduced by a whole factor first.
  private static final int REDUCE_ABOVE = 100;

  private final RecipeOptions options;

  // Scratch, grown on demand and reused.
  private float[] grayScratch = new float[0];
  private float[] reduced = new float[0];
  private int[] labels = new int[0];
  private int[] stack = new int[0];
  private float[] compMass = new float[16];
  private int[] compBox = new int[16 * 4];
  private boolean[] keep = new boolean[16];
  private float[] crop = new float[0];
  private float[] dist = new float[0];
  private float[] rowPass = new float[0];
  private boolean[] solidRows = new boolean[0];
  private final float[] small = new float[BOX * BOX];

  /** A recipe with {@link RecipeOptions#defaults()}. */
  OldRecipe() {
    this(RecipeOptions.defaults());
  }

  OldRecipe(RecipeOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    this.options = options;
  }

  public RecipeOptions options() {
    return options;
  }

  /**
   * Runs the recipe on unsigned 8-bit gray pixels (0 = background, 255 = full ink).
   *
   * @return the model input, or empty when nothing is drawn
   */
  public Optional<MnistInput> apply(byte[] image, int width, int height) {
    checkSize(image == null ? -1 : image.length, width, height);
    // Find the ink on the bytes; convert only the ink's box to intensities.
    int thr = (int) Math.floor(options.inkThreshold() * 255f);
    int minX = width;
    int minY = height;
    int maxX = -1;
    int maxY = -1;
    int count = 0;
    int peak = 0;
    for (int y = 0; y < height; y++) {
      int row = y * width;
      int first = -1;
      int last = -1;
      for (int x = 0; x < width; x++) {
        // A clean canvas is mostly exact zeros: step over eight of them at a time.
        if ((x & 7) == 0 && x + 8 <= width && (long) LONGS.get(image, row + x) == 0L) {
          x += 7;
          continue;
        }
        int v = image[row + x] & 0xff;
        if (v > thr) {
          count++;
          if (first < 0) {
            first = x;
          }
          last = x;
          if (v > peak) {
            peak = v;
          }
        }
      }
      if (first >= 0) {
        minX = Math.min(minX, first);
        maxX = Math.max(maxX, last);
        minY = Math.min(minY, y);
        maxY = y;
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    float inkFraction = count / (float) ((long) width * height);
    int k = (Math.max(width, height) + REFERENCE_CANVAS / 2) / REFERENCE_CANVAS;
    if (k > 1) {
      int rw = (maxX - minX + k) / k;
      int rh = (maxY - minY + k) / k;
      float[] r = reducedScratch(rw * rh);
      float scale = 1f / (255f * k * k);
      for (int y = minY; y <= maxY; y++) {
        int row = y * width;
        int rrow = ((y - minY) / k) * rw;
        for (int rx = 0, x = minX; x <= maxX; rx++) {
          int end = Math.min(maxX + 1, x + k);
          int sum = 0;
          for (; x < end; x++) {
            sum += image[row + x] & 0xff;
          }
          r[rrow + rx] += sum * scale;
        }
      }
      return reduced(r, rw, rh, k, minX, minY, inkFraction);
    }
    int n = width * height;
    if (grayScratch.length < n) {
      grayScratch = new float[n];
    }
    float[] g = grayScratch;
    for (int y = minY; y <= maxY; y++) {
      int row = y * width;
      for (int x = minX; x <= maxX; x++) {
        g[row + x] = (image[row + x] & 0xff) * (1f / 255f);
      }
    }
    return Optional.of(run(g, width, height, minX, minY, maxX - minX + 1, maxY - minY + 1, inkFraction, peak / 255f));
  }

  private float[] reducedScratch(int n) {
    if (reduced.length < n) {
      reduced = new float[n];
    }
    java.util.Arrays.fill(reduced, 0, n, 0f);
    return reduced;
  }

  /**
   * The recipe on a canvas region reduced by {@code k} (block means), its facts mapped back to
   * the source: a large canvas is read like the 280 px one.
   */
  private Optional<MnistInput> reduced(float[] r, int rw, int rh, int k, int x0, int y0, float inkFraction) {
    float thr = options.inkThreshold();
    int minX = rw;
    int minY = rh;
    int maxX = -1;
    int maxY = -1;
    float peak = 0f;
    for (int y = 0; y < rh; y++) {
      for (int x = 0; x < rw; x++) {
        float v = r[y * rw + x];
        if (v > thr) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = y;
          peak = Math.max(peak, v);
        }
      }
    }
    if (maxX < 0) {
      return Optional.empty(); // only specks too faint to survive the reduction
    }
    MnistInput m = run(r, rw, rh, minX, minY, maxX - minX + 1, maxY - minY + 1, inkFraction, peak);
    InkBox b = m.inkBox();
    return Optional.of(new MnistInput(m.pixels(), new InkBox(x0 + b.x() * k, y0 + b.y() * k, b.width() * k, b.height() * k),
        inkFraction, m.strokeWidth() * k, m.strokeAdjust() * k, m.specksRemoved()));
  }

  /**
   * Runs the recipe on gray intensities in [0,1] (0 = background, 1 = full ink); values outside
   * are clamped.
   *
   * @return the model input, or empty when nothing is drawn
   */
  public Optional<MnistInput> apply(float[] image, int width, int height) {
    checkSize(image == null ? -1 : image.length, width, height);
    final float thr = options.inkThreshold();

    // 1. Ink mask and its bounding box.
    int minX = width;
    int minY = height;
    int maxX = -1;
    int maxY = -1;
    int count = 0;
    float peak = 0f;
    for (int y = 0; y < height; y++) {
      int row = y * width;
      for (int x = 0; x < width; x++) {
        float v = image[row + x];
        if (v > thr) {
          count++;
          if (x < minX) {
            minX = x;
          }
          if (x > maxX) {
            maxX = x;
          }
          if (y < minY) {
            minY = y;
          }
          maxY = y;
          if (v > peak) {
            peak = v;
          }
        }
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    float inkFraction = count / (float) ((long) width * height);
    int k = (Math.max(width, height) + REFERENCE_CANVAS / 2) / REFERENCE_CANVAS;
    if (k > 1) {
      int rw = (maxX - minX + k) / k;
      int rh = (maxY - minY + k) / k;
      float[] r = reducedScratch(rw * rh);
      float scale = 1f / (k * k);
      for (int y = minY; y <= maxY; y++) {
        int row = y * width;
        int rrow = ((y - minY) / k) * rw;
        for (int rx = 0, x = minX; x <= maxX; rx++) {
          int end = Math.min(maxX + 1, x + k);
          float sum = 0f;
          for (; x < end; x++) {
            float v = image[row + x];
            sum += v < 0f ? 0f : (v > 1f ? 1f : v);
          }
          r[rrow + rx] += sum * scale;
        }
      }
      return reduced(r, rw, rh, k, minX, minY, inkFraction);
    }
    return Optional.of(run(image, width, height, minX, minY, maxX - minX + 1, maxY - minY + 1, inkFraction, peak));
  }

  /**
   * Steps 2-9 on the ink box {@code (bx, by, bw, bh)} of {@code image}, whose strongest ink is
   * {@code peak}; {@code inkFraction} is only reported. Only pixels inside the box are read.
   */
  private MnistInput run(float[] image, int width, int height, int bx, int by, int bw, int bh,
      float inkFraction, float peak) {
    final float thr = options.inkThreshold();

    // 2. Connected components inside the box; drop stray specks.
    int comps = label(image, width, bx, by, bw, bh, thr);
    int specks = 0;
    int kx0 = bx;
    int ky0 = by;
    int kx1 = bx + bw - 1;
    int ky1 = by + bh - 1;
    for (int c = 1; c <= comps; c++) {
      keep[c] = true;
    }
    if (options.removeSpecks() && comps > 1) {
      specks = chooseComponents(image, width, bx, by, bw, comps, thr, Math.min(0.5f, 0.5f * Math.min(1f, peak)));
      kx0 = Integer.MAX_VALUE;
      ky0 = Integer.MAX_VALUE;
      kx1 = -1;
      ky1 = -1;
      for (int c = 1; c <= comps; c++) {
        if (keep[c]) {
          kx0 = Math.min(kx0, bx + compBox[4 * c]);
          ky0 = Math.min(ky0, by + compBox[4 * c + 1]);
          kx1 = Math.max(kx1, bx + compBox[4 * c + 2]);
          ky1 = Math.max(ky1, by + compBox[4 * c + 3]);
        }
      }
    }
    int kw = kx1 - kx0 + 1;
    int kh = ky1 - ky0 + 1;
    int longSide = Math.max(kw, kh);

    // 3. Stroke width: area over half the perimeter, corrected for the 4-neighbour perimeter.
    float solid = Math.min(0.5f, 0.5f * Math.min(1f, peak));
    float strokeWidth = strokeWidth(image, width, bx, by, bw, kx0, ky0, kx1, ky1, thr, solid);

    // 4. How far to move the stroke edges so the stroke lands in MNIST's range at 20 px.
    float adjust = 0f;
    if (options.normaliseStroke()) {
      float w20 = strokeWidth * BOX / longSide;
      float target = w20 < options.minStroke20() ? options.minStroke20()
          : w20 > options.maxStroke20() ? options.maxStroke20() : w20;
      if (target != w20) {
        adjust = (target * longSide - BOX * strokeWidth) / (2f * BOX - 2f * target);
        adjust = Math.max(adjust, -(strokeWidth / 2f - 1f));
        adjust = Math.min(adjust, longSide / 4f);
        if (Math.abs(adjust) < 0.25f) {
          adjust = 0f;
        }
      }
    }

    // 5. Copy the kept ink, reduced by a whole factor when it is large (a 20 px result needs no
    //    more than about 5x oversampling), with a margin that leaves room to thicken.
    int k = Math.max(1, longSide / REDUCE_ABOVE);
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
      copyCrop(image, width, bx, by, bw, bh, kx0 - margin * k, ky0 - margin * k, cw, ch, k, thr);

      // 6. Thicken or thin before downscaling.
      if (adjustC > 0f) {
        dilate(cw, ch, adjustC, solid);
      } else if (adjustC < 0f) {
        erode(cw, ch, -adjustC, solid);
      }

      // 7. Bounding box after the stroke change.
      cx0 = cw;
      cy0 = ch;
      cx1 = -1;
      cy1 = -1;
      for (int y = 0; y < ch; y++) {
        int row = y * cw;
        for (int x = 0; x < cw; x++) {
          if (crop[row + x] > thr) {
            cx0 = Math.min(cx0, x);
            cx1 = Math.max(cx1, x);
            cy0 = Math.min(cy0, y);
            cy1 = y;
          }
        }
      }
      if (cx1 >= 0 || adjustC == 0f) {
        break;
      }
      // Everything thinned away (the erosion cap should prevent it): fall back to no change.
      adjust = 0f;
      adjustC = 0f;
    }
    if (cx1 < 0) {
      // Ink too faint to survive the reduction: show the ink box as it is.
      cx0 = 0;
      cy0 = 0;
      cx1 = cw - 1;
      cy1 = ch - 1;
    }
    int sw = cx1 - cx0 + 1;
    int sh = cy1 - cy0 + 1;

    // 8. Area resampling to a longer side of 20 px.
    int sl = Math.max(sw, sh);
    int dw = Math.max(1, Math.round(sw * (float) BOX / sl));
    int dh = Math.max(1, Math.round(sh * (float) BOX / sl));
    resample(cw, cx0, cy0, sw, sh, dw, dh);

    // 9. Centre of mass to the centre of the 28x28 field.
    double mass = 0;
    double mx = 0;
    double my = 0;
    for (int y = 0; y < dh; y++) {
      for (int x = 0; x < dw; x++) {
        float v = small[y * dw + x];
        mass += v;
        mx += v * (x + 0.5);
        my += v * (y + 0.5);
      }
    }
    int ox;
    int oy;
    if (mass > 0) {
      ox = (int) Math.round(SIDE / 2.0 - mx / mass);
      oy = (int) Math.round(SIDE / 2.0 - my / mass);
    } else {
      ox = (SIDE - dw) / 2;
      oy = (SIDE - dh) / 2;
    }
    ox = Math.max(0, Math.min(SIDE - dw, ox));
    oy = Math.max(0, Math.min(SIDE - dh, oy));
    float[] out = new float[MnistInput.SIZE];
    for (int y = 0; y < dh; y++) {
      for (int x = 0; x < dw; x++) {
        float v = small[y * dw + x];
        out[(y + oy) * SIDE + x + ox] = v < 0f ? 0f : (v > 1f ? 1f : v);
      }
    }
    return new MnistInput(out, new InkBox(kx0, ky0, kw, kh), inkFraction, strokeWidth, adjustC * k, specks);
  }

  private static void checkSize(int length, int width, int height) {
    if (length < 0) {
      throw new IllegalArgumentException("image must not be null");
    }
    if (width <= 0 || height <= 0 || width > 65535 || height > 65535) {
      throw new IllegalArgumentException("image size must be 1..65535 per side, got " + width + "x" + height);
    }
    if ((long) width * height > length) {
      throw new IllegalArgumentException(
          "image of " + width + "x" + height + " needs " + (long) width * height
              + " pixels, got " + length);
    }
  }

  /** 8-connected labelling of ink pixels inside the box; returns the number of components. */
  private int label(float[] img, int stride, int bx, int by, int bw, int bh, float thr) {
    int n = bw * bh;
    if (labels.length < n) {
      labels = new int[n];
      stack = new int[n];
    }
    java.util.Arrays.fill(labels, 0, n, 0);
    int comps = 0;
    for (int sy = 0; sy < bh; sy++) {
      int srcRow = (by + sy) * stride + bx;
      for (int sx = 0; sx < bw; sx++) {
        int start = sy * bw + sx;
        if (labels[start] != 0 || img[srcRow + sx] <= thr) {
          continue;
        }
        comps++;
        ensureComponents(comps);
        float m = 0f;
        int x0 = sx;
        int y0 = sy;
        int x1 = sx;
        int y1 = sy;
        int top = 0;
        // Stack entries pack (y << 16 | x): images are at most 65535 px a side (see checkSize).
        stack[top++] = (sy << 16) | sx;
        labels[start] = comps;
        while (top > 0) {
          int p = stack[--top];
          int px = p & 0xffff;
          int py = p >>> 16;
          m += img[(by + py) * stride + bx + px];
          if (px < x0) {
            x0 = px;
          } else if (px > x1) {
            x1 = px;
          }
          if (py < y0) {
            y0 = py;
          } else if (py > y1) {
            y1 = py;
          }
          int qy0 = py > 0 ? py - 1 : 0;
          int qy1 = py < bh - 1 ? py + 1 : py;
          int qx0 = px > 0 ? px - 1 : 0;
          int qx1 = px < bw - 1 ? px + 1 : px;
          for (int qy = qy0; qy <= qy1; qy++) {
            int lrow = qy * bw;
            int irow = (by + qy) * stride + bx;
            for (int qx = qx0; qx <= qx1; qx++) {
              if (labels[lrow + qx] == 0 && img[irow + qx] > thr) {
                labels[lrow + qx] = comps;
                stack[top++] = (qy << 16) | qx;
              }
            }
          }
        }
        compMass[comps] = m;
        compBox[4 * comps] = x0;
        compBox[4 * comps + 1] = y0;
        compBox[4 * comps + 2] = x1;
        compBox[4 * comps + 3] = y1;
      }
    }
    return comps;
  }

  private void ensureComponents(int c) {
    if (c < compMass.length) {
      return;
    }
    int size = Math.max(c + 1, compMass.length * 2);
    compMass = java.util.Arrays.copyOf(compMass, size);
    compBox = java.util.Arrays.copyOf(compBox, size * 4);
    keep = java.util.Arrays.copyOf(keep, size);
  }

  /**
   * Decides which components are the digit; returns how many were dropped as stray specks.
   *
   * <p>The largest component is the digit's main stroke. Another component is part of the digit
   * when it lies within the main ink's box (grown by a tenth of its size), or when it holds a
   * real share of the ink ({@value #MAJOR_SHARE} of the largest) and is a stroke rather than a
   * dot: a dot is no longer than about one brush width, the mark a stray click leaves.
   */
  private int chooseComponents(float[] img, int stride, int bx, int by, int bw, int comps, float thr,
      float solid) {
    int main = 1;
    for (int c = 2; c <= comps; c++) {
      if (compMass[c] > compMass[main]) {
        main = c;
      }
    }
    float largest = compMass[main];
    // The brush width, from the main component alone.
    for (int c = 1; c <= comps; c++) {
      keep[c] = c == main;
    }
    float brush = strokeWidth(img, stride, bx, by, bw, bx + compBox[4 * main], by + compBox[4 * main + 1],
        bx + compBox[4 * main + 2], by + compBox[4 * main + 3], thr, solid);
    float dot = 1.5f * brush + 2f;
    int x0 = compBox[4 * main];
    int y0 = compBox[4 * main + 1];
    int x1 = compBox[4 * main + 2];
    int y1 = compBox[4 * main + 3];
    for (int c = 1; c <= comps; c++) {
      if (c == main || compMass[c] < MAJOR_SHARE * largest) {
        continue;
      }
      int len = Math.max(compBox[4 * c + 2] - compBox[4 * c], compBox[4 * c + 3] - compBox[4 * c + 1]) + 1;
      if (len > dot) {
        keep[c] = true;
        x0 = Math.min(x0, compBox[4 * c]);
        y0 = Math.min(y0, compBox[4 * c + 1]);
        x1 = Math.max(x1, compBox[4 * c + 2]);
        y1 = Math.max(y1, compBox[4 * c + 3]);
      }
    }
    int grow = 1 + Math.round(NEAR_SHARE * Math.max(x1 - x0 + 1, y1 - y0 + 1));
    x0 -= grow;
    y0 -= grow;
    x1 += grow;
    y1 += grow;
    int dropped = 0;
    for (int c = 1; c <= comps; c++) {
      if (!keep[c]) {
        keep[c] = compBox[4 * c] >= x0 && compBox[4 * c + 1] >= y0
            && compBox[4 * c + 2] <= x1 && compBox[4 * c + 3] <= y1;
        if (!keep[c]) {
          dropped++;
        }
      }
    }
    return dropped;
  }

  /**
   * Stroke width in source pixels: ink area over half its perimeter. The perimeter is counted
   * as 4-neighbour edges of the solid mask, which overstates a curve's length by 4/pi on
   * average; the factor 8/pi folds that in. Only kept components inside the given box count.
   */
  private float strokeWidth(float[] img, int stride, int bx, int by, int bw,
      int kx0, int ky0, int kx1, int ky1, float thr, float solid) {
    int w = kx1 - kx0 + 1;
    if (solidRows.length < 2 * (w + 2)) {
      solidRows = new boolean[2 * (w + 2)];
    }
    // Two rolling rows of the solid mask (with a false border) are enough to count the edges.
    boolean[] rows = solidRows;
    int prev = 0;
    int cur = w + 2;
    java.util.Arrays.fill(rows, 0, 2 * (w + 2), false);
    double area = 0;
    long edges = 0;
    for (int y = ky0; y <= ky1 + 1; y++) {
      if (y <= ky1) {
        int irow = y * stride;
        int lrow = (y - by) * bw - bx;
        for (int x = kx0; x <= kx1; x++) {
          float v = img[irow + x];
          boolean ink = v > thr && keep[labels[lrow + x]];
          if (ink) {
            area += v > 1f ? 1f : v;
          }
          rows[cur + 1 + x - kx0] = ink && v >= solid;
        }
      } else {
        java.util.Arrays.fill(rows, cur, cur + w + 2, false);
      }
      // Edges between neighbours in this row, and between this row and the one above.
      for (int i = 1; i <= w + 1; i++) {
        if (rows[cur + i] != rows[cur + i - 1]) {
          edges++;
        }
      }
      for (int i = 1; i <= w; i++) {
        if (rows[cur + i] != rows[prev + i]) {
          edges++;
        }
      }
      int t = prev;
      prev = cur;
      cur = t;
    }
    if (edges == 0) {
      return 1f;
    }
    return (float) Math.max(1.0, (8.0 / Math.PI) * area / edges);
  }

  /**
   * Copies kept ink into {@code crop} (cw x ch), each crop pixel the mean of a k x k block of the
   * source starting at {@code (ox, oy)}; everything but kept ink above the threshold counts as 0.
   */
  private void copyCrop(float[] img, int width, int bx, int by, int bw, int bh,
      int ox, int oy, int cw, int ch, int k, float thr) {
    int n = cw * ch;
    if (crop.length < n) {
      crop = new float[n];
      dist = new float[n];
    }
    java.util.Arrays.fill(crop, 0, n, 0f);
    float scale = 1f / (k * k);
    // Walk the source box once, adding each kept pixel to its crop pixel.
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
        if (s > thr && keep[labels[lrow + sx]]) {
          int cx = Math.floorDiv(sx - ox, k);
          if (cx >= 0 && cx < cw) {
            crop[crow + cx] += (s > 1f ? 1f : s) * scale;
          }
        }
      }
    }
  }

  /** Two-pass chamfer distance transform of {@code dist} (seeds at 0, others {@link #FAR}). */
  private void chamfer(int w, int h) {
    float[] d = dist;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        float v = d[i];
        if (v == 0f) {
          continue;
        }
        if (x > 0) {
          v = Math.min(v, d[i - 1] + CHAMFER_STRAIGHT);
        }
        if (y > 0) {
          v = Math.min(v, d[i - w] + CHAMFER_STRAIGHT);
          if (x > 0) {
            v = Math.min(v, d[i - w - 1] + CHAMFER_DIAGONAL);
          }
          if (x < w - 1) {
            v = Math.min(v, d[i - w + 1] + CHAMFER_DIAGONAL);
          }
        }
        d[i] = v;
      }
    }
    for (int y = h - 1; y >= 0; y--) {
      for (int x = w - 1; x >= 0; x--) {
        int i = y * w + x;
        float v = d[i];
        if (v == 0f) {
          continue;
        }
        if (x < w - 1) {
          v = Math.min(v, d[i + 1] + CHAMFER_STRAIGHT);
        }
        if (y < h - 1) {
          v = Math.min(v, d[i + w] + CHAMFER_STRAIGHT);
          if (x < w - 1) {
            v = Math.min(v, d[i + w + 1] + CHAMFER_DIAGONAL);
          }
          if (x > 0) {
            v = Math.min(v, d[i + w - 1] + CHAMFER_DIAGONAL);
          }
        }
        d[i] = v;
      }
    }
  }

  /** Moves every stroke edge outwards by {@code r} pixels, anti-aliased. */
  private void dilate(int w, int h, float r, float solid) {
    int n = w * h;
    for (int i = 0; i < n; i++) {
      dist[i] = crop[i] >= solid ? 0f : FAR;
    }
    chamfer(w, h);
    for (int i = 0; i < n; i++) {
      float cover = r + 1f - dist[i];
      if (cover > crop[i]) {
        crop[i] = cover > 1f ? 1f : cover;
      }
    }
  }

  /** Moves every stroke edge inwards by {@code e} pixels, anti-aliased. */
  private void erode(int w, int h, float e, float solid) {
    int n = w * h;
    for (int i = 0; i < n; i++) {
      dist[i] = crop[i] < solid ? 0f : FAR;
    }
    chamfer(w, h);
    for (int i = 0; i < n; i++) {
      float cover = dist[i] - e;
      if (cover < crop[i]) {
        crop[i] = cover < 0f ? 0f : cover;
      }
    }
  }

  /** Box-filter (area) resampling of a crop window into {@link #small} (dw x dh). */
  private void resample(int stride, int x0, int y0, int sw, int sh, int dw, int dh) {
    int tn = dw * sh;
    if (rowPass.length < tn) {
      rowPass = new float[tn];
    }
    float fx = sw / (float) dw;
    for (int y = 0; y < sh; y++) {
      int srow = (y0 + y) * stride + x0;
      for (int i = 0; i < dw; i++) {
        float a = i * fx;
        float b = a + fx;
        int j0 = (int) a;
        int j1 = Math.min(sw, (int) Math.ceil(b));
        float sum = 0f;
        for (int j = j0; j < j1; j++) {
          float wgt = Math.min(b, j + 1) - Math.max(a, j);
          sum += wgt * crop[srow + j];
        }
        rowPass[y * dw + i] = sum / fx;
      }
    }
    float fy = sh / (float) dh;
    java.util.Arrays.fill(small, 0, dw * dh, 0f);
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
