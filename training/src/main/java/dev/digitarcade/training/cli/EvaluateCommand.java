package dev.digitarcade.training.cli;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.insight.PlotDirectory;
import dev.digitarcade.training.insight.Plots;
import dev.digitarcade.training.insight.Readings;
import dev.digitarcade.training.train.Evaluation;
import dev.digitarcade.training.train.TrainConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluates a SavedModel on the MNIST test set: accuracy, per-class accuracy, confusion matrix; "
        + "with --plots, also as pictures.")
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: ${DEFAULT-VALUE}).")
  Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @Option(names = "--json", description = "Print one JSON object (accuracy as a fraction, perClass, confusion).")
  boolean json;

  @Option(names = "--plots", paramLabel = "DIR", description = "Also draw " + Plots.CONFUSION + " (confusion matrix "
      + "heat map with counts), " + Plots.PER_CLASS + " (accuracy per digit) and " + Plots.MISREAD + " (up to "
      + Plots.MAX_MISREAD + " misread test images, the most confident first) into DIR. DIR is created if missing and "
      + "its other files are left alone; a file there by one of those names is replaced only if digit-trainer drew "
      + "it, otherwise nothing is written (exit 2). Each file is written atomically.")
  Path plots;

  @Option(names = "--threads", paramLabel = "N", description = "TensorFlow threads, 1 to " + TrainConfig.MAX_THREADS
      + " (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  static void checkThreads(int threads) {
    if (threads < 1 || threads > TrainConfig.MAX_THREADS) {
      throw new IllegalArgumentException("--threads " + threads + " (expected 1 to " + TrainConfig.MAX_THREADS + ")");
    }
  }

  @Override
  public Integer call() throws Exception {
    checkThreads(threads);
    if (plots != null) {
      PlotDirectory.check(plots, Plots.NAMES, "--plots");
    }
    data.check();
    try (DigitClassifier classifier = DigitClassifier.load(model, threads)) {
      MnistData d = data.load().data();
      if (d.testCount() == 0) {
        throw new DataException("the test set is empty: " + data.where() + " holds 0 test images (expected at least 1)");
      }
      Readings readings = read(classifier, d);
      Evaluation e = Evaluation.of(readings.predicted(), readings.labels());
      if (plots != null) {
        PlotDirectory.write(plots, Plots.evaluation(readings, "MNIST test set"), "--plots");
      }
      var out = spec.commandLine().getOut();
      out.print(json ? e.toJson() + System.lineSeparator() : e.toText());
      if (plots != null && !json) {
        out.println("plots: " + String.join(", ", Plots.NAMES) + " in " + plots.toAbsolutePath().normalize());
      }
      out.flush();
    }
    return Main.OK;
  }

  /** The classifier's reading of every test image: the most probable digit and its probability. */
  static Readings read(DigitClassifier classifier, MnistData d) {
    int n = d.testCount();
    float[] all = new float[n * 10];
    int chunk = 500;
    for (int start = 0; start < n; start += chunk) {
      int m = Math.min(chunk, n - start);
      float[][] images = new float[m][MnistData.PIXELS];
      for (int i = 0; i < m; i++) {
        for (int p = 0; p < MnistData.PIXELS; p++) {
          images[i][p] = (d.testImages()[(start + i) * MnistData.PIXELS + p] & 0xff) / 255f;
        }
      }
      float[][] probs = classifier.predictBatch(images);
      for (int i = 0; i < m; i++) {
        System.arraycopy(probs[i], 0, all, (start + i) * 10, 10);
      }
    }
    return Readings.of(d.testImages(), d.testLabels(), all);
  }
}
