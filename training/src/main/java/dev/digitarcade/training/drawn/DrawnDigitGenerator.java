package dev.digitarcade.training.drawn;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes digits "as people draw them" with the mouse: the centre line of a shape (an MNIST digit
 * or a font glyph) is redrawn with an anti-aliased round brush, white on a black canvas, at a
 * random height (50-250 px on a 280 px canvas), position and brush width (5-26 px, at most half
 * the height), fonts also with a random slant. Everything follows from the seed and the sample
 * index, so a benchmark is reproducible and independent of the order it is run in.
 *
 * <p>Not thread-safe (it caches glyph centre lines).
 */
public final class DrawnDigitGenerator {

  /**
   * The canvas side (px) that the generator's sizes and brush widths are given for; drawings on
   * other canvases are scaled (the game's own canvas is 560 px: twice this).
   */
  public static final int REFERENCE_CANVAS = 280;

  private static final int MNIST_SIDE = 28;
  private static final int MNIST_UPSCALE = 4;
  private static final int GLYPH_PX = 120;

  private final int canvas;
  private final float minHeight;
  private final float maxHeight;
  private final List<String> fontFamilies;
  private final Map<String, List<List<Point2D.Float>>> glyphCache = new HashMap<>();
  private final StrokePainter painter;

  /**
   * @param canvas canvas side in pixels; heights scale with it (50-250 px at 280)
   * @param fontFamilies font families to draw from; see {@link #installedFontFamilies()}
   */
  public DrawnDigitGenerator(int canvas, List<String> fontFamilies) {
    if (canvas < 64) {
      throw new IllegalArgumentException("canvas must be at least 64 px, got " + canvas);
    }
    this.canvas = canvas;
    this.minHeight = 50f * canvas / REFERENCE_CANVAS;
    this.maxHeight = 250f * canvas / REFERENCE_CANVAS;
    this.fontFamilies = List.copyOf(fontFamilies);
    this.painter = new StrokePainter(canvas);
  }

  /**
   * The installed font families that draw digits (the logical Serif, SansSerif, ... when no
   * physical family is found), sorted.
   */
  public static List<String> installedFontFamilies() {
    List<String> logical = List.of("Dialog", "DialogInput", "Monospaced", "SansSerif", "Serif");
    List<String> out = new ArrayList<>();
    for (String f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
      if (!logical.contains(f) && new Font(f, Font.PLAIN, 12).canDisplayUpTo("0123456789") == -1) {
        out.add(f);
      }
    }
    if (out.isEmpty()) {
      out.addAll(logical);
    }
    out.sort(null);
    return out;
  }

  public int canvas() {
    return canvas;
  }

  public List<String> fontFamilies() {
    return fontFamilies;
  }

  /**
   * Re-inks an MNIST digit.
   *
   * @param image 784 MNIST pixels (unsigned bytes, white on black)
   * @param label its digit
   * @param origin a name for the report (e.g. "mnist-test#123")
   */
  public DrawnDigit fromMnist(byte[] image, int label, String origin, SplittableRandom rnd) {
    return fromMnist(image, label, origin, 0f, rnd);
  }

  /**
   * Re-inks an MNIST digit with a brush {@code brushRatio} times the drawing's height (0: brush and
   * height drawn at random as in {@link #fromMnist(byte[], int, String, SplittableRandom)}). With a
   * ratio the height is drawn so the brush stays within 5-26 px (at 280 px), between the least
   * height and 26 px / ratio.
   */
  public DrawnDigit fromMnist(byte[] image, int label, String origin, float brushRatio, SplittableRandom rnd) {
    if (!(brushRatio >= 0 && brushRatio <= 0.5f)) {
      throw new IllegalArgumentException("brush ratio " + brushRatio + " (expected 0 to 0.5)");
    }
    Outline o = mnistOutline(image);
    return draw(DrawnDigit.Source.MNIST, origin, label, o.strokes(), o.fills(), 0f, false, brushRatio, rnd);
  }

