package dev.digitarcade.training.cli;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.MnistData;
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
    description = "Evaluates a SavedModel on the MNIST test set: accuracy, per-class accuracy, confusion matrix.")
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: ${DEFAULT-VALUE}).")
  Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @Option(names = "--json", description = "Print one JSON object (accuracy as a fraction, perClass, confusion).")
  boolean json;

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
    data.check();
    try (DigitClassifier classifier = DigitClassifier.load(model, threads)) {
      MnistData d = data.load().data();
      if (d.testCount() == 0) {
        throw new DataException("the test set is empty: " + data.where() + " holds 0 test images (expected at least 1)");
      }
      Evaluation e = evaluate(classifier, d);
      var out = spec.commandLine().getOut();
      out.print(json ? e.toJson() + System.lineSeparator() : e.toText());
      out.flush();
    }
    return Main.OK;
  }

  static Evaluation evaluate(DigitClassifier classifier, MnistData d) {
    int n = d.testCount();
    int[] predicted = new int[n];
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
        int best = 0;
        for (int k = 1; k < 10; k++) {
          if (probs[i][k] > probs[i][best]) {
            best = k;
          }
        }
        predicted[start + i] = best;
      }
    }
    return Evaluation.of(predicted, d.testLabels());
  }
}
