package dev.digitarcade.training.negatives;

import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.training.drawn.DrawnDigit;
import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import dev.digitarcade.training.drawn.StrokePainter;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a member of a {@link Family} with the project's mouse-like brush ({@link StrokePainter})
 * on a canvas as the game's, ready for the MNIST recipe. Everything follows from the random
 * source given. Not thread-safe (glyph centre lines are cached): one instance per thread.
 */
public final class NegativeGenerator {

  /**
   * A drawing of a family.
   *
   * @param digit for half-drawn families the digit being drawn, else -1
   */
  public record Negative(Family family, DrawnDigit drawing, int digit) {}

  /** Letters that are not also digits as people draw them (O 0, I l 1, Z 2, S 5, b G 6, g q 9, B D excluded). */
  static final String LETTERS = "ACEFHJKLMNPRTUVWXYacdefhkmnprtuvwxy";

  private final DrawnDigitGenerator generator;
  private final StrokePainter painter;
  private final int canvas;
  private final byte[] mnistImages;
  private final byte[] mnistLabels;
  private final int mnistFrom;
  private final int mnistTo;
  private final List<String> trainFonts;
  private final List<String> heldOutFonts;
  private final List<String> digitFonts;

  /**
   * @param mnistImages MNIST images (784 unsigned bytes each) the digit families draw from
   * @param mnistFrom first image index to use
   * @param mnistTo one past the last
   */
  public NegativeGenerator(int canvas, byte[] mnistImages, byte[] mnistLabels, int mnistFrom, int mnistTo) {
    if (mnistFrom < 0 || mnistTo > mnistLabels.length || mnistFrom >= mnistTo) {
      throw new IllegalArgumentException("MNIST range " + mnistFrom + ".." + mnistTo + " of " + mnistLabels.length);
    }
    this.digitFonts = DrawnDigitGenerator.installedFontFamilies();
    this.generator = new DrawnDigitGenerator(canvas, digitFonts);
    this.painter = generator.painter();
    this.canvas = canvas;
    this.mnistImages = mnistImages;
    this.mnistLabels = mnistLabels;
    this.mnistFrom = mnistFrom;
    this.mnistTo = mnistTo;
    List<String> all = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    this.trainFonts = pick(all, true, "SansSerif");
    this.heldOutFonts = pick(all, false, "Serif");
  }

  /** Sans families train the letters, serif (and math) families are held out; logical fonts as a fallback. */
  static List<String> pick(List<String> all, boolean sans, String fallback) {
    List<String> logical = List.of("Dialog", "DialogInput", "Monospaced", "SansSerif", "Serif");
    List<String> out = new ArrayList<>();
    for (String f : all) {
      if (logical.contains(f)) {
        continue;
      }
      boolean isSans = f.contains("Sans");
      boolean isSerif = !isSans && (f.contains("Serif") || f.contains("Math"));
      if (sans ? isSans : isSerif) {
        out.add(f);
      }
    }
    if (out.isEmpty()) {
      out.add(fallback);
    }
    out.sort(null);
    return out;
  }

  public List<String> trainFonts() {
    return trainFonts;
  }

  public List<String> heldOutFonts() {
    return heldOutFonts;
  }

  /** One drawing of {@code family}. */
  public Negative make(Family family, SplittableRandom r) {
    return switch (family) {
      case LETTERS_SANS -> letter(family, trainFonts, r);
      case LETTERS_SERIF -> letter(family, heldOutFonts, r);
      case SHAPES_A -> sketch(family, Sketches.shapeA(r), false, r);
      case SHAPES_B -> sketch(family, Sketches.shapeB(r), false, r);
      case SCRIBBLE_WALK -> sketch(family, Sketches.scribbleWalk(r), false, r);
      case SCRIBBLE_COILS -> sketch(family, Sketches.scribbleCoils(r), false, r);
      case MARKS_A -> sketch(family, Sketches.marksA(r), true, r);
      case MARKS_B -> sketch(family, Sketches.marksB(r), true, r);
      case GENERIC_STROKES -> sketch(family, GenericSketches.strokes(r), false, r);
      case GENERIC_COMBOS -> sketch(family, GenericSketches.combination(r), false, r);
      case GENERIC_MARKS -> sketch(family, GenericSketches.marks(r), true, r);
      case PAIRS_MNIST -> mnistPair(family, 0.9f + 0.4f * (float) r.nextDouble(), 0f, r);
      case OVERLAP_MNIST -> mnistPair(family, 0.3f + 0.25f * (float) r.nextDouble(), 0.15f * (float) (2 * r.nextDouble() - 1), r);
      case PAIRS_FONT -> fontPair(family, r);
      case FRAGMENTS_MNIST -> mnistFragment(family, 0.15 + 0.45 * r.nextDouble(), true, r);
      case HALF_DRAWN_MNIST -> mnistFragment(family, 1 / 3.0 + r.nextDouble() / 6, false, r);
      case HALF_DRAWN_FONT -> fontFragment(family, r);
    };
  }