  /**
   * The centre lines of a shape, in the order thinning walks them (top to bottom), and the filled
   * runs of its deep parts ({x0, x1, y} each).
   */
  public record Outline(List<List<Point2D.Float>> strokes, List<float[]> fills) {}

  /** The centre lines of an MNIST digit (784 unsigned bytes), in the units of a 4x upscale. */
  public static Outline mnistOutline(byte[] image) {
    int s = MNIST_SIDE * MNIST_UPSCALE;
    boolean[] mask = upscaledMask(image);
    // Centre lines, without thinning's short spurs.
    boolean[] skel = Skeleton.thin(mask, s, s);
    float[] depth = Skeleton.depth(mask, s, s);
    float[] along = new float[s * s];
    int n = 0;
    for (int i = 0; i < skel.length; i++) {
      if (skel[i]) {
        along[n++] = depth[i];
      }
    }
    java.util.Arrays.sort(along, 0, n);
    float halfWidth = n == 0 ? 1f : along[n / 2];
    List<List<Point2D.Float>> strokes = Skeleton.strokes(skel, s, s, Math.max(3f, halfWidth + 2f));
    // Where the writer's pen filled a loop (a 6 or 8 with a solid loop), the centre line alone
    // would lose the loop: keep the deep parts of the shape as filled runs of ink.
    float core = Math.max(1.6f * halfWidth, halfWidth + 2f);
    List<float[]> runs = new ArrayList<>();
    for (int y = 0; y < s; y++) {
      int start = -1;
      for (int x = 0; x <= s; x++) {
        boolean deep = x < s && depth[y * s + x] >= core;
        if (deep && start < 0) {
          start = x;
        } else if (!deep && start >= 0) {
          runs.add(new float[] {start, x - 1, y});
          start = -1;
        }
      }
    }
    return new Outline(strokes, runs);
  }

  /**
   * The MNIST image upscaled 4x by bilinear interpolation (pixel centres, zeros outside) and
   * thresholded at half: the shape whose centre lines are taken.
   */
  static boolean[] upscaledMask(byte[] image) {
    int s = MNIST_SIDE * MNIST_UPSCALE;
    // A border of zeros; sample positions and weights computed once per row and column.
    int ps = MNIST_SIDE + 2;
    float[] pad = new float[ps * ps];
    for (int y = 0; y < MNIST_SIDE; y++) {
      for (int x = 0; x < MNIST_SIDE; x++) {
        pad[(y + 1) * ps + x + 1] = (image[y * MNIST_SIDE + x] & 0xff) / 255f;
      }
    }
    int[] cell = new int[s];
    float[] frac = new float[s];
    for (int x = 0; x < s; x++) {
      float f = (x + 0.5f) / MNIST_UPSCALE - 0.5f;
      int c = (int) Math.floor(f);
      cell[x] = c + 1;
      frac[x] = f - c;
    }
    boolean[] mask = new boolean[s * s];
    for (int y = 0; y < s; y++) {
      int row = cell[y] * ps;
      float ay = frac[y];
      for (int x = 0; x < s; x++) {
        int i = row + cell[x];
        float ax = frac[x];
        float v = (1 - ay) * ((1 - ax) * pad[i] + ax * pad[i + 1]) + ay * ((1 - ax) * pad[i + ps] + ax * pad[i + ps + 1]);
        mask[y * s + x] = v > 0.5f;
      }
    }
    return mask;
  }

  /** Draws digit {@code label} along the centre line of a font glyph, with a random slant. */
  public DrawnDigit fromFont(int label, String family, boolean italic, SplittableRandom rnd) {
    if (label < 0 || label > 9) {
      throw new IllegalArgumentException("digit must be 0-9, got " + label);
    }
    String key = family + (italic ? " italic" : "") + " " + label;
    List<List<Point2D.Float>> strokes = glyphCache.computeIfAbsent(key, k -> glyphStrokes(label, family, italic));
    float slant = (float) (rnd.nextDouble() * 0.45 - 0.15);
    return draw(DrawnDigit.Source.FONT, family + (italic ? " italic" : ""), label, strokes, List.of(), slant, false, 0f, rnd);
  }

