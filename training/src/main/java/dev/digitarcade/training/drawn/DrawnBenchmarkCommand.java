package dev.digitarcade.training.drawn;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.IdxReader;
import dev.digitarcade.training.data.JsonText;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.data.MnistFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-drawn}: how well digits drawn anywhere, at any size and stroke width, are read,
 * with the recipe and with the naive whole-canvas approach; and how long the recipe and the model
 * call take. Prints a table (or JSON with {@code --json}); exit code 0, or 1 when the model or
 * the data cannot be loaded.
 */
@Command(name = "bench-drawn", mixinStandardHelpOptions = true,
    description = "Benchmark reading of generated mouse-like drawings (MNIST re-inked, font digits, stray clicks): "
        + "recipe vs naive whole-canvas input, accuracy per source, stroke ratio and size; recipe and model latency.")
public final class DrawnBenchmarkCommand implements Callable<Integer> {

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: ${DEFAULT-VALUE}).")
  Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @Option(names = "--data", paramLabel = "DIR",
      description = "Directory with the MNIST IDX files (default: the trainer's MNIST cache, fetched when missing).")
  Path data;

  @Option(names = "--count", paramLabel = "N", description = "Drawings to make (default: ${DEFAULT-VALUE}).")
  int count = 2000;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--canvas", paramLabel = "PX", description = "Canvas side in pixels (default: ${DEFAULT-VALUE}).")
  int canvas = DrawnDigitGenerator.REFERENCE_CANVAS;

  @Option(names = "--sheet", paramLabel = "FILE",
      description = "Also write a contact sheet PNG: first drawings and the recipe's misreadings, with their 28x28 inputs.")
  Path sheet;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  private final PrintWriter out;
  private final PrintWriter err;

  /** Prints to the given writers (tests read them). */
  public DrawnBenchmarkCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Prints to standard output and error. */
  public DrawnBenchmarkCommand() {
    this(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  @Override
  public Integer call() {
    if (count < 1) {
      err.println("bench-drawn: --count must be at least 1, got " + count);
      err.flush();
      return 2;
    }
    if (canvas < 64) {
      err.println("bench-drawn: --canvas must be at least 64 px, got " + canvas);
      err.flush();
      return 2;
    }
    try {
      Path dir = data != null ? data : MnistFetcher.standard().ensure();
      IdxReader.Images images = IdxReader.readImages(MnistData.find(dir, MnistFile.TEST_IMAGES), 28, 28);
      byte[] labels = IdxReader.readLabels(MnistData.find(dir, MnistFile.TEST_LABELS));
      if (images.count() != labels.length) {
        err.println("bench-drawn: " + dir + " has " + images.count() + " test images but " + labels.length
            + " test labels (expected the same number)");
        err.flush();
        return 1;
      }
      List<String> fonts = DrawnDigitGenerator.installedFontFamilies();
      DrawnBenchmark bench = new DrawnBenchmark(new DrawnDigitGenerator(canvas, fonts), images.pixels(), labels);
      DrawnBenchmark.Report report;
      try (DigitClassifier classifier = DigitClassifier.load(model)) {
        report = bench.run(new DrawnBenchmark.Settings(count, seed, canvas), new DrawnBenchmark.Classifier() {
          @Override
          public float[] predict(float[] image784) {
            return classifier.predict(image784);
          }

          @Override
          public float[][] predictBatch(float[][] images784) {
            return classifier.predictBatch(images784);
          }
        });
      }
      if (json) {
        out.println(toJson(report, model, fonts));
      } else {
        out.print(toText(report, model, fonts));
      }
      out.flush();
      if (sheet != null) {
        List<ContactSheet.Cell> cells = new ArrayList<>();
        for (DrawnBenchmark.Sample s : report.samples()) {
          cells.add(new ContactSheet.Cell(s.drawing(), s.recipeInput(), s.naiveInput(), s.recipeDigit(), s.naiveDigit()));
        }
        ContactSheet.write(cells, sheet);
        err.println("bench-drawn: contact sheet written to " + sheet.toAbsolutePath());
        err.flush();
      }
      return 0;
    } catch (DataException | ModelLoadException e) {
      err.println("bench-drawn: " + e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("bench-drawn: cannot write " + sheet + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  static String toText(DrawnBenchmark.Report r, Path model, List<String> fonts) {
    StringBuilder b = new StringBuilder();
    DrawnBenchmark.Settings s = r.settings();
    b.append(String.format(Locale.ROOT, "drawn-digit benchmark: %d drawings, seed %d, canvas %dx%d, model %s%n",
        s.count(), s.seed(), s.canvas(), s.canvas(), model));
    b.append("fonts: ").append(String.join(", ", fonts)).append('\n');
    b.append(String.format(Locale.ROOT, "%-34s %6s", "accuracy", "n"));
    for (DrawnBenchmark.Method m : DrawnBenchmark.Method.values()) {
      b.append(String.format(Locale.ROOT, " %8s", m.title()));
    }
    b.append('\n');
    for (Map.Entry<String, Map<DrawnBenchmark.Method, DrawnBenchmark.Tally>> e : r.groups().entrySet()) {
      int n = e.getValue().get(DrawnBenchmark.Method.RECIPE).total();
      b.append(String.format(Locale.ROOT, "%-34s %6d", e.getKey(), n));
      for (DrawnBenchmark.Method m : DrawnBenchmark.Method.values()) {
        b.append(String.format(Locale.ROOT, " %7.2f%%", 100 * e.getValue().get(m).accuracy()));
      }
      b.append('\n');
    }
    b.append("latency per drawing (microseconds, after warm-up, byte canvas as read back from the GPU;\n"
        + "wall time, so it includes waiting for a core on a busy machine; CPU time is the recipe's own):\n");
    for (DrawnBenchmark.Latency l : r.latencies()) {
      b.append(String.format(Locale.ROOT, "  %-16s p50 %8.1f  p99 %8.1f  mean %8.1f  (n=%d)%n",
          l.stage(), l.p50(), l.p99(), l.mean(), l.samples()));
    }
    b.append("confusion of the recipe (row = digit drawn, column = digit read):\n     ");
    for (int c = 0; c < 10; c++) {
      b.append(String.format(Locale.ROOT, "%5d", c));
    }
    b.append('\n');
    for (int t = 0; t < 10; t++) {
      b.append(String.format(Locale.ROOT, "  %d: ", t));
      for (int c = 0; c < 10; c++) {
        b.append(String.format(Locale.ROOT, "%5d", r.confusion()[t][c]));
      }
      b.append('\n');
    }
    return b.toString();
  }

  static String toJson(DrawnBenchmark.Report r, Path model, List<String> fonts) {
    StringBuilder b = new StringBuilder("{");
    DrawnBenchmark.Settings s = r.settings();
    b.append(String.format(Locale.ROOT, "\"count\":%d,\"seed\":%d,\"canvas\":%d,\"model\":%s,\"fonts\":[",
        s.count(), s.seed(), s.canvas(), JsonText.quote(model.toString())));
    for (int i = 0; i < fonts.size(); i++) {
      b.append(i == 0 ? "" : ",").append(JsonText.quote(fonts.get(i)));
    }
    b.append("],\"accuracy\":{");
    boolean first = true;
    for (Map.Entry<String, Map<DrawnBenchmark.Method, DrawnBenchmark.Tally>> e : r.groups().entrySet()) {
      b.append(first ? "" : ",").append(JsonText.quote(e.getKey())).append(":{");
      first = false;
      boolean firstM = true;
      for (DrawnBenchmark.Method m : DrawnBenchmark.Method.values()) {
        DrawnBenchmark.Tally t = e.getValue().get(m);
        b.append(firstM ? "" : ",").append(String.format(Locale.ROOT, "%s:{\"correct\":%d,\"total\":%d,\"accuracy\":%.6f}",
            JsonText.quote(m.title()), t.correct(), t.total(), t.accuracy()));
        firstM = false;
      }
      b.append('}');
    }
    b.append("},\"latency_us\":{");
    for (int i = 0; i < r.latencies().size(); i++) {
      DrawnBenchmark.Latency l = r.latencies().get(i);
      b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s:{\"p50\":%.2f,\"p99\":%.2f,\"mean\":%.2f,\"n\":%d}",
          JsonText.quote(l.stage()), l.p50(), l.p99(), l.mean(), l.samples()));
    }
    b.append("},\"confusion\":[");
    for (int t = 0; t < 10; t++) {
      b.append(t == 0 ? "[" : ",[");
      for (int c = 0; c < 10; c++) {
        b.append(c == 0 ? "" : ",").append(r.confusion()[t][c]);
      }
      b.append(']');
    }
    return b.append("]}").toString();
  }
}
