package dev.digitarcade.model.segment;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a drawn number: {@link Segmenter} cuts it into digits, each digit goes through the {@link
 * MnistRecipe} as if drawn alone, all of them are scored in <b>one</b> batched model call, and
 * {@link ReadingRule} judges each.
 *
 * <p>Where the segmenter marked two neighbours joinable (close, and together no wider than one
 * digit: a 4 whose upright was lifted off, a 0 drawn as two arcs), their union is scored in the
 * same call and kept when it is a plausible single digit (at least {@value #JOIN_AT_LEAST}: not a
 * fragment, not "not a digit", a clear winner) and more plausible than the two are as a pair (the
 * model was taught that two digits side by side are not a digit and that part of a digit is a
 * fragment). Likewise a segment wide enough to be two touching digits is cut at its thinnest
 * middle column, and read as two when the whole is no plausible digit (under {@value
 * #SPLIT_AT_LEAST}) and looks like two to the model (its not-a-digit score at least its fragment
 * score), both halves are plausible digits (at least {@value #SPLIT_AT_LEAST}) and together more
 * plausible, by {@value #SPLIT_MARGIN}, than the whole. A
 * single segment is read from the whole canvas, exactly as a single digit always was.
 *
 * <p>Not thread-safe (segmenter and recipe scratch); use one per thread. It does not own the
 * classifier.
 */
public final class NumberReader {

  /** The longest number read; more digits make the drawing "not a number". */
  public static final int MAX_DIGITS = 6;

  /** The least plausibility (see {@link #plausible}) at which two joinable segments are read as one. */
  static final float JOIN_AT_LEAST = 0.5f;

  /** The least plausibility of each half at which a cut segment is read as two digits. */
  static final float SPLIT_AT_LEAST = 0.5f;

  /** How much more plausible the two halves must be as a pair than the whole as one digit. */
  static final float SPLIT_MARGIN = 0.1f;

  /** What the reader needs of the model: all three outputs for several images in one call. */
  @FunctionalInterface
  public interface Scorer {
    DigitClassifier.Scores[] scoreBatch(float[][] images);
  }

  private final Scorer scorer;
  private final ReadingRule rule;
  private final Segmenter segmenter = new Segmenter();
  private final MnistRecipe recipe;
  private final int dabShare;
  private byte[] scratch = new byte[0];
  /**
   * The recipe's inputs of the last segments read alone, by their ink: while a number is written,
   * the finished digits come back unchanged frame after frame (the recipe's result depends only
   * on a segment's ink and the canvas's size).
   */
  private final Map<Segment, Alone> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Segment, Alone> eldest) {
      return size() > RECENT_SEGMENTS;
    }
  };

  /** How many segments' recipe inputs are remembered. */
  static final int RECENT_SEGMENTS = 32;

  /** A remembered recipe input and the canvas size it was made for. */
  private record Alone(int width, int height, MnistInput input) { }

  /** Reads with {@code classifier}, {@link ReadingRule#DEFAULT} and the default recipe. */
  public NumberReader(DigitClassifier classifier) {
    this(classifier::scoreBatch, ReadingRule.DEFAULT, new MnistRecipe());
  }

  public NumberReader(Scorer scorer, ReadingRule rule, MnistRecipe recipe) {
    this(scorer, rule, recipe, 0);
  }

  /**
   * A reader that also calls a digit a dab, {@link Verdict#KEEP_DRAWING} whatever the model says,
   * when its ink's longer side is under {@code 1 / dabShare} of the canvas's longer side (the recipe
   * scales every digit to 20 px, so the model cannot see how small it was).
   *
   * @param dabShare 0 for no such rule
   */
  public NumberReader(Scorer scorer, ReadingRule rule, MnistRecipe recipe, int dabShare) {
    if (scorer == null || rule == null || recipe == null) {
      throw new IllegalArgumentException("scorer, rule and recipe must not be null");
    }
    if (dabShare < 0) {
      throw new IllegalArgumentException("dab share must be 0 (off) or positive, got " + dabShare);
    }
    this.scorer = scorer;
    this.rule = rule;
    this.recipe = recipe;
    this.dabShare = dabShare;
  }

  /** Reads a canvas from its pixels alone (an image file). */
  public NumberReading read(byte[] canvas, int width, int height) {
    return read(canvas, width, height, List.of());
  }

  /**
   * Reads a canvas.
   *
   * @param canvas {@code width x height} gray bytes, row 0 = top, white ink on black
   * @param strokes the ink strokes that made it, in drawing order (empty or null: pixels only)
   */
  public NumberReading read(byte[] canvas, int width, int height, List<Stroke> strokes) {
    return read(segmenter.segment(canvas, width, height, strokes), canvas, width, height);
  }

  /** Reads a segmentation of {@code canvas} (as {@link #read(byte[], int, int, List)} does after segmenting). */
  public NumberReading read(Segmentation seg, byte[] canvas, int width, int height) {
    List<Segment> segments = seg.segments();
    int n = segments.size();
    if (n == 0) {
      return NumberReading.empty(seg.fromStrokes());
    }
    // Every segment; then the union of every joinable pair; then the halves of every cut; all in
    // one model call. A single segment is read from the whole canvas, as a single digit always
    // was; so is the union of two.
    List<MnistInput> batch = new ArrayList<>(n + 2);
    int[] own = new int[n];
    for (int i = 0; i < n; i++) {
      own[i] = add(batch, n == 1 ? recipe.apply(canvas, width, height).orElse(null) : alone(segments.get(i), width, height));
    }
    List<Integer> joinAt = new ArrayList<>();
    List<InkBox> unionBox = new ArrayList<>();
    List<int[]> unionStrokes = new ArrayList<>();
    List<Integer> unionSlot = new ArrayList<>();
    for (int i = 0; i + 1 < n; i++) {
      if (seg.joinable().get(i)) {
        Segment a = segments.get(i);
        Segment b = segments.get(i + 1);
        joinAt.add(i);
        unionBox.add(Segment.unionBox(a, b));
        unionStrokes.add(Segment.unionStrokes(a, b));
        // The union's ink is only made when it is read alone (not from the whole canvas).
        unionSlot.add(add(batch, n == 2 ? recipe.apply(canvas, width, height).orElse(null)
            : alone(Segment.union(a, b), width, height)));
      }
    }
    // The halves of a cut are scored with the rest even when the whole's scores will rule the cut
    // out: a second model call costs more than the halves' recipes (which are often remembered).
    List<Segmentation.Cut> cuts = seg.cuts();
    int[] leftSlot = new int[cuts.size()];
    int[] rightSlot = new int[cuts.size()];
    for (int c = 0; c < cuts.size(); c++) {
      leftSlot[c] = add(batch, alone(cuts.get(c).left(), width, height));
      rightSlot[c] = add(batch, alone(cuts.get(c).right(), width, height));
    }
    DigitClassifier.Scores[] scores = score(batch);

    // Joins, most plausible first, each segment joining at most once.
    int joins = joinAt.size();
    boolean[] taken = new boolean[n];
    int[] joinedWith = new int[n];
    Arrays.fill(joinedWith, -1);
    Integer[] byGain = new Integer[joins];
    float[] gain = new float[joins];
    for (int j = 0; j < joins; j++) {
      byGain[j] = j;
      int a = joinAt.get(j);
      float u = plausible(scores, unionSlot.get(j));
      gain[j] = u < JOIN_AT_LEAST ? -1f : u - plausible(scores, own[a]) * plausible(scores, own[a + 1]);
    }
    Arrays.sort(byGain, (x, y) -> Float.compare(gain[y], gain[x]));
    for (int k = 0; k < joins; k++) {
      int j = byGain[k];
      int a = joinAt.get(j);
      if (gain[j] > 0f && !taken[a] && !taken[a + 1]) {
        taken[a] = true;
        taken[a + 1] = true;
        joinedWith[a] = j;
      }
    }
    // Cuts of segments that joined nothing: two digits when the whole is no plausible digit and
    // looks like two (not a digit rather than unfinished), both halves are plausible digits, and
    // together more plausible than the whole is as one.
    int[] cutOf = new int[n];
    Arrays.fill(cutOf, -1);
    for (int c = 0; c < cuts.size(); c++) {
      int i = cuts.get(c).segment();
      float l = plausible(scores, leftSlot[c]);
      float r = plausible(scores, rightSlot[c]);
      float whole = plausible(scores, own[i]);
      boolean pairLike = own[i] >= 0 && scores[own[i]].notDigit() >= scores[own[i]].fragment();
      if (!taken[i] && pairLike && whole < SPLIT_AT_LEAST && Math.min(l, r) >= SPLIT_AT_LEAST
          && l * r > whole + SPLIT_MARGIN) {
        cutOf[i] = c;
      }
    }

    int side = Math.max(width, height);
    List<DigitReading> digits = new ArrayList<>(n + 1);
    for (int i = 0; i < n; i++) {
      int j = joinedWith[i];
      if (j >= 0) {
        int u = unionSlot.get(j);
        digits.add(reading(unionBox.get(j), unionStrokes.get(j), batch.get(u), scores[u], side));
        i++;
      } else if (cutOf[i] >= 0) {
        int c = cutOf[i];
        digits.add(reading(cuts.get(c).left(), batch.get(leftSlot[c]), scores[leftSlot[c]], side));
        digits.add(reading(cuts.get(c).right(), batch.get(rightSlot[c]), scores[rightSlot[c]], side));
      } else if (own[i] >= 0) {
        digits.add(reading(segments.get(i), batch.get(own[i]), scores[own[i]], side));
      }
    }
    return summarise(digits, seg.fromStrokes());
  }

  /** The model's scores of the batch, in one call (none when it is empty). */
  private DigitClassifier.Scores[] score(List<MnistInput> batch) {
    if (batch.isEmpty()) {
      return new DigitClassifier.Scores[0];
    }
    float[][] images = new float[batch.size()][];
    for (int i = 0; i < images.length; i++) {
      images[i] = batch.get(i).pixels();
    }
    DigitClassifier.Scores[] scores = scorer.scoreBatch(images);
    if (scores.length != images.length) {
      throw new IllegalStateException("the model returned " + scores.length + " rows for " + images.length + " images");
    }
    return scores;
  }

  /** Appends {@code m} (when present) and returns its index in the batch, or -1. */
  private static int add(List<MnistInput> batch, MnistInput m) {
    if (m == null) {
      return -1;
    }
    batch.add(m);
    return batch.size() - 1;
  }

  private static float plausible(DigitClassifier.Scores[] scores, int slot) {
    return slot < 0 ? 0f : plausible(scores[slot]);
  }

  /**
   * Reads one prepared model input as a one-digit number (no segmentation): the single-digit
   * reading, in the same shape as a number's.
   */
  public NumberReading readOne(MnistInput input) {
    return readOne(input, 0);
  }

  /** As {@link #readOne(MnistInput)} for an input from a canvas whose longer side is {@code side} (for the dab rule; 0: none). */
  public NumberReading readOne(MnistInput input, int side) {
    DigitClassifier.Scores sc = scorer.scoreBatch(new float[][] {input.pixels()})[0];
    return summarise(List.of(new DigitReading(input.inkBox(), judge(sc, input, side), sc.probabilities(),
        sc.notDigit(), sc.fragment(), input, new int[0])), false);
  }

  /** How plausible it is that the image is one digit the app can stand behind. */
  static float plausible(DigitClassifier.Scores s) {
    float top = 0f;
    for (float p : s.probabilities()) {
      top = Math.max(top, p);
    }
    return Math.max(0f, 1f - s.notDigit() - s.fragment()) * top;
  }

  /**
   * The recipe on the segment's ink alone. The ink is laid into a strip as wide as the canvas and
   * as tall as the segment: the recipe's result depends only on the ink and the canvas's longer
   * side, so this reads exactly as the whole canvas holding only this digit would (the ink box is
   * moved back and the ink fraction rescaled to the canvas), while scanning less.
   */
  private MnistInput alone(Segment s, int width, int height) {
    Alone known = recent.get(s);
    if (known != null && known.width() == width && known.height() == height) {
      return known.input();
    }
    MnistInput in = prepareAlone(s, width, height);
    if (in != null) {
      recent.put(s, new Alone(width, height, in));
    }
    return in;
  }

  private MnistInput prepareAlone(Segment s, int width, int height) {
    int y0 = s.box().y();
    int rows = s.box().height();
    boolean strip = width >= height;
    if (!strip) {
      y0 = 0;
      rows = height;
    }
    if (scratch.length < width * rows) {
      scratch = new byte[width * Math.max(rows, Math.min(height, 2 * rows))];
    }
    Segment moved = new Segment(new InkBox(s.box().x(), s.box().y() - y0, s.box().width(), s.box().height()),
        s.ink(), s.strokes());
    moved.copyInto(scratch, width); // the scratch is 0 but while a segment is read
    try {
      Optional<MnistInput> m = recipe.apply(scratch, width, rows);
      if (m.isEmpty() || !strip) {
        return m.orElse(null);
      }
      MnistInput in = m.get();
      InkBox b = in.inkBox();
      return new MnistInput(in.pixels(), new InkBox(b.x(), b.y() + y0, b.width(), b.height()),
          in.inkFraction() * rows / height, in.strokeWidth(), in.strokeAdjust(), in.specksRemoved());
    } finally {
      moved.clearFrom(scratch, width);
    }
  }

  private DigitReading reading(Segment s, MnistInput in, DigitClassifier.Scores sc, int side) {
    return reading(s.box(), s.strokes(), in, sc, side);
  }

  private DigitReading reading(InkBox box, int[] strokes, MnistInput in, DigitClassifier.Scores sc, int side) {
    return new DigitReading(box, judge(sc, in, side), sc.probabilities(), sc.notDigit(), sc.fragment(), in, strokes);
  }

  /** The rule's outcome, a dab's made "keep drawing" (see {@link #NumberReader(Scorer, ReadingRule, MnistRecipe, int)}). */
  private ReadingRule.Outcome judge(DigitClassifier.Scores sc, MnistInput in, int side) {
    ReadingRule.Outcome o = rule.judge(sc.probabilities(), sc.notDigit(), sc.fragment());
    boolean claims = o.verdict() == Verdict.SURE || o.verdict() == Verdict.UNSURE;
    if (claims && dabShare > 0 && (long) in.inkBox().longSide() * dabShare < side) {
      return new ReadingRule.Outcome(Verdict.KEEP_DRAWING, o.digit(), o.confidence());
    }
    return o;
  }

  static NumberReading summarise(List<DigitReading> digits, boolean fromStrokes) {
    if (digits.isEmpty()) {
      return NumberReading.empty(fromStrokes);
    }
    boolean notDigit = digits.size() > MAX_DIGITS;
    boolean keepDrawing = false;
    boolean unsure = false;
    StringBuilder shown = new StringBuilder(digits.size());
    for (DigitReading d : digits) {
      Verdict v = d.verdict();
      notDigit |= v == Verdict.NOT_A_DIGIT;
      keepDrawing |= v == Verdict.KEEP_DRAWING;
      unsure |= v == Verdict.UNSURE;
      shown.append(d.shown());
    }
    Verdict v = notDigit ? Verdict.NOT_A_DIGIT : keepDrawing ? Verdict.KEEP_DRAWING : unsure ? Verdict.UNSURE : Verdict.SURE;
    return new NumberReading(digits, v, shown.toString(), fromStrokes);
  }
}
