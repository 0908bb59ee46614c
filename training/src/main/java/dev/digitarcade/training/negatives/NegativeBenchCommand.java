package dev.digitarcade.training.negatives;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.training.calibration.DrawnSet;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.drawn.ContactSheet;
import dev.digitarcade.training.drawn.DrawnBenchmark;
import dev.digitarcade.training.drawn.DrawnDigit;
import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-negatives}: per family of non-digits, the share the app would call a sure digit;
 * half-drawn digits read sure as another digit; the drawn-digit benchmark's drawings read right,
 * "?" and ECE. {@code --validation} measures the training side instead (training families drawn
 * with other seeds from held-back training digits) and sweeps the thresholds: that is where
 * {@link ReadingRule#DEFAULT} is chosen.
 */
@Command(name = "bench-negatives", mixinStandardHelpOptions = true,
    description = "Benchmark honest readings: non-digit families (held out), half-drawn digits, drawn digits (right, ?, ECE).")
public final class NegativeBenchCommand implements Callable<Integer> {

  /** Training digits held back from training at the end of the set (as the trainer does with 60 000 images). */
  static final int HELD_BACK = 3000;

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: ${DEFAULT-VALUE}).")
  Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @Option(names = "--data", paramLabel = "DIR", description = "MNIST directory (default: the trainer's cache).")
  Path data;

  @Option(names = "--count", paramLabel = "N", description = "Drawings per family (default: ${DEFAULT-VALUE}).")
  int count = 500;

  @Option(names = "--drawn-count", paramLabel = "N", description = "Drawn digits per seed (default: ${DEFAULT-VALUE}).")
  int drawnCount = 3000;

  @Option(names = "--seeds", paramLabel = "S", split = ",", description = "Drawn-digit seeds (default: 1,2,3, as bench-drawn).")
  long[] seeds = {1, 2, 3};

  @Option(names = "--validation", description = "Measure the training-side validation families and sweep the thresholds.")
  boolean validation;

  @Option(names = "--sheet", paramLabel = "FILE", description = "Also write a contact sheet of the first drawings of each family.")
  Path sheet;

  @Option(names = "--rule", paramLabel = "OTHER,SURE,MARGIN", split = ",",
      description = "Judge with these thresholds instead of the shipped rule (for comparisons; default: the shipped rule).")
  float[] ruleValues;

  private ReadingRule rule = ReadingRule.DEFAULT;

  private final PrintWriter out;
  private final PrintWriter err;

  public NegativeBenchCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public NegativeBenchCommand() {
    this(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  @Override
  public Integer call() {
    if (count < 1 || drawnCount < 1) {
      err.println("bench-negatives: --count and --drawn-count must be at least 1");
      err.flush();
      return 2;
    }
    if (ruleValues != null) {
      try {
        if (ruleValues.length != 3) {
          throw new IllegalArgumentException(ruleValues.length + " numbers");
        }
        rule = new ReadingRule(ruleValues[0], ruleValues[1], ruleValues[2]);
      } catch (IllegalArgumentException e) {
        err.println("bench-negatives: --rule expects OTHER,SURE,MARGIN (OTHER and SURE in (0, 1], MARGIN in [0, 1]): "
            + e.getMessage());
        err.flush();
        return 2;
      }
    }
    try {
      MnistData mnist = MnistData.load(data != null ? data : MnistFetcher.standard().ensure());
      try (DigitClassifier classifier = DigitClassifier.load(model)) {
        NegativeBenchmark bench = new NegativeBenchmark(images -> scores(classifier, images), rule);
        List<DrawnDigit> kept = sheet != null ? new ArrayList<>() : null;
        if (validation) {
          validation(bench, mnist, kept);
        } else {
          heldOut(bench, mnist, kept);
        }
        if (sheet != null) {
          List<ContactSheet.Cell> cells = new ArrayList<>();
          for (DrawnDigit d : kept) {
            float[] in = new MnistRecipe().apply(d.canvas(), d.size(), d.size())
                .map(MnistInput::pixels).orElse(new float[ModelContract.PIXELS]);
            cells.add(new ContactSheet.Cell(d, in, DrawnBenchmark.naive(d.canvas(), d.size()), -1, -1));
          }
          ContactSheet.write(cells, sheet);
        }
      }
      out.flush();
      return 0;
    } catch (DataException | ModelLoadException e) {
      err.println("bench-negatives: " + e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("bench-negatives: cannot write " + sheet + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private static float[][] scores(DigitClassifier c, float[][] images) {
    DigitClassifier.Scores[] s = c.scoreBatch(images);
    float[][] out = new float[s.length][];
    for (int i = 0; i < s.length; i++) {
      out[i] = Arrays.copyOf(s[i].probabilities(), ModelContract.CLASSES + 2);
      out[i][ModelContract.CLASSES] = s[i].notDigit();
      out[i][ModelContract.CLASSES + 1] = s[i].fragment();
    }
    return out;
  }

  private void heldOut(NegativeBenchmark bench, MnistData mnist, List<DrawnDigit> kept) {
    NegativeGenerator gen = NegativeBenchmark.heldOutGenerator(mnist.testImages(), mnist.testLabels());
    out.printf(Locale.ROOT, "held-out families, %d drawings each, rule %s; letters in %s%n", count, rule,
        gen.heldOutFonts());
    header();
    int claimed = 0;
    int total = 0;
    for (Family f : Family.values()) {
      if (!f.training()) {
        NegativeBenchmark.FamilyResult r = NegativeBenchmark.judge(bench.score(gen, f, count, 101, kept), rule);
        row(r);
        if (!f.halfDrawn()) {
          claimed += r.sure();
          total += r.total();
        }
      }
    }
    out.printf(Locale.ROOT, "not-digit families overall: %.1f %% claimed as a sure digit (%d of %d)%n",
        100.0 * claimed / total, claimed, total);
    DrawnBenchmark drawn = new DrawnBenchmark(new DrawnDigitGenerator(DrawnDigitGenerator.REFERENCE_CANVAS,
        DrawnDigitGenerator.installedFontFamilies()), mnist.testImages(), mnist.testLabels());
    out.println("drawn digits (bench-drawn's drawings):");
    for (long seed : seeds) {
      drawnRow(bench.drawn(drawn, seed, drawnCount));
    }
  }

  private void validation(NegativeBenchmark bench, MnistData mnist, List<DrawnDigit> kept) {
    int to = mnist.trainCount();
    int from = to - HELD_BACK;
    NegativeGenerator gen = new NegativeGenerator(DrawnDigitGenerator.REFERENCE_CANVAS, mnist.trainImages(),
        mnist.trainLabels(), from, to);
    List<NegativeBenchmark.Scored> scored = new ArrayList<>();
    for (Family f : Family.values()) {
      if (f.training()) {
        scored.add(bench.score(gen, f, count, 7_000_001, kept));
      }
    }
    DrawnSet set = DrawnSet.draw(mnist.trainImages(), mnist.trainLabels(), from, to, HELD_BACK, 4242);
    List<float[]> inputs = new ArrayList<>();
    for (int i = 0; i < set.count(); i++) {
      inputs.add(Arrays.copyOfRange(set.images(), i * ModelContract.PIXELS, (i + 1) * ModelContract.PIXELS));
    }
    float[][] drawnScores = bench.scoreAll(inputs);
    out.printf(Locale.ROOT, "validation (training families, held-back training digits), %d drawings each, rule %s%n",
        count, rule);
    header();
    for (NegativeBenchmark.Scored s : scored) {
      row(NegativeBenchmark.judge(s, rule));
    }
    drawnRow(NegativeBenchmark.drawn(0, drawnScores, set.labels(), 0, rule));
    out.println("threshold sweep (margin 0): other>=, sure>=: worst family claimed %, overall claimed %, drawn ? %, "
        + "drawn sure-wrong %");
    List<String> front = new ArrayList<>();
    List<double[]> frontFigures = new ArrayList<>();
    String balanced = null;
    double balancedScore = Double.MAX_VALUE;
    for (float other : new float[] {0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.75f, 0.8f, 0.85f, 0.9f, 0.95f}) {
      for (float sure : new float[] {0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f}) {
        for (float margin : new float[] {0f, 0.2f, 0.4f, 0.6f}) {
          ReadingRule candidate = new ReadingRule(other, sure, margin);
          double[] f = sweepFigures(scored, drawnScores, set.labels(), candidate);
          // The rule nearest to both targets: worst family <= 10 % and drawn "?" <= 1.5 %.
          double score = Math.max(f[0] / 10, f[2] / 1.5);
          if (score < balancedScore) {
            balancedScore = score;
            balanced = String.format(Locale.ROOT, "other>=%.2f sure>=%.1f margin>=%.1f: worst family %.1f %%, overall %.1f %%, "
                + "drawn ? %.2f %%, sure-wrong %.2f %%", other, sure, margin, f[0], f[1], f[2], f[3]);
          }
          if (margin == 0f) {
            out.printf(Locale.ROOT, "  %.2f %.1f: %5.1f %5.1f %5.2f %5.2f%n", other, sure, f[0], f[1], f[2], f[3]);
          }
          // Keep the rules no other rule beats on both the worst family and the drawn "?".
          boolean dominated = false;
          for (int k = frontFigures.size() - 1; k >= 0; k--) {
            double[] g = frontFigures.get(k);
            if (g[0] <= f[0] && g[2] <= f[2]) {
              dominated = true;
              break;
            }
            if (f[0] <= g[0] && f[2] <= g[2]) {
              frontFigures.remove(k);
              front.remove(k);
            }
          }
          if (!dominated) {
            frontFigures.add(f);
            front.add(String.format(Locale.ROOT, "  other>=%.2f sure>=%.1f margin>=%.1f: %5.1f %5.1f %5.2f %5.2f",
                other, sure, margin, f[0], f[1], f[2], f[3]));
          }
        }
      }
    }
    out.println("best trade-offs over other, sure and margin (worst family claimed %, overall, drawn ? %, sure-wrong %):");
    List<Integer> idx = new ArrayList<>();
    for (int k = 0; k < front.size(); k++) {
      idx.add(k);
    }
    idx.sort((a, b) -> Double.compare(frontFigures.get(a)[0], frontFigures.get(b)[0]));
    for (int k : idx) {
      out.println(front.get(k));
    }
    out.printf(Locale.ROOT, "nearest to both targets (least max(worst/10 %%, ?/1.5 %%), %.2f): %s%n", balancedScore, balanced);
  }

  /** Worst family claimed, overall claimed, drawn "?" and drawn sure-and-wrong, in percent, under {@code rule}. */
  private static double[] sweepFigures(List<NegativeBenchmark.Scored> scored, float[][] drawnScores, int[] labels,
      ReadingRule rule) {
    double worst = 0;
    int claimed = 0;
    int total = 0;
    for (NegativeBenchmark.Scored s : scored) {
      NegativeBenchmark.FamilyResult r = NegativeBenchmark.judge(s, rule);
      worst = Math.max(worst, r.claimed());
      claimed += s.family().halfDrawn() ? r.sureOther() : r.sure();
      total += r.total();
    }
    NegativeBenchmark.DrawnResult d = NegativeBenchmark.drawn(0, drawnScores, labels, 0, rule);
    return new double[] {100 * worst, 100.0 * claimed / total, 100.0 * d.unsure() / d.total(),
        100.0 * d.sureWrong() / d.total()};
  }

  private void header() {
    out.printf(Locale.ROOT, "%-18s %6s %8s  %s%n", "family", "n", "claimed", "verdicts");
  }

  private void row(NegativeBenchmark.FamilyResult r) {
    StringBuilder v = new StringBuilder();
    for (Verdict k : Verdict.values()) {
      v.append(' ').append(k.wireName()).append('=').append(r.verdicts().getOrDefault(k, 0));
    }
    out.printf(Locale.ROOT, "%-18s %6d %7.1f%% %s%s%n", r.family().title(), r.total(), 100 * r.claimed(), v,
        r.family().halfDrawn() ? String.format(Locale.ROOT, " (sure as the digit drawn: %d)", r.sure() - r.sureOther()) : "");
  }

  private void drawnRow(NegativeBenchmark.DrawnResult d) {
    out.printf(Locale.ROOT,
        "  seed %d: %d drawings, right %.2f %%, ? %.2f %% (%.2f %% not a digit or keep drawing), sure and wrong %.2f %%, "
            + "ECE %.2f %%%n",
        d.seed(), d.total(), 100.0 * d.right() / d.total(), 100.0 * d.unsure() / d.total(),
        100.0 * d.other() / d.total(), 100.0 * d.sureWrong() / d.total(), 100 * d.ece());
  }
}
