package dev.digitarcade.training.numbers;

import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.segment.Stroke;
import dev.digitarcade.model.segment.StrokeRaster;
import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws numbers the way a player does with the mouse, on the game's 560 px canvas: digit shapes
 * ({@link DigitShape}: font glyphs and MNIST test digits via {@link DrawnDigitGenerator}'s centre
 * lines, and multi-stroke templates) are redrawn with the game's round brush ({@link
 * StrokeRaster}) after a hand's wobble and the writer's slant, left to right with gaps from nearly
 * touching to wide, each digit a little bigger or smaller and off the baseline; every stroke is
 * sampled at 120 Hz along its path at a hand's speed, with pauses between strokes and longer ones
 * between digits. Everything follows from the seed and index. Not thread-safe.
 */
public final class NumberGenerator {

  /** The game's canvas. */
  public static final int CANVAS = 560;
  private static final int MARGIN = 8;
  /** The digits people draw in more than one stroke, lifting the pen where the strokes meet. */
  private static final java.util.Set<Integer> LIFTED = java.util.Set.of(1, 4, 5, 7);

  /** Which shapes to draw from: the ones tuned on, or the held-out ones measured. */
  public enum Split { TUNE, TEST }

  /**
   * What to draw.
   *
   * @param digits how many digits
   * @param templateShare share of digits with a multi-stroke template (1, 4, 5, 7) drawn from it
   * @param fontShare share of the other digits drawn from a font (the rest from MNIST)
   * @param liftShare share of the digits 1, 4, 5 and 7 whose strokes stop short of each other where
   *     they meet
   * @param correction draw a correction over an earlier digit at the end
   * @param touching neighbouring digits touch or overlap by up to a brush radius (instead of
   *     3 px to 0.6 of the height apart)
   */
  public record Spec(int digits, float templateShare, float fontShare, float liftShare, boolean correction,
      boolean touching) {
    public Spec {
      if (digits < 1 || digits > 8) {
        throw new IllegalArgumentException("digits must be 1 to 8, got " + digits);
      }
    }

    /** Digits apart, no correction. */
    public Spec(int digits, float templateShare, float fontShare, float liftShare) {
      this(digits, templateShare, fontShare, liftShare, false, false);
    }

    /** The same with {@code n} digits. */
    public Spec withDigits(int n) {
      return new Spec(n, templateShare, fontShare, liftShare, correction, touching);
    }
  }

  private final DrawnDigitGenerator shapes;
  private final byte[] mnistImages;
  private final int[][] byLabel;
  private final List<String> fonts;

  /**
   * @param mnistImages MNIST test images (784 bytes each) and their labels; the split takes the
   *     first half (tune) or the second half (test) of them
   */
  public NumberGenerator(DrawnDigitGenerator shapes, byte[] mnistImages, byte[] mnistLabels, Split split) {
    if (mnistLabels.length < 20 || mnistImages.length != mnistLabels.length * 784) {
      throw new IllegalArgumentException("need 784 bytes per MNIST label and at least 20 digits");
    }
    this.shapes = shapes;
    this.mnistImages = mnistImages;
    int half = mnistLabels.length / 2;
    int from = split == Split.TUNE ? 0 : half;
    int to = split == Split.TUNE ? half : mnistLabels.length;
    int[] counts = new int[10];
    for (int i = from; i < to; i++) {
      counts[mnistLabels[i]]++;
    }
    byLabel = new int[10][];
    for (int d = 0; d < 10; d++) {
      byLabel[d] = new int[counts[d]];
      counts[d] = 0;
    }
    for (int i = from; i < to; i++) {
      byLabel[mnistLabels[i]][counts[mnistLabels[i]]++] = i;
    }
    this.fonts = fontsOf(shapes.fontFamilies(), split);
  }

  /** The font families of a split: serif, light and math faces are held out for the test. */
  static List<String> fontsOf(List<String> families, Split split) {
    List<String> tune = new ArrayList<>();
    List<String> test = new ArrayList<>();
    for (String f : families) {
      (f.contains("Serif") || f.contains("Light") || f.contains("Math") ? test : tune).add(f);
    }
    if (tune.isEmpty() || test.isEmpty()) {
      tune.clear();
      test.clear();
      for (int i = 0; i < families.size(); i++) {
        (i % 2 == 0 ? tune : test).add(families.get(i));
      }
    }
    return List.copyOf(split == Split.TUNE || test.isEmpty() ? tune : test);
  }