  /**
   * As {@link #fromFont}, but drawn as separate strokes that stop a few pixels short of each
   * other where they should meet, as when the mouse button is let go between strokes.
   */
  public DrawnDigit fromFontInStrokes(int label, String family, boolean italic, SplittableRandom rnd) {
    if (label < 0 || label > 9) {
      throw new IllegalArgumentException("digit must be 0-9, got " + label);
    }
    String key = family + (italic ? " italic" : "") + " " + label;
    List<List<Point2D.Float>> strokes = glyphCache.computeIfAbsent(key, k -> glyphStrokes(label, family, italic));
    float slant = (float) (rnd.nextDouble() * 0.45 - 0.15);
    return draw(DrawnDigit.Source.LIFTED, family + (italic ? " italic" : "") + " in strokes", label, strokes,
        List.of(), slant, true, 0f, rnd);
  }

  /** Cuts each chain back by {@code gap} (shape units) at every end where it meets another chain. */
  static List<List<Point2D.Float>> lift(List<List<Point2D.Float>> chains, float gap) {
    List<List<Point2D.Float>> out = new ArrayList<>();
    for (int i = 0; i < chains.size(); i++) {
      List<Point2D.Float> c = chains.get(i);
      if (c.size() < 2) {
        out.add(c);
        continue;
      }
      float cutStart = meets(chains, i, c.get(0)) ? gap : 0f;
      float cutEnd = meets(chains, i, c.get(c.size() - 1)) ? gap : 0f;
      float length = 0f;
      for (int k = 1; k < c.size(); k++) {
        length += (float) c.get(k).distance(c.get(k - 1));
      }
      if (cutStart + cutEnd == 0f || length < 1.5f * (cutStart + cutEnd)) {
        out.add(c);
        continue;
      }
      List<Point2D.Float> cut = trimStart(c, cutStart);
      List<Point2D.Float> reversed = new ArrayList<>(cut);
      java.util.Collections.reverse(reversed);
      List<Point2D.Float> both = trimStart(reversed, cutEnd);
      java.util.Collections.reverse(both);
      out.add(both);
    }
    return out;
  }

