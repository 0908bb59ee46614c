package dev.digitarcade.training.cli;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.MnistData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures the single-image classifier call (DigitClassifier.predict) on MNIST test images: "
        + "median, p90, p99 latency; and batch throughput.")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: ${DEFAULT-VALUE}).")
  Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @Option(names = "--iterations", paramLabel = "N", description = "Timed single-image calls, 1 to " + MAX_ITERATIONS + " (default: ${DEFAULT-VALUE}).")
  int iterations = 5000;

  @Option(names = "--threads", paramLabel = "N", description = "TensorFlow threads (default: ${DEFAULT-VALUE}, as the game).")
  int threads = 1;

  static final int MAX_ITERATIONS = 10_000_000;

  @Override
  public Integer call() throws Exception {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("--iterations " + iterations + " (expected 1 to " + MAX_ITERATIONS + ")");
    }
    EvaluateCommand.checkThreads(threads);
    var out = spec.commandLine().getOut();
    MnistData d = data.load().data();
    if (d.testCount() == 0) {
      throw new DataException("no test images to measure with: " + data.where() + " holds 0 (expected at least 1)");
    }
    int n = Math.min(1000, d.testCount());
    float[][] images = new float[n][MnistData.PIXELS];
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < MnistData.PIXELS; p++) {
        images[i][p] = (d.testImages()[i * MnistData.PIXELS + p] & 0xff) / 255f;
      }
    }
    long t0 = System.nanoTime();
    try (DigitClassifier c = DigitClassifier.load(model, threads)) {
      double loadMs = (System.nanoTime() - t0) / 1e6;
      for (int i = 0; i < 500; i++) {
        c.predict(images[i % n]);
      }
      long[] ns = new long[iterations];
      for (int i = 0; i < iterations; i++) {
        long s = System.nanoTime();
        c.predict(images[i % n]);
        ns[i] = System.nanoTime() - s;
      }
      Arrays.sort(ns);
      long b0 = System.nanoTime();
      int rounds = 5;
      for (int r = 0; r < rounds; r++) {
        c.predictBatch(images);
      }
      double batchSec = (System.nanoTime() - b0) / 1e9;
      out.printf(Locale.ROOT, "model %s, %d TensorFlow thread(s), load + warm-up %.0f ms%n", c.modelDir(), threads, loadMs);
      out.printf(Locale.ROOT, "single image predict over %d calls: median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
          iterations, ns[iterations / 2] / 1e6, ns[(int) (iterations * 0.9)] / 1e6, ns[(int) (iterations * 0.99)] / 1e6,
          ns[iterations - 1] / 1e6);
      out.printf(Locale.ROOT, "batch of %d: %.0f images/s%n", n, rounds * n / batchSec);
      out.printf(Locale.ROOT, "load average %.2f%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      out.flush();
    }
    return Main.OK;
  }
}
