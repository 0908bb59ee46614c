package dev.digitarcade.game.reading;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.profile.AdaptingScorer;
import dev.digitarcade.model.profile.Profile;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.model.segment.NumberReader;
import dev.digitarcade.model.segment.NumberReading;
import dev.digitarcade.model.segment.ScoreCache;
import dev.digitarcade.model.segment.Stroke;
import dev.digitarcade.model.segment.StrokeRaster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reading pipeline of the shipped kind: a drawing is read as a number ({@link NumberReader}:
 * cut into digits by its strokes and ink, each digit through the MNIST recipe, all of them in one
 * batched call for the model's three outputs, each judged by the {@link ReadingRule}), or, for
 * benchmarks and {@code predict --single}, as one digit. One rule is the app's own: a digit whose
 * ink is smaller than {@value #MIN_INK_SHARE_DENOMINATOR}th of the drawing's side is a dab, "keep
 * drawing", whatever the model says (the recipe scales every digit to 20 px, so the model cannot
 * see how small it was).
 */
public final class ModelPipeline implements ReadingPipeline {
  /** Ink whose longer side is below {@code side / MIN_INK_SHARE_DENOMINATOR} is too small to be a digit. */
  static final int MIN_INK_SHARE_DENOMINATOR = 14;

  /** Enough readings for the JIT to compile the recipe's and the segmenter's loops (about 0.3 s at load). */
  static final int WARM_UP_READINGS = 120;

  /** How a drawing is read. */
  public enum Reads {
    /** As a number of one to {@value NumberReader#MAX_DIGITS} digits (the app). */
    NUMBERS,
    /** As one digit: the whole drawing is one model input ({@code predict --single}). */
    ONE_DIGIT
  }

  /** What the model gives for 28x28 inputs; closing releases the model. */
  public interface Scorer extends AutoCloseable {
    DigitClassifier.Scores score(float[] image784);

    /** Several inputs in one call (by default one call each). */
    default DigitClassifier.Scores[] scoreBatch(float[][] images) {
      DigitClassifier.Scores[] out = new DigitClassifier.Scores[images.length];
      for (int i = 0; i < images.length; i++) {
        out[i] = score(images[i]);
      }
      return out;
    }

    @Override
    default void close() { }
  }

  private final Scorer scorer;
  private final MnistRecipe recipe = new MnistRecipe();
  private final NumberReader reader;
  /** Reads as for the player when there is a profile (null: the model's scores as they are). */
  private final AdaptingScorer adapting;
  private final Reads reads;
  /** Explains readings when the model has a saliency output (null: it has none). */
  private final Explainer explainer;
  private byte[] bytes = new byte[0];

  /** A number-reading pipeline around any scorer (tests use stand-ins; {@link #load} the shipped kind). */
  public ModelPipeline(Scorer scorer, ReadingRule rule) {
    this(scorer, rule, Reads.NUMBERS);
  }

  public ModelPipeline(Scorer scorer, ReadingRule rule, Reads reads) {
    this(scorer, rule, reads, null);
  }

  /** @param profile the player's profile, read at every reading (null: none) */
  public ModelPipeline(Scorer scorer, ReadingRule rule, Reads reads, Supplier<Profile> profile) {
    this(scorer, rule, reads, profile, null);
  }

  /** @param explainer what explains the readings (null: the model cannot say why) */
  public ModelPipeline(Scorer scorer, ReadingRule rule, Reads reads, Supplier<Profile> profile, Explainer explainer) {
    this.scorer = scorer;
    this.explainer = explainer;
    this.reads = reads;
    // The model's scores of inputs seen in the last frames come from memory (the finished digits of a
    // number being written); the profile, which may change between readings, applies on top.
    ScoreCache model = new ScoreCache(scorer::scoreBatch);
    this.adapting = profile == null ? null : new AdaptingScorer(model, profile);
    this.reader = new NumberReader(adapting != null ? adapting : model, rule, recipe, MIN_INK_SHARE_DENOMINATOR);
  }

  /** As {@link #load(Path, Reads)}, reading numbers. */
  public static ModelPipeline load(Path dir) throws ModelLoadException {
    return load(dir, Reads.NUMBERS);
  }

  /**
   * Loads the SavedModel in {@code dir} and warms the path up.
   *
   * @throws ModelLoadException with a one-line message (what the player or the user sees)
   */
  public static ModelPipeline load(Path dir, Reads reads) throws ModelLoadException {
    return load(dir, reads, null);
  }

  /** As {@link #load(Path, Reads)}, reading as for the player of {@code profile} (null: none). */
  public static ModelPipeline load(Path dir, Reads reads, Supplier<Profile> profile) throws ModelLoadException {
    DigitClassifier classifier = DigitClassifier.load(dir);
    ModelPipeline p = new ModelPipeline(new Scorer() {
      @Override
      public DigitClassifier.Scores score(float[] image784) {
        return classifier.score(image784);
      }

      @Override
      public DigitClassifier.Scores[] scoreBatch(float[][] images) {
        return classifier.scoreBatch(images);
      }

      @Override
      public void close() {
        classifier.close();
      }
    }, ReadingRule.DEFAULT, reads, profile, classifier.hasSaliency() ? classifier::saliency : null);
    try {
      p.warmUp(WARM_UP_READINGS);
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
    return p;
  }

  @Override
  public Reading read(byte[] gray, int width, int height, List<Stroke> strokes, long seq, long submittedNanos) {
    NumberReading n = reads == Reads.ONE_DIGIT
        ? one(recipe.apply(gray, width, height), width, height)
        : reader.read(gray, width, height, strokes);
    return reading(n, seq, submittedNanos);
  }

  @Override
  public Reading read(float[] ink, int width, int height, long seq, long submittedNanos) {
    if (reads == Reads.ONE_DIGIT) {
      return reading(one(recipe.apply(ink, width, height), width, height), seq, submittedNanos);
    }
    int n = width * height;
    if (bytes.length != n) {
      bytes = new byte[n];
    }
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) Math.round(Math.max(0f, Math.min(1f, ink[i])) * 255f);
    }
    return reading(reader.read(bytes, width, height), seq, submittedNanos);
  }

  private NumberReading one(Optional<MnistInput> in, int width, int height) {
    return in.isEmpty() ? NumberReading.empty(false) : reader.readOne(in.get(), Math.max(width, height));
  }

  /** The app's reading of what the number reader found. */
  private Reading reading(NumberReading n, long seq, long submittedNanos) {
    List<DigitReading> digits = new ArrayList<>(n.size());
    for (var d : n.digits()) {
      digits.add(new DigitReading(d.verdict(), d.digit(), d.confidence(), d.probabilities(), d.notDigit(),
          d.fragment(), d.input().pixels(), d.box(), adapting != null && adapting.helped(d.input().pixels())));
    }
    return new Reading(seq, n.verdict(), n.reading(), digits, System.nanoTime() - submittedNanos);
  }

  /**
   * Reads synthetic drawings, so the first drawings a player makes are not read by interpreted
   * code: without this, readings in the first seconds of a session are several times slower. The
   * drawings are made as the game's are (anti-aliased strokes of the brush, {@link StrokeRaster})
   * and read as they are drawn: one to three ovals of every brush and size, apart, touching and
   * overlapping, the newest part-way, with their strokes and (one in four) from the pixels alone;
   * the JIT then compiles the recipe's and the segmenter's loops for the ink it will be given
   * (faint edges, several pieces, thickened and thinned strokes) rather than recompiling them
   * during the first real readings.
   */
  void warmUp(int readings) {
    int side = 560;
    byte[] canvas = new byte[side * side];
    for (int i = 0; i < readings; i++) {
      Arrays.fill(canvas, (byte) 0);
      int count = 1 + i % 3;
      float radius = 3 + (i * 7) % 22;
      double h = 80 + (i * 37) % 260;
      double step = h * (0.35 + 0.1 * (i % 5));
      double left = 30 + (i * 53) % 80;
      double top = 40 + (i * 29) % Math.max(1, (int) (side - 80 - h));
      List<Stroke> strokes = new ArrayList<>();
      for (int s = 0; s < count && left + s * step + 0.6 * h < side - 20; s++) {
        // The newest stroke part-way through: an eighth to all of it.
        double share = s < count - 1 ? 1 : ((i * 5) % 8 + 1) / 8.0;
        strokes.add(oval(left + s * step + 0.3 * h, top + h / 2, 0.3 * h, h / 2, share, radius, s));
      }
      StrokeRaster.paint(canvas, side, side, strokes);
      read(canvas, side, side, i % 4 == 3 ? List.of() : strokes, 0, System.nanoTime());
    }
  }

  /** An oval stroke round (cx, cy), drawn from the top for {@code share} of its way, from {@code t0} s. */
  private static Stroke oval(double cx, double cy, double rx, double ry, double share, float radius, double t0) {
    List<Stroke.Point> points = new ArrayList<>();
    int n = Math.max(1, (int) Math.round(48 * share));
    for (int k = 0; k <= n; k++) {
      double a = 2 * Math.PI * k / 48;
      points.add(new Stroke.Point((float) (cx + rx * Math.sin(a)), (float) (cy - ry * Math.cos(a)), t0 + k / 60.0));
    }
    return new Stroke(points, radius);
  }

  @Override
  public Optional<Explainer> explainer() {
    return Optional.ofNullable(explainer);
  }

  @Override
  public void close() {
    scorer.close();
  }
}