  private float slant(SplittableRandom r) {
    return (float) (r.nextDouble() * 0.45 - 0.15);
  }

  private Negative letter(Family family, List<String> fonts, SplittableRandom r) {
    char c = LETTERS.charAt(r.nextInt(LETTERS.length()));
    String font = fonts.get(r.nextInt(fonts.size()));
    boolean italic = r.nextInt(4) == 0;
    List<List<Point2D.Float>> strokes = generator.glyph(String.valueOf(c), font, italic);
    String origin = family.title() + " '" + c + "' " + font + (italic ? " italic" : "");
    return new Negative(family, generator.fromStrokes(DrawnDigit.Source.OTHER, origin, family.label(), strokes, slant(r),
        r), -1);
  }

  /** A sketch in a unit box: 50-250 px on its longer side (marks 8-70 px), brush 5-26 px. */
  private Negative sketch(Family family, List<List<Point2D.Float>> strokes, boolean small, SplittableRandom r) {
    float unit = canvas / (float) DrawnDigitGenerator.REFERENCE_CANVAS;
    float brush = (float) (5 + r.nextDouble() * 21) * unit;
    float extent;
    boolean dab = strokes.size() == 1 && strokes.get(0).size() == 1;
    if (dab) {
      brush = (float) (5 + r.nextDouble() * 35) * unit;
      extent = brush;
    } else if (small) {
      extent = (float) (8 + r.nextDouble() * 62) * unit;
      brush = Math.min(brush, Math.max(3 * unit, extent / 2.5f));
      extent = Math.max(extent, brush * 1.5f);
    } else {
      extent = (float) (50 + r.nextDouble() * 200) * unit;
      brush = Math.min(brush, extent / 3);
    }
    DrawnDigit d = painter.paint(DrawnDigit.Source.OTHER, family.title(), family.label(), strokes, List.of(), slant(r) / 2,
        false, new StrokePainter.Pen(brush, extent, true), r);
    return new Negative(family, d, -1);
  }

  private int mnistIndex(SplittableRandom r, boolean noOnes) {
    for (int tries = 0; ; tries++) {
      int i = mnistFrom + r.nextInt(mnistTo - mnistFrom);
      if (!noOnes || mnistLabels[i] != 1 || tries > 20) {
        return i;
      }
    }
  }

  private DrawnDigitGenerator.Outline outline(int i) {
    return DrawnDigitGenerator.mnistOutline(Arrays.copyOfRange(mnistImages, i * MnistInput.SIZE, (i + 1) * MnistInput.SIZE));
  }

  private StrokePainter.Pen digitPen(SplittableRandom r) {
    float unit = canvas / (float) DrawnDigitGenerator.REFERENCE_CANVAS;
    float brush = (float) (5 + r.nextDouble() * 21) * unit;
    float lo = Math.max(50 * unit, 2 * brush);
    return new StrokePainter.Pen(brush, (float) (lo + r.nextDouble() * (250 * unit - lo)), false);
  }