  public List<String> fonts() {
    return fonts;
  }

  /** A random number with {@code spec.digits()} digits (leading zeros allowed). */
  public DrawnNumber number(long seed, int index, Spec spec) {
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xD1B54A32D192ED03L + 7);
    int[] labels = new int[spec.digits()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = rnd.nextInt(10);
    }
    return draw(labels, spec, rnd);
  }

  /** The given digits. */
  public DrawnNumber number(int[] labels, Spec spec, SplittableRandom rnd) {
    return draw(labels.clone(), spec, rnd);
  }

  /** One digit's look, drawn before the layout so that shrinking the line redraws it the same. */
  private record Look(DigitShape shape, float size, float slant, float wobble, float fx, float fy, float px,
      float py, float baseline, float gap, boolean lift, long seed) {}

  /** One digit drawn in its own frame. */
  private record Local(List<List<Point2D.Float>> strokes, int w, int h, int[] left, int[] right, int[] box) {}

  private DrawnNumber draw(int[] labels, Spec spec, SplittableRandom rnd) {
    int n = labels.length;
    float height = (float) (80 + rnd.nextDouble() * 140);
    float ratio = (float) (0.06 + rnd.nextDouble() * 0.18);
    float slant = (float) (rnd.nextDouble() * 0.44 - 0.12);
    Look[] looks = new Look[n];
    for (int i = 0; i < n; i++) {
      DigitShape shape = shape(labels[i], spec, rnd);
      float gapShare = spec.touching() ? (float) rnd.nextDouble()
          : rnd.nextDouble() < 0.35 ? (float) (rnd.nextDouble() * 0.08) : (float) (0.08 + rnd.nextDouble() * 0.52);
      looks[i] = new Look(shape, (float) (0.88 + rnd.nextDouble() * 0.24), slant + (float) (rnd.nextDouble() * 0.1 - 0.05),
          (float) (rnd.nextDouble() * 0.04), (float) (0.3 + rnd.nextDouble() * 0.9), (float) (0.3 + rnd.nextDouble() * 0.9),
          (float) rnd.nextDouble(), (float) rnd.nextDouble(), (float) (rnd.nextDouble() * 0.16 - 0.08), gapShare,
          LIFTED.contains(labels[i]) && rnd.nextDouble() < spec.liftShare(), rnd.nextLong());
    }
    float radius = 0;
    Local[] locals = new Local[n];
    int[] ox = new int[n];
    int[] oy = new int[n];
    float minGap = 0;
    for (int attempt = 0; ; attempt++) {
      radius = Math.max(2.5f, Math.min(45f, ratio * height / 2f));
      float maxH = 0;
      for (int i = 0; i < n; i++) {
        locals[i] = render(looks[i], height * looks[i].size(), radius);
        maxH = Math.max(maxH, locals[i].h);
      }
      int base = (int) (MARGIN + maxH + 0.08f * height + rnd.nextDouble() * Math.max(0, CANVAS - 2 * MARGIN - maxH - 0.16f * height));
      int[] rightmost = new int[CANVAS];
      Arrays.fill(rightmost, Integer.MIN_VALUE / 2);
      int width = 0;
      minGap = Float.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        Local l = locals[i];
        oy[i] = Math.max(2, Math.min(CANVAS - 2 - l.h, Math.round(base - l.h + looks[i].baseline() * height)));
        int g = spec.touching() ? -Math.round(looks[i].gap() * radius) : Math.max(3, Math.round(looks[i].gap() * height));
        int window = Math.max(1, g);
        int need = 0;
        if (i > 0) {
          need = Integer.MIN_VALUE;
          for (int y = 0; y < l.h; y++) {
            if (l.left[y] < 0) {
              continue;
            }
            int cy = oy[i] + y;
            int far = Integer.MIN_VALUE / 2;
            for (int q = Math.max(0, cy - window); q <= Math.min(CANVAS - 1, cy + window); q++) {
              far = Math.max(far, rightmost[q]);
            }
            need = Math.max(need, far + g + 1 - l.left[y]);
          }
          need = Math.max(need, ox[i - 1] + 1);
          minGap = Math.min(minGap, g);
        }
        ox[i] = need;
        for (int y = 0; y < l.h; y++) {
          if (l.right[y] >= 0) {
            rightmost[oy[i] + y] = Math.max(rightmost[oy[i] + y], ox[i] + l.right[y]);
          }
        }
        width = Math.max(width, ox[i] + l.w);
      }
      if (width <= CANVAS - 2 * MARGIN || attempt >= 8) {
        int start = MARGIN + (int) (rnd.nextDouble() * Math.max(0, CANVAS - 2 * MARGIN - width));
        for (int i = 0; i < n; i++) {
          ox[i] += start;
        }
        break;
      }
      height *= 0.97f * (CANVAS - 2 * MARGIN) / (float) width;
    }
    if (n == 1) {
      minGap = 0;
    }
    return assemble(labels, looks, locals, ox, oy, height, radius, slant, minGap, spec.correction(), rnd);
  }

  private DigitShape shape(int label, Spec spec, SplittableRandom rnd) {
    List<DigitShape.Template> templates = DigitShape.Template.of(label);
    if (!templates.isEmpty() && rnd.nextDouble() < spec.templateShare()) {
      return templates.get(rnd.nextInt(templates.size())).shape(rnd.nextDouble() < 0.25);
    }
    if (rnd.nextDouble() < spec.fontShare()) {
      return DigitShape.font(shapes, label, fonts.get(rnd.nextInt(fonts.size())), rnd.nextInt(4) == 0);
    }
    int[] pool = byLabel[label];
    int i = pool[rnd.nextInt(pool.length)];
    return DigitShape.mnist(Arrays.copyOfRange(mnistImages, i * 784, (i + 1) * 784), label, "mnist-test#" + i);
  }

  /** Draws one digit in its own frame: wobble, slant, scale to its height, pen joins, lifts. */
  private Local render(Look k, float height, float r) {
    SplittableRandom rnd = new SplittableRandom(k.seed());
    List<List<Point2D.Float>> lines = k.shape().lines();
    float rawMinY = Float.MAX_VALUE;
    float rawMaxY = -Float.MAX_VALUE;
    for (List<Point2D.Float> l : lines) {
      for (Point2D.Float p : l) {
        rawMinY = Math.min(rawMinY, p.y);
        rawMaxY = Math.max(rawMaxY, p.y);
      }
    }
    float rawH = Math.max(1f, rawMaxY - rawMinY);
    float midY = (rawMinY + rawMaxY) / 2f;
    float amp = k.wobble() * rawH;
    float fx = k.fx() / rawH;
    float fy = k.fy() / rawH;
    List<List<Point2D.Float>> shaped = new ArrayList<>();
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (List<Point2D.Float> l : lines) {
      List<Point2D.Float> out = new ArrayList<>(l.size());
      for (Point2D.Float p : l) {
        float x = p.x + amp * (float) Math.sin(2 * Math.PI * (fx * p.y + k.px()));
        float y = p.y + amp * (float) Math.sin(2 * Math.PI * (fy * p.x + k.py()));
        x -= k.slant() * (y - midY);
        out.add(new Point2D.Float(x, y));
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      shaped.add(out);
    }
    float scale = Math.max(0.05f, (height - 2 * r) / Math.max(1f, maxY - minY));
    float tol = Math.max(2f, 2.5f * scale);
    List<List<Point2D.Float>> local = new ArrayList<>();
    for (List<Point2D.Float> l : shaped) {
      List<Point2D.Float> out = new ArrayList<>(l.size());
      for (Point2D.Float p : l) {
        out.add(new Point2D.Float((p.x - minX) * scale + r + 1, (p.y - minY) * scale + r + 1));
      }
      local.add(out);
    }
    int w = (int) Math.ceil((maxX - minX) * scale + 2 * r + 2);
    int h = (int) Math.ceil((maxY - minY) * scale + 2 * r + 2);

    List<List<Point2D.Float>> strokes;
    if (k.shape().kind() == DigitShape.Kind.TEMPLATE) {
      strokes = new ArrayList<>(local);
      if (k.lift()) {
        for (int[] e : k.shape().liftEnds()) {
          strokes.set(e[0], Pen.trim(strokes.get(e[0]), e[1] == 0, 2 * r + 2 + (float) rnd.nextDouble() * 4));
        }
      }
    } else {
      strokes = Pen.joinLines(local, k.shape().joinable(), tol, rnd);
      if (k.lift()) {
        strokes = Pen.liftAll(strokes, r, tol, rnd);
      }
    }
    byte[] img = new byte[w * h];
    for (List<Point2D.Float> s : strokes) {
      StrokeRaster.paint(img, w, h, Pen.untimed(s, r));
    }
    int[] left = new int[h];
    int[] right = new int[h];
    int[] box = {w, h, -1, -1};
    for (int y = 0; y < h; y++) {
      left[y] = -1;
      right[y] = -1;
      for (int x = 0; x < w; x++) {
        if ((img[y * w + x] & 0xff) > 25) {
          if (left[y] < 0) {
            left[y] = x;
          }
          right[y] = x;
        }
      }
      if (left[y] >= 0) {
        box[0] = Math.min(box[0], left[y]);
        box[2] = Math.max(box[2], right[y]);
        box[1] = Math.min(box[1], y);
        box[3] = y;
      }
    }
    return new Local(strokes, w, h, left, right, box);
  }

  private DrawnNumber assemble(int[] labels, Look[] looks, Local[] locals, int[] ox, int[] oy, float height,
      float radius, float slant, float minGap, boolean correction, SplittableRandom rnd) {
    int n = labels.length;
    List<Stroke> strokes = new ArrayList<>();
    List<List<Integer>> mine = new ArrayList<>();
    float speed = (float) (400 + rnd.nextDouble() * 1000);
    double t = 0;
    for (int i = 0; i < n; i++) {
      List<Integer> idx = new ArrayList<>();
      for (List<Point2D.Float> s : locals[i].strokes) {
        Stroke st = Pen.timed(s, ox[i], oy[i], radius, t, speed * (float) (0.8 + rnd.nextDouble() * 0.45));
        idx.add(strokes.size());
        strokes.add(st);
        t = st.endTime() + 0.08 + rnd.nextDouble() * 0.27;
      }
      t += 0.05 + rnd.nextDouble() * 0.45;
      mine.add(idx);
    }
    if (correction) {
      int k = n >= 2 ? rnd.nextInt(n - 1) : 0;
      List<Point2D.Float> longest = null;
      float best = -1;
      for (List<Point2D.Float> s : locals[k].strokes) {
        float len = 0;
        for (int p = 1; p < s.size(); p++) {
          len += (float) s.get(p).distance(s.get(p - 1));
        }
        if (len > best) {
          best = len;
          longest = s;
        }
      }
      float jx = (float) (rnd.nextDouble() * 0.8 - 0.4) * radius;
      float jy = (float) (rnd.nextDouble() * 0.8 - 0.4) * radius;
      Stroke st = Pen.timed(longest, ox[k] + jx, oy[k] + jy, radius, t + 0.8 + rnd.nextDouble() * 1.2, speed);
      mine.get(k).add(strokes.size());
      strokes.add(st);
    }
    byte[] canvas = new byte[CANVAS * CANVAS];
    StrokeRaster.paint(canvas, CANVAS, CANVAS, strokes);
    List<DrawnNumber.Placed> placed = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      float x0 = Float.MAX_VALUE;
      float y0 = Float.MAX_VALUE;
      float x1 = -Float.MAX_VALUE;
      float y1 = -Float.MAX_VALUE;
      for (int s : mine.get(i)) {
        for (Stroke.Point p : strokes.get(s).points()) {
          x0 = Math.min(x0, p.x());
          y0 = Math.min(y0, p.y());
          x1 = Math.max(x1, p.x());
          y1 = Math.max(y1, p.y());
        }
      }
      int bx0 = Math.max(0, (int) Math.floor(x0 - radius));
      int by0 = Math.max(0, (int) Math.floor(y0 - radius));
      int bx1 = Math.min(CANVAS - 1, (int) Math.ceil(x1 + radius));
      int by1 = Math.min(CANVAS - 1, (int) Math.ceil(y1 + radius));
      DigitShape sh = looks[i].shape();
      placed.add(new DrawnNumber.Placed(labels[i], new InkBox(bx0, by0, bx1 - bx0 + 1, by1 - by0 + 1),
          List.copyOf(mine.get(i)), sh.kind().name().toLowerCase(java.util.Locale.ROOT), sh.origin(), looks[i].lift()));
      text.append((char) ('0' + labels[i]));
    }
    return new DrawnNumber(text.toString(), canvas, CANVAS, strokes, placed, height, radius, slant, minGap, correction);
  }
}
