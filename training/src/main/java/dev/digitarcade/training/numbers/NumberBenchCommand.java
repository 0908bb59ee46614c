package dev.digitarcade.training.numbers;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.model.segment.NumberReader;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.IdxReader;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.data.MnistFile;
import dev.digitarcade.training.drawn.DrawnBenchmark;
import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-numbers}: how well drawn numbers are read, with their strokes and from pixels
 * alone; whether single digits stay whole; how long a reading takes. Exit code 0, 1 when the model
 * or the data cannot be loaded or the sheet not written, 2 for a bad option.
 */
@Command(name = "bench-numbers", mixinStandardHelpOptions = true,
    description = "Benchmark reading of generated mouse-drawn numbers (2-4 digits, font and MNIST digits, "
        + "multi-stroke digits, corrections) with strokes and from pixels; single digits kept whole; latency.")
public final class NumberBenchCommand implements Callable<Integer> {

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: ${DEFAULT-VALUE}).")
  Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @Option(names = "--data", paramLabel = "DIR",
      description = "Directory with the MNIST IDX files (default: the trainer's MNIST cache, fetched when missing).")
  Path data;

  @Option(names = "--count", paramLabel = "N", description = "Numbers per length (default: ${DEFAULT-VALUE}).")
  int count = 500;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--split", paramLabel = "tune|test",
      description = "Digit sources: test = held-out fonts (serif, light, math) and the second half of MNIST test "
          + "(default); tune = the others, which the segmenter was tuned on.")
  String split = "test";

  @Option(names = "--sheet", paramLabel = "FILE", description = "Also write a contact sheet PNG of misreadings.")
  Path sheet;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  private final PrintWriter out;
  private final PrintWriter err;

  public NumberBenchCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public NumberBenchCommand() {
    this(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  @Override
  public Integer call() {
    if (count < 1) {
      return usage("--count must be at least 1, got " + count);
    }
    NumberGenerator.Split which;
    switch (split.toLowerCase(Locale.ROOT)) {
      case "test" -> which = NumberGenerator.Split.TEST;
      case "tune" -> which = NumberGenerator.Split.TUNE;
      default -> {
        return usage("--split must be tune or test, got " + split);
      }
    }
    try {
      Path dir = data != null ? data : MnistFetcher.standard().ensure();
      IdxReader.Images images = IdxReader.readImages(MnistData.find(dir, MnistFile.TEST_IMAGES), 28, 28);
      byte[] labels = IdxReader.readLabels(MnistData.find(dir, MnistFile.TEST_LABELS));
      if (images.count() != labels.length) {
        err.println("bench-numbers: " + dir + " has " + images.count() + " test images but " + labels.length
            + " test labels (expected the same number)");
        err.flush();
        return 1;
      }
      List<String> fonts = DrawnDigitGenerator.installedFontFamilies();
      DrawnDigitGenerator shapes = new DrawnDigitGenerator(DrawnDigitGenerator.REFERENCE_CANVAS, fonts);
      NumberGenerator gen = new NumberGenerator(shapes, images.pixels(), labels, which);
      DrawnBenchmark drawn = new DrawnBenchmark(new DrawnDigitGenerator(DrawnDigitGenerator.REFERENCE_CANVAS, fonts),
          images.pixels(), labels);
      NumberBenchmark bench = new NumberBenchmark(gen, NumberBenchmark.drawnBenchmark(drawn, seed));
      NumberBenchmark.Report report;
      try (DigitClassifier classifier = DigitClassifier.load(model)) {
        report = bench.run(new NumberBenchmark.Settings(count, seed), new NumberReader(classifier));
      }
      out.print(json ? NumberReport.json(report, model, which, gen.fonts()) + "\n"
          : NumberReport.text(report, model, which, gen.fonts()));
      out.flush();
      if (sheet != null) {
        NumberReport.sheet(report.misses(), sheet);
        err.println("bench-numbers: contact sheet written to " + sheet.toAbsolutePath());
        err.flush();
      }
      return 0;
    } catch (DataException | ModelLoadException e) {
      err.println("bench-numbers: " + e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("bench-numbers: cannot write " + sheet + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private int usage(String message) {
    err.println("bench-numbers: " + message);
    err.flush();
    return 2;
  }
}
