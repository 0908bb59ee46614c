package dev.digitarcade.model.recipe;

import java.util.Optional;

/**
 * The MNIST recipe: turns a drawing of any size, anywhere on a canvas, into the 28x28 field the
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
public final class MnistRecipe {

  /** Longer side of the digit inside the 28x28 field. */
  public static final int BOX = 20;

  private static final int SIDE = MnistInput.SIDE;
  // Borgefors' 3x3 chamfer weights: within about 4.5 % of the Euclidean distance.
  private static final float CHAMFER_STRAIGHT = 0.95509f;
  private static final float CHAMFER_DIAGONAL = 1.36930f;
  private static final float FAR = 1e9f;
  // A component is "major" when it holds at least this share of the largest component's ink.
  private static final float MAJOR_SHARE = 0.1f;
  // Minor components are kept when they lie inside the major ink's box grown by this share.
  private static final float NEAR_SHARE = 0.1f;

  private final RecipeOptions options;

  // Scratch, grown on demand and reused.
  private float[] grayScratch = new float[0];
  private int[] labels = new int[0];
  private int[] stack = new int[0];
  private float[] compMass = new float[16];
  private int[] compBox = new int[16 * 4];
  private boolean[] keep = new boolean[16];
  private float[] crop = new float[0];
  private float[] dist = new float[0];
  private float[] rowPass = new float[0];
  private final float[] small = new float[BOX * BOX];

  /** A recipe with {@link RecipeOptions#defaults()}. */
  public MnistRecipe() {
    this(RecipeOptions.defaults());
  }

  public MnistRecipe(RecipeOptions options) {
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
    int n = width * height;
    if (grayScratch.length < n) {
      grayScratch = new float[n];
    }
    float[] g = grayScratch;
    for (int i = 0; i < n; i++) {
      g[i] = (image[i] & 0xff) * (1f / 255f);
    }
    return apply(g, width, height);
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
    int bx = minX;
    int by = minY;
    int bw = maxX - minX + 1;
    int bh = maxY - minY + 1;

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

    // 5. Copy the kept ink with a margin that leaves room to thicken.
    int margin = (adjust > 0 ? (int) Math.ceil(adjust) : 0) + 1;
    int cw = kw + 2 * margin;
    int ch = kh + 2 * margin;
    copyCrop(image, width, height, bx, by, bw, bh, kx0 - margin, ky0 - margin, cw, ch, thr);

    // 6. Thicken or thin at source resolution.
    if (adjust > 0f) {
      dilate(cw, ch, adjust, solid);
    } else if (adjust < 0f) {
      erode(cw, ch, -adjust, solid);
    }

    // 7. Bounding box after the stroke change.
    int cx0 = cw;
    int cy0 = ch;
    int cx1 = -1;
    int cy1 = -1;
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
    if (cx1 < 0) {
      // Everything thinned away (cannot happen with the erosion cap, but never return junk).
      adjust = 0f;
      copyCrop(image, width, height, bx, by, bw, bh, kx0 - 1, ky0 - 1, kw + 2, kh + 2, thr);
      cw = kw + 2;
      ch = kh + 2;
      cx0 = 1;
      cy0 = 1;
      cx1 = kw;
      cy1 = kh;
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
    return Optional.of(new MnistInput(
        out, new InkBox(kx0, ky0, kw, kh), inkFraction, strokeWidth, adjust, specks));
  }

  private static void checkSize(int length, int width, int height) {
    if (length < 0) {
      throw new IllegalArgumentException("image must not be null");
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
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
    for (int start = 0; start < n; start++) {
      if (labels[start] != 0) {
        continue;
      }
      int sy = start / bw;
      if (img[(by + sy) * stride + bx + start - sy * bw] <= thr) {
        continue;
      }
      comps++;
      ensureComponents(comps);
      float m = 0f;
      int x0 = bw;
      int y0 = bh;
      int x1 = -1;
      int y1 = -1;
      int top = 0;
      stack[top++] = start;
      labels[start] = comps;
      while (top > 0) {
        int p = stack[--top];
        int px = p % bw;
        int py = p / bw;
        m += img[(by + py) * stride + bx + px];
        x0 = Math.min(x0, px);
        x1 = Math.max(x1, px);
        y0 = Math.min(y0, py);
        y1 = Math.max(y1, py);
        for (int dy = -1; dy <= 1; dy++) {
          int qy = py + dy;
          if (qy < 0 || qy >= bh) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int qx = px + dx;
            if (qx < 0 || qx >= bw) {
              continue;
            }
            int q = qy * bw + qx;
            if (labels[q] == 0 && img[(by + qy) * stride + bx + qx] > thr) {
              labels[q] = comps;
              stack[top++] = q;
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

  private boolean kept(float[] img, int stride, int bx, int by, int bw, int x, int y, float thr) {
    if (img[y * stride + x] <= thr) {
      return false;
    }
    return keep[labels[(y - by) * bw + (x - bx)]];
  }

  /**
   * Stroke width in source pixels: ink area over half its perimeter. The perimeter is counted
   * as 4-neighbour edges of the solid mask, which overstates a curve's length by 4/pi on
   * average; the factor 8/pi folds that in.
   */
  private float strokeWidth(float[] img, int stride, int bx, int by, int bw,
      int kx0, int ky0, int kx1, int ky1, float thr, float solid) {
    double area = 0;
    long edges = 0;
    for (int y = ky0; y <= ky1; y++) {
      for (int x = kx0; x <= kx1; x++) {
        if (!kept(img, stride, bx, by, bw, x, y, thr)) {
          continue;
        }
        float v = img[y * stride + x];
        area += Math.min(1f, v);
        if (v < solid) {
          continue;
        }
        if (x == kx0 || !solidKept(img, stride, bx, by, bw, x - 1, y, thr, solid)) {
          edges++;
        }
        if (x == kx1 || !solidKept(img, stride, bx, by, bw, x + 1, y, thr, solid)) {
          edges++;
        }
        if (y == ky0 || !solidKept(img, stride, bx, by, bw, x, y - 1, thr, solid)) {
          edges++;
        }
        if (y == ky1 || !solidKept(img, stride, bx, by, bw, x, y + 1, thr, solid)) {
          edges++;
        }
      }
    }
    if (edges == 0) {
      return 1f;
    }
    return (float) Math.max(1.0, (8.0 / Math.PI) * area / edges);
  }

  private boolean solidKept(float[] img, int stride, int bx, int by, int bw, int x, int y,
      float thr, float solid) {
    return img[y * stride + x] >= solid && kept(img, stride, bx, by, bw, x, y, thr);
  }

  /** Copies kept ink of the source window into {@code crop} (cw x ch); everything else is 0. */
  private void copyCrop(float[] img, int width, int height, int bx, int by, int bw, int bh,
      int ox, int oy, int cw, int ch, float thr) {
    int n = cw * ch;
    if (crop.length < n) {
      crop = new float[n];
      dist = new float[n];
    }
    for (int y = 0; y < ch; y++) {
      int sy = oy + y;
      for (int x = 0; x < cw; x++) {
        int sx = ox + x;
        float v = 0f;
        if (sx >= bx && sx < bx + bw && sy >= by && sy < by + bh) {
          float s = img[sy * width + sx];
          if (s > thr && keep[labels[(sy - by) * bw + (sx - bx)]]) {
            v = s > 1f ? 1f : s;
          }
        }
        crop[y * cw + x] = v;
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
