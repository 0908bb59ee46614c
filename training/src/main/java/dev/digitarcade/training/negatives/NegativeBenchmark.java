package dev.digitarcade.training.negatives;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.training.calibration.Calibration;
import dev.digitarcade.training.drawn.DrawnBenchmark;
import dev.digitarcade.training.drawn.DrawnDigit;
import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How honestly the model reads what is not (yet) a digit: per family, the share of drawings the
 * {@link ReadingRule} calls a sure digit (for half-drawn digits, a sure <em>other</em> digit);
 * and on the drawn-digit benchmark's drawings, the share read right, the share of "?" and the
 * expected calibration error of the digit probabilities.
 */
public final class NegativeBenchmark {

  /** The model as the benchmark needs it: the three outputs per image. */
  @FunctionalInterface
  public interface Scorer {
    /** Per image: ten digit probabilities, then the not-a-digit and fragment scores. */
    float[][] score(float[][] images784);
  }

  /** One family's outcome. */
  public record FamilyResult(Family family, int total, int sure, int sureOther, Map<Verdict, Integer> verdicts) {
    /** Share called a sure digit (half-drawn families: a sure digit other than the one drawn). */
    public double claimed() {
      return (family.halfDrawn() ? sureOther : sure) / (double) total;
    }
  }

  /**
   * Drawn digits of one seed: read right (top digit), "?" (not sure), sure and wrong, ECE; {@code
   * other} of the "?" were called not a digit or keep drawing (the rest: unsure, or no ink).
   */
  public record DrawnResult(long seed, int total, int right, int unsure, int sureWrong, double ece, int other) {}

  private static final int BATCH = 256;

  private final MnistRecipe recipe = new MnistRecipe();
  private final Scorer scorer;
  private final ReadingRule rule;

  public NegativeBenchmark(Scorer scorer, ReadingRule rule) {
    this.scorer = scorer;
    this.rule = rule;
  }

  /** The model's scores of a family's drawings (null rows: no ink) and, when half-drawn, the digits drawn. */
  public record Scored(Family family, List<float[]> scores, List<Integer> digits) {}

  /** Scores {@code count} drawings of {@code family} by {@code gen}; the first few drawings go to {@code keep}. */
  public Scored score(NegativeGenerator gen, Family family, int count, long seed, List<DrawnDigit> keep) {
    List<float[]> all = new ArrayList<>();
    List<Integer> digits = new ArrayList<>();
    List<float[]> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + family.ordinal());
      NegativeGenerator.Negative n = gen.make(family, r);
      if (keep != null && i < 6) {
        keep.add(n.drawing());
      }
      digits.add(n.digit());
      Optional<MnistInput> in = recipe.apply(n.drawing().canvas(), n.drawing().size(), n.drawing().size());
      batch.add(in.map(MnistInput::pixels).orElse(null));
      if (batch.size() == BATCH || i == count - 1) {
        List<float[]> present = batch.stream().filter(x -> x != null).toList();
        float[][] scores = present.isEmpty() ? new float[0][] : scorer.score(present.toArray(new float[0][]));
        int j = 0;
        for (float[] x : batch) {
          all.add(x == null ? null : scores[j++]);
        }
        batch.clear();
      }
    }
    return new Scored(family, all, digits);
  }

  /** Verdicts of scored drawings under {@code rule}. */
  public static FamilyResult judge(Scored s, ReadingRule rule) {
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    int sure = 0;
    int sureOther = 0;
    for (int k = 0; k < s.scores().size(); k++) {
      float[] x = s.scores().get(k);
      ReadingRule.Outcome o = x == null ? ReadingRule.empty() : judge(rule, x);
      verdicts.merge(o.verdict(), 1, Integer::sum);
      if (o.verdict() == Verdict.SURE) {
        sure++;
        if (o.digit() != s.digits().get(k)) {
          sureOther++;
        }
      }
    }
    return new FamilyResult(s.family(), s.scores().size(), sure, sureOther, verdicts);
  }

  static ReadingRule.Outcome judge(ReadingRule rule, float[] s) {
    float[] p = new float[ModelContract.CLASSES];
    System.arraycopy(s, 0, p, 0, p.length);
    return rule.judge(p, s[ModelContract.CLASSES], s[ModelContract.CLASSES + 1]);
  }

  ReadingRule.Outcome judge(float[] s) {
    return judge(rule, s);
  }

  /** The drawn-digit benchmark's drawings ({@link DrawnBenchmark#drawing}) of one seed. */
  public DrawnResult drawn(DrawnBenchmark bench, long seed, int count) {
    List<float[]> inputs = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    int missing = 0;
    for (int i = 0; i < count; i++) {
      DrawnDigit d = bench.drawing(seed, i);
      Optional<MnistInput> in = recipe.apply(d.canvas(), d.size(), d.size());
      if (in.isEmpty()) {
        missing++;
        continue;
      }
      inputs.add(in.get().pixels());
      labels.add(d.label());
    }
    return drawn(seed, inputs, labels.stream().mapToInt(Integer::intValue).toArray(), missing);
  }

  /** Right, "?", sure-and-wrong and ECE over given model inputs ({@code missing} had no ink: counted "?"). */
  public DrawnResult drawn(long seed, List<float[]> inputs, int[] labels, int missing) {
    return drawn(seed, scoreAll(inputs), labels, missing, rule);
  }

  /** The scores of model inputs, in batches. */
  public float[][] scoreAll(List<float[]> inputs) {
    float[][] out = new float[inputs.size()][];
    for (int start = 0; start < inputs.size(); start += BATCH) {
      List<float[]> part = inputs.subList(start, Math.min(inputs.size(), start + BATCH));
      float[][] scores = scorer.score(part.toArray(new float[0][]));
      System.arraycopy(scores, 0, out, start, scores.length);
    }
    return out;
  }

  /** Right, "?", sure-and-wrong and ECE from scores under {@code rule}. */
  public static DrawnResult drawn(long seed, float[][] scores, int[] labels, int missing, ReadingRule rule) {
    int right = 0;
    int unsure = missing;
    int sureWrong = 0;
    int other = 0;
    float[] probs = new float[labels.length * ModelContract.CLASSES];
    for (int idx = 0; idx < scores.length; idx++) {
      System.arraycopy(scores[idx], 0, probs, idx * ModelContract.CLASSES, ModelContract.CLASSES);
      ReadingRule.Outcome o = judge(rule, scores[idx]);
      right += o.digit() == labels[idx] ? 1 : 0;
      if (o.verdict() == Verdict.NOT_A_DIGIT || o.verdict() == Verdict.KEEP_DRAWING) {
        other++;
      }
      if (o.verdict() != Verdict.SURE) {
        unsure++;
      } else if (o.digit() != labels[idx]) {
        sureWrong++;
      }
    }
    double ece = Calibration.expectedCalibrationError(probs, labels);
    return new DrawnResult(seed, labels.length + missing, right, unsure, sureWrong, ece, other);
  }

  /** The generator for held-out families: MNIST test digits, the installed fonts. */
  public static NegativeGenerator heldOutGenerator(byte[] testImages, byte[] testLabels) {
    return new NegativeGenerator(DrawnDigitGenerator.REFERENCE_CANVAS, testImages, testLabels, 0, testLabels.length);
  }
}
