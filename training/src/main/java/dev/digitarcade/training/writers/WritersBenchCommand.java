package dev.digitarcade.training.writers;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.model.profile.AdaptingScorer;
import dev.digitarcade.model.profile.Embedding;
import dev.digitarcade.model.profile.Profile;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.IdxReader;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.data.MnistFile;
import dev.digitarcade.training.drawn.DrawnBenchmark;
import dev.digitarcade.training.drawn.DrawnDigit;
import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-writers}: "one writer" hands ({@link Writer}) read before and after teaching 1, 3
 * and 5 examples per digit (the examples and the test drawings are disjoint), and what each
 * writer's 5-per-digit profile costs the general drawn-digit benchmark (bench-drawn's drawings).
 * {@code --validation} sweeps the embedding and the pull's distances on other seeds: that is where
 * {@link AdaptingScorer.Settings#DEFAULT} is chosen.
 */
@Command(name = "bench-writers", mixinStandardHelpOptions = true,
    description = "Benchmark a player's profile: consistent non-MNIST hands before and after teaching 1, 3, 5 "
        + "examples per digit, and the profile's cost on bench-drawn's drawings.")
public final class WritersBenchCommand implements Callable<Integer> {

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: ${DEFAULT-VALUE}).")
  Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @Option(names = "--data", paramLabel = "DIR", description = "MNIST directory (default: the trainer's cache).")
  Path data;

  @Option(names = "--count", paramLabel = "N", description = "Test drawings per digit and writer (default: ${DEFAULT-VALUE}).")
  int count = 100;

  @Option(names = "--drawn-count", paramLabel = "N", description = "bench-drawn drawings (default: ${DEFAULT-VALUE}).")
  int drawnCount = 3000;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the test drawings and of bench-drawn's (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--validation", description = "Sweep embeddings and distances on validation seeds instead.")
  boolean validation;

  /** Seeds of the examples taught: never those of the test drawings. */
  static final long TEACH_SEED = 1_000_003;

  private final PrintWriter out;
  private final PrintWriter err;

  public WritersBenchCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public WritersBenchCommand() {
    this(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  @Override
  public Integer call() {
    if (count < 1 || drawnCount < 1) {
      err.println("bench-writers: --count and --drawn-count must be at least 1");
      err.flush();
      return 2;
    }
    long testSeed = validation ? seed + 100 : seed;
    long teachSeed = validation ? TEACH_SEED + 100 : TEACH_SEED;
    long drawnSeed = validation ? seed + 10 : seed;
    try {
      Path dir = data != null ? data : MnistFetcher.standard().ensure();
      IdxReader.Images images = IdxReader.readImages(MnistData.find(dir, MnistFile.TEST_IMAGES), 28, 28);
      byte[] labels = IdxReader.readLabels(MnistData.find(dir, MnistFile.TEST_LABELS));
      DrawnBenchmark drawn = new DrawnBenchmark(
          new DrawnDigitGenerator(DrawnDigitGenerator.REFERENCE_CANVAS, DrawnDigitGenerator.installedFontFamilies()),
          images.pixels(), labels);
      WriterGenerator gen = new WriterGenerator();
      try (DigitClassifier classifier = DigitClassifier.load(model)) {
        WritersBenchmark bench = new WritersBenchmark(classifier::scoreBatch, ReadingRule.DEFAULT);
        List<DrawnDigit> general = new ArrayList<>(drawnCount);
        for (int i = 0; i < drawnCount; i++) {
          general.add(drawn.drawing(drawnSeed, i));
        }
        WritersBenchmark.Rows generalRows = bench.rows(general);
        List<WritersBenchmark.Rows> teach = new ArrayList<>();
        List<WritersBenchmark.Rows> test = new ArrayList<>();
        for (Writer w : Writer.values()) {
          teach.add(bench.rows(drawings(gen, w, teachSeed, 5)));
          test.add(bench.rows(drawings(gen, w, testSeed, count)));
        }
        if (validation) {
          sweep(bench, teach, test, generalRows);
        } else {
          report(bench, teach, test, generalRows, AdaptingScorer.Settings.DEFAULT, Embedding.DEFAULT);
        }
      }
      out.flush();
      return 0;
    } catch (DataException | ModelLoadException e) {
      err.println("bench-writers: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  static List<DrawnDigit> drawings(WriterGenerator gen, Writer w, long seed, int perDigit) {
    List<DrawnDigit> out = new ArrayList<>(perDigit * 10);
    for (int i = 0; i < perDigit; i++) {
      for (int d = 0; d < 10; d++) {
        out.add(gen.draw(w, d, seed, i));
      }
    }
    return out;
  }

  private void report(WritersBenchmark bench, List<WritersBenchmark.Rows> teach, List<WritersBenchmark.Rows> test,
      WritersBenchmark.Rows general, AdaptingScorer.Settings s, Embedding kind) {
    out.printf(Locale.ROOT, "bench-writers: %d test drawings per digit and writer (seed %d), examples seed %d; %s, %s%n",
        count, seed, TEACH_SEED, kind, s);
    out.printf(Locale.ROOT, "%-10s %7s %8s %8s %8s %8s%n", "writer", "taught", "top-1", "read", "errors", "pulled");
    WritersBenchmark.Tally base = bench.read(general, Profile.empty(kind), s);
    List<String> costs = new ArrayList<>();
    for (int w = 0; w < test.size(); w++) {
      for (int k : new int[] {0, 1, 3, 5}) {
        Profile p = WritersBenchmark.profile(teach.get(w), k, kind);
        WritersBenchmark.Tally t = bench.read(test.get(w), p, s);
        out.printf(Locale.ROOT, "%-10s %7d %7.2f%% %7.2f%% %8d %8d%n", Writer.values()[w].wireName(), k,
            100 * t.topShare(), 100 * t.readShare(), t.total() - t.read(), t.pulled());
      }
      WritersBenchmark.Tally g = bench.read(general, WritersBenchmark.profile(teach.get(w), 5, kind), s);
      costs.add(String.format(Locale.ROOT, "%-10s top-1 %6.2f%% (%+.2f)  read %6.2f%% (%+.2f)  pulled %d, wrongly %d",
          Writer.values()[w].wireName(), 100 * g.topShare(), 100 * (g.topShare() - base.topShare()),
          100 * g.readShare(), 100 * (g.readShare() - base.readShare()), g.pulled(), g.pulledWrong()));
    }
    out.printf(Locale.ROOT, "bench-drawn's drawings (seed %d, %d): without a profile top-1 %.2f%%, read %.2f%%; "
        + "with each writer's 5-per-digit profile:%n", seed, general.rows.size(), 100 * base.topShare(), 100 * base.readShare());
    for (String c : costs) {
      out.println("  " + c);
    }
  }

  private void sweep(WritersBenchmark bench, List<WritersBenchmark.Rows> teach, List<WritersBenchmark.Rows> test,
      WritersBenchmark.Rows general) {
    out.printf(Locale.ROOT, "bench-writers --validation: test seed %d, examples seed %d, bench-drawn seed %d%n",
        seed + 100, TEACH_SEED + 100, seed + 10);
    out.printf(Locale.ROOT, "%-6s %6s %6s %6s | %9s %9s %9s | %10s %10s%n", "embed", "far", "near", "ratio",
        "before", "after 5", "worst", "drawn cost", "worst cost");
    for (Embedding kind : Embedding.values()) {
      WritersBenchmark.Tally base = bench.read(general, Profile.empty(kind), AdaptingScorer.Settings.DEFAULT);
      for (float far : new float[] {0.04f, 0.06f, 0.08f, 0.1f, 0.12f, 0.15f, 0.2f, 0.25f}) {
        for (float ratio : new float[] {0.7f, 0.85f, 1f}) {
          AdaptingScorer.Settings s = new AdaptingScorer.Settings(far / 2, far, ratio, 0.95f);
          double before = 0;
          double after = 0;
          double worst = 1;
          double cost = 0;
          double worstCost = 0;
          for (int w = 0; w < test.size(); w++) {
            before += bench.read(test.get(w), Profile.empty(kind), s).readShare() / test.size();
            Profile p = WritersBenchmark.profile(teach.get(w), 5, kind);
            double a = bench.read(test.get(w), p, s).readShare();
            after += a / test.size();
            worst = Math.min(worst, a);
            double c = base.topShare() - bench.read(general, p, s).topShare();
            cost += c / test.size();
            worstCost = Math.max(worstCost, c);
          }
          out.printf(Locale.ROOT, "%-6s %6.3f %6.3f %6.2f | %8.2f%% %8.2f%% %8.2f%% | %9.2f %10.2f%n", kind, far,
              far / 2, ratio, 100 * before, 100 * after, 100 * worst, 100 * cost, 100 * worstCost);
        }
      }
    }
  }
}