  /** Two MNIST digits, the second {@code step} digit widths to the right and {@code dy} heights down. */
  private Negative mnistPair(Family family, float step, float dy, SplittableRandom r) {
    int a = mnistIndex(r, family == Family.OVERLAP_MNIST);
    int b = mnistIndex(r, family == Family.OVERLAP_MNIST);
    DrawnDigitGenerator.Outline oa = outline(a);
    DrawnDigitGenerator.Outline ob = outline(b);
    float side = 28 * 4;
    float[] ra = Sketches.xRange(oa.strokes());
    float dx = Math.max(ra[1] - ra[0], side * 0.3f) * step + (ra[0] - Sketches.xRange(ob.strokes())[0]);
    List<List<Point2D.Float>> strokes = Sketches.beside(oa.strokes(), ob.strokes(), dx, dy * side);
    List<float[]> fills = new ArrayList<>(oa.fills());
    for (float[] f : ob.fills()) {
      fills.add(new float[] {f[0] + dx, f[1] + dx, f[2] + dy * side});
    }
    String origin = family.title() + " " + mnistLabels[a] + mnistLabels[b];
    DrawnDigit d = painter.paint(DrawnDigit.Source.OTHER, origin, family.label(), strokes, fills, 0f, false, digitPen(r), r);
    return new Negative(family, d, -1);
  }

  private Negative fontPair(Family family, SplittableRandom r) {
    String font = digitFonts.get(r.nextInt(digitFonts.size()));
    boolean italic = r.nextInt(4) == 0;
    int a = r.nextInt(10);
    int b = r.nextInt(10);
    List<List<Point2D.Float>> sa = generator.glyph(Integer.toString(a), font, italic);
    List<List<Point2D.Float>> sb = generator.glyph(Integer.toString(b), font, italic);
    float[] ra = Sketches.xRange(sa);
    float dx = Math.max(ra[1] - ra[0], 30f) * (1.1f + 0.3f * (float) r.nextDouble()) + ra[0] - Sketches.xRange(sb)[0];
    List<List<Point2D.Float>> strokes = Sketches.beside(sa, sb, dx, 0f);
    DrawnDigit d = generator.fromStrokes(DrawnDigit.Source.OTHER, family.title() + " " + a + b + " " + font,
        family.label(), strokes, slant(r), r);
    return new Negative(family, d, -1);
  }

  /**
   * A cut MNIST digit. For training ({@code training}: no 1s) a cut that is itself a digit is not
   * taught as a fragment: a thin upright stroke (a 1) is drawn again from another digit, and a 7
   * is cut at most at 40 % (further on, the bar and most of the stem are a 7).
   */
  private Negative mnistFragment(Family family, double share, boolean training, SplittableRandom r) {
    int i = mnistIndex(r, training);
    List<List<Point2D.Float>> strokes = Sketches.cut(outline(i).strokes(), share);
    for (int tries = 0; training && tries < 10; tries++) {
      if (mnistLabels[i] == 7 && share > 0.4) {
        share = 0.15 + 0.25 * r.nextDouble();
        strokes = Sketches.cut(outline(i).strokes(), share);
      }
      if (!GenericSketches.upright(strokes)) {
        break;
      }
      i = mnistIndex(r, true);
      strokes = Sketches.cut(outline(i).strokes(), share);
    }
    String origin = String.format(java.util.Locale.ROOT, "%s %d cut at %.0f%%", family.title(), mnistLabels[i], 100 * share);
    DrawnDigit d = painter.paint(DrawnDigit.Source.OTHER, origin, family.label(), strokes, List.of(), 0f, false,
        digitPen(r), r);
    return new Negative(family, d, mnistLabels[i]);
  }

  private Negative fontFragment(Family family, SplittableRandom r) {
    String font = digitFonts.get(r.nextInt(digitFonts.size()));
    boolean italic = r.nextInt(4) == 0;
    int digit = r.nextInt(10);
    double share = 1 / 3.0 + r.nextDouble() / 6;
    List<List<Point2D.Float>> strokes = Sketches.cut(generator.glyph(Integer.toString(digit), font, italic), share);
    String origin = String.format(java.util.Locale.ROOT, "%s %d %s cut at %.0f%%", family.title(), digit, font, 100 * share);
    DrawnDigit d = generator.fromStrokes(DrawnDigit.Source.OTHER, origin, family.label(), strokes, slant(r), r);
    return new Negative(family, d, digit);
  }
}
