package dev.digitarcade.game.reading;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The reading pipeline of the shipped kind: the MNIST recipe, the model's three outputs in one
 * call, the {@link ReadingRule}, and one rule of the app's own: ink smaller than
 * {@value #MIN_INK_SHARE_DENOMINATOR}th of the drawing's side is a dab, "keep drawing", whatever the
 * model says (the recipe scales every drawing to 20 px, so the model cannot see how small it was).
 */
public final class ModelPipeline implements ReadingPipeline {
  /** Ink whose longer side is below {@code side / MIN_INK_SHARE_DENOMINATOR} is too small to be a digit. */
  static final int MIN_INK_SHARE_DENOMINATOR = 14;

  /** Enough readings for the JIT to compile the recipe's loops (about 0.2 s at load). */
  static final int WARM_UP_READINGS = 120;

  /** What the model gives for one 28x28 input; closing releases the model. */
  public interface Scorer extends AutoCloseable {
    DigitClassifier.Scores score(float[] image784);

    @Override
    default void close() { }
  }

  private final Scorer scorer;
  private final MnistRecipe recipe = new MnistRecipe();
  private final ReadingRule rule;

  /** A pipeline around any scorer (tests use stand-ins; {@link #load} the shipped kind). */
  public ModelPipeline(Scorer scorer, ReadingRule rule) {
    this.scorer = scorer;
    this.rule = rule;
  }

  /**
   * Loads the SavedModel in {@code dir} and warms the path up.
   *
   * @throws ModelLoadException with a one-line message (what the player or the user sees)
   */
  public static ModelPipeline load(Path dir) throws ModelLoadException {
    DigitClassifier classifier = DigitClassifier.load(dir);
    ModelPipeline p = new ModelPipeline(new Scorer() {
      @Override
      public DigitClassifier.Scores score(float[] image784) {
        return classifier.score(image784);
      }

      @Override
      public void close() {
        classifier.close();
      }
    }, ReadingRule.DEFAULT);
    try {
      p.warmUp(WARM_UP_READINGS);
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
    return p;
  }

  @Override
  public Reading read(byte[] gray, int width, int height, long seq, long submittedNanos) {
    return judge(recipe.apply(gray, width, height), width, height, seq, submittedNanos);
  }

  @Override
  public Reading read(float[] ink, int width, int height, long seq, long submittedNanos) {
    return judge(recipe.apply(ink, width, height), width, height, seq, submittedNanos);
  }

  private Reading judge(Optional<MnistInput> prepared, int width, int height, long seq, long submittedNanos) {
    if (prepared.isEmpty()) {
      return Reading.nothingDrawn(seq, System.nanoTime() - submittedNanos);
    }
    MnistInput in = prepared.get();
    DigitClassifier.Scores s = scorer.score(in.pixels());
    ReadingRule.Outcome outcome = rule.judge(s.probabilities(), s.notDigit(), s.fragment());
    Verdict verdict = outcome.verdict();
    if (verdict == Verdict.SURE || verdict == Verdict.UNSURE) {
      int side = Math.max(width, height);
      if (in.inkBox().longSide() * MIN_INK_SHARE_DENOMINATOR < side) {
        verdict = Verdict.KEEP_DRAWING;
      }
    }
    DigitReading digit = new DigitReading(verdict, outcome.digit(), outcome.confidence(), s.probabilities(),
        s.notDigit(), s.fragment(), in.pixels(), in.inkBox());
    return Reading.of(seq, digit, System.nanoTime() - submittedNanos);
  }

  /**
   * Reads synthetic drawings, so the first drawings a player makes are not read by interpreted
   * code: without this, readings in the first seconds of a session are several times slower.
   */
  void warmUp(int readings) {
    int side = 560;
    byte[] canvas = new byte[side * side];
    for (int i = 0; i < readings; i++) {
      // Rings of changing size, place and width: every branch of the recipe gets work.
      Arrays.fill(canvas, (byte) 0);
      double r = 40 + (i * 37) % 200;
      double w = 4 + (i * 13) % 40;
      int cx = side / 2 + (i * 53) % 160 - 80;
      int cy = side / 2 + (i * 29) % 160 - 80;
      for (int y = Math.max(0, (int) (cy - r - w)); y < Math.min(side, cy + r + w); y++) {
        for (int x = Math.max(0, (int) (cx - r - w)); x < Math.min(side, cx + r + w); x++) {
          double d = Math.abs(Math.hypot(x - cx, (y - cy) * 1.4) - r);
          if (d < w / 2) {
            canvas[y * side + x] = (byte) 255;
          }
        }
      }
      read(canvas, side, side, 0, System.nanoTime());
    }
  }

  @Override
  public void close() {
    scorer.close();
  }
}