  private static boolean meets(List<List<Point2D.Float>> chains, int self, Point2D.Float p) {
    for (int j = 0; j < chains.size(); j++) {
      if (j == self) {
        continue;
      }
      for (Point2D.Float q : chains.get(j)) {
        if (q.distance(p) < 1.5) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Point2D.Float> trimStart(List<Point2D.Float> c, float cut) {
    if (cut <= 0f) {
      return c;
    }
    float walked = 0f;
    for (int k = 1; k < c.size(); k++) {
      float step = (float) c.get(k).distance(c.get(k - 1));
      if (walked + step >= cut) {
        float t = step == 0f ? 0f : (cut - walked) / step;
        Point2D.Float a = c.get(k - 1);
        Point2D.Float b = c.get(k);
        List<Point2D.Float> out = new ArrayList<>();
        out.add(new Point2D.Float(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
        out.addAll(c.subList(k, c.size()));
        return out;
      }
      walked += step;
    }
    return List.of(c.get(c.size() - 1));
  }

  /**
   * The same drawing with one or two stray clicks: dots of the brush's size at random places
   * well away from the digit (where there is room on the canvas).
   */
  public DrawnDigit withStrayClicks(DrawnDigit d, SplittableRandom rnd) {
    int n = d.size();
    float[] c = d.canvas().clone();
    int x0 = n;
    int y0 = n;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (c[y * n + x] > 0.1f) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    float r = d.brush() / 2f;
    float away = 0.2f * d.inkHeight() + d.brush();
    int clicks = 1 + rnd.nextInt(2);
    for (int k = 0, tries = 0; k < clicks && tries < 50; tries++) {
      float cx = r + 1 + (float) rnd.nextDouble() * (n - 2 * r - 2);
      float cy = r + 1 + (float) rnd.nextDouble() * (n - 2 * r - 2);
      float dx = Math.max(0, Math.max(x0 - cx, cx - x1));
      float dy = Math.max(0, Math.max(y0 - cy, cy - y1));
      if (Math.max(dx, dy) < away) {
        continue;
      }
      dot(c, n, cx, cy, r);
      k++;
    }
    return new DrawnDigit(DrawnDigit.Source.SPECKLED, d.origin() + " +clicks", d.label(), c, n,
        d.inkHeight(), d.brush(), d.slant());
  }

  private static void dot(float[] c, int n, float cx, float cy, float r) {
    for (int y = Math.max(0, (int) (cy - r - 2)); y <= Math.min(n - 1, (int) (cy + r + 2)); y++) {
      for (int x = Math.max(0, (int) (cx - r - 2)); x <= Math.min(n - 1, (int) (cx + r + 2)); x++) {
        float dx = x + 0.5f - cx;
        float dy = y + 0.5f - cy;
        float cover = Math.max(0f, Math.min(1f, r + 0.5f - (float) Math.sqrt(dx * dx + dy * dy)));
        c[y * n + x] = Math.max(c[y * n + x], cover);
      }
    }
  }

  /** The centre lines of {@code text} set in a font (cached), e.g. a letter for a negative. */
  public List<List<Point2D.Float>> glyph(String text, String family, boolean italic) {
    return glyphCache.computeIfAbsent(family + (italic ? " italic" : "") + " '" + text + "'",
        k -> glyphStrokes(text, family, italic));
  }

  /** Draws the centre lines {@code strokes} (shape units) with the generator's random brush and height. */
  public DrawnDigit fromStrokes(DrawnDigit.Source source, String origin, int label, List<List<Point2D.Float>> strokes,
      float slant, SplittableRandom rnd) {
    return draw(source, origin, label, strokes, List.of(), slant, false, 0f, rnd);
  }

  public StrokePainter painter() {
    return painter;
  }

  private static List<List<Point2D.Float>> glyphStrokes(int digit, String family, boolean italic) {
    return glyphStrokes(Integer.toString(digit), family, italic);
  }

  private static List<List<Point2D.Float>> glyphStrokes(String text, String family, boolean italic) {
    Font font = new Font(family, italic ? Font.ITALIC : Font.PLAIN, GLYPH_PX);
    FontRenderContext frc = new FontRenderContext(null, true, true);
    GlyphVector gv = font.createGlyphVector(frc, text);
    Shape outline = gv.getOutline();
    Rectangle2D b = outline.getBounds2D();
    int w = (int) Math.ceil(b.getWidth()) + 8;
    int h = (int) Math.ceil(b.getHeight()) + 8;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.translate(4 - b.getX(), 4 - b.getY());
      g.setColor(Color.WHITE);
      g.fill(outline);
    } finally {
      g.dispose();
    }
    byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    boolean[] mask = new boolean[w * h];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = (px[i] & 0xff) >= 128;
    }
    return Skeleton.strokes(mask, w, h);
  }

  /** Draws the centre lines with a random height, brush and position (brush and height picked first). */
  private DrawnDigit draw(DrawnDigit.Source source, String origin, int label,
      List<List<Point2D.Float>> rawStrokes, List<float[]> rawFills, float slant, boolean lifted,
      float brushRatio, SplittableRandom rnd) {
    float brush;
    float height;
    if (brushRatio > 0) {
      float top = Math.min(maxHeight, Math.max(minHeight, 26f * canvas / REFERENCE_CANVAS / brushRatio));
      float bottom = Math.max(minHeight, 5f * canvas / REFERENCE_CANVAS / brushRatio);
      height = (float) (Math.min(bottom, top) + rnd.nextDouble() * Math.max(0, top - bottom));
      brush = brushRatio * height;
    } else {
      brush = (float) (5 + rnd.nextDouble() * 21) * canvas / REFERENCE_CANVAS;
      height = (float) (Math.max(minHeight, 2 * brush) + rnd.nextDouble() * (maxHeight - Math.max(minHeight, 2 * brush)));
    }
    return painter.paint(source, origin, label, rawStrokes, rawFills, slant, lifted,
        new StrokePainter.Pen(brush, height, false), rnd);
  }
}
