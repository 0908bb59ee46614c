package dev.digitarcade.training.cli;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.training.data.AugmentConfig;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.model.NetworkSpec;
import dev.digitarcade.training.train.TrainConfig;
import dev.digitarcade.training.train.Trainer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the CNN headless and exports the SavedModel (atomically). A progress bar shows epoch, "
        + "images/s, loss and running accuracy; every epoch prints test accuracy and writes a checkpoint.")
final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the SavedModel goes (default: ${DEFAULT-VALUE}).")
  Path out = Path.of(ModelContract.DEFAULT_MODEL_DIR);

  @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: ${DEFAULT-VALUE}).")
  int epochs = TrainConfig.DEFAULT_EPOCHS;

  @Option(names = "--batch-size", paramLabel = "N", description = "Batch size (default: ${DEFAULT-VALUE}).")
  int batchSize = TrainConfig.DEFAULT_BATCH;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed; the same seed and thread count give the "
      + "same model (default: ${DEFAULT-VALUE}).")
  long seed = TrainConfig.DEFAULT_SEED;

  @Option(names = "--threads", paramLabel = "N", description = "TensorFlow threads (default: the number of cores, "
      + "${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "Continue from the checkpoint of an interrupted run with the same options.")
  boolean resume;

  @Option(names = "--checkpoint", paramLabel = "FILE", description = "Checkpoint file, written after every epoch "
      + "(default: digit-arcade/train-checkpoint.bin in the user cache directory).")
  Path checkpoint;

  @Option(names = "--augment", paramLabel = "SPEC", description = "Augmentation: none, default, or key=value,... "
      + "overriding the default " + "(keys: probability, rotate, scale, shift, shear, elastic, thick, thin, flat, close, reink, pool, fat). "
      + "Default: ${DEFAULT-VALUE}.")
  String augment = "default";

  @Option(names = "--learning-rate", paramLabel = "LR", description = "Peak Adam learning rate (default: ${DEFAULT-VALUE}).")
  float learningRate = TrainConfig.DEFAULT_LR;

  @Option(names = "--train-limit", paramLabel = "N", description = "Use only the first N training images (quick runs).")
  int trainLimit;

  @Option(names = "--test-limit", paramLabel = "N", description = "Evaluate on only the first N test images.")
  int testLimit;

  @Option(names = "--network", paramLabel = "K1,C1,C2,C3,H", split = ",",
      description = "Network shape: first kernel, conv channels, dense units (default: 5,32,64,96,128).")
  int[] network;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    PrintStream outStream = new PrintStream(new WriterStream(spec.commandLine().getOut()), true);
    NetworkSpec net = network == null ? NetworkSpec.DEFAULT : parseNetwork(network);
    AugmentConfig aug = AugmentConfig.parse(augment);
    Path cp = checkpoint != null ? checkpoint
        : MnistFetcher.defaultCacheDir().getParent().resolve("train-checkpoint.bin");
    TrainConfig config = new TrainConfig(out, cp, epochs, batchSize, seed, threads, resume, aug, net, learningRate,
        TrainConfig.DEFAULT_KEEP, trainLimit, testLimit);
    if (data.data != null && !java.nio.file.Files.isDirectory(data.data)) {
      throw new DataException("data directory " + data.data + " does not exist (expected a directory with the four "
          + "MNIST IDX files)");
    }
    DataOptions.Loaded loaded = data.load();
    outStream.printf(Locale.ROOT, "data ready in %.1f s: %d training, %d test images%n",
        (System.nanoTime() - start) / 1e9, loaded.data().trainCount(), loaded.data().testCount());
    String command = "java -jar training/target/digit-trainer.jar train"
        + spec.commandLine().getParseResult().originalArgs().stream()
            .filter(a -> !a.equals("train")).map(a -> " " + a).reduce("", String::concat);
    Trainer trainer = new Trainer(config, outStream, System.err, System.console() != null);
    Trainer.Result r = trainer.run(loaded.data(), new Trainer.Provenance(loaded.description(), command, start));
    outStream.printf(Locale.ROOT, "final test accuracy %.2f %% (%d of %d)%n", 100 * r.evaluation().accuracy(),
        r.evaluation().correct(), r.evaluation().count());
    double mean = r.epochSeconds().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    outStream.printf(Locale.ROOT, "wall time %.1f s (%.1f min), %.1f s per epoch, %.0f images/s%n", r.wallSeconds(),
        r.wallSeconds() / 60, mean, r.imagesPerSecond());
    outStream.printf(Locale.ROOT, "model written to %s (%d bytes)%n", r.modelDir(), r.modelBytes());
    outStream.flush();
    return Main.OK;
  }

  private static NetworkSpec parseNetwork(int[] v) {
    if (v.length != 5) {
      throw new IllegalArgumentException("--network needs 5 numbers K1,C1,C2,C3,H");
    }
    return new NetworkSpec(v[0], v[1], v[2], v[3], v[4]);
  }

  /** Adapts the command line's writer to a PrintStream for the trainer. */
  static final class WriterStream extends java.io.OutputStream {
    private final java.io.PrintWriter w;

    WriterStream(java.io.PrintWriter w) {
      this.w = w;
    }

    @Override
    public void write(int b) {
      w.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      w.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
      w.flush();
    }
  }
}
