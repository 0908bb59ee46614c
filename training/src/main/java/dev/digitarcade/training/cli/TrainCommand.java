package dev.digitarcade.training.cli;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.training.data.AugmentConfig;
import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.ExtraImages;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.export.ModelDirectory;
import dev.digitarcade.training.export.ModelExporter;
import dev.digitarcade.training.insight.EventWriter;
import dev.digitarcade.training.model.NetworkSpec;
import dev.digitarcade.training.train.Checkpoint;
import dev.digitarcade.training.train.TrainConfig;
import dev.digitarcade.training.train.Trainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the CNN headless and exports the SavedModel (atomically). A progress bar shows epoch, "
        + "images/s, loss and running accuracy; every epoch prints test accuracy and writes a checkpoint. "
        + "--out must be new, empty or a previous model; a model is replaced only by one at least 99 %% accurate "
        + "and at most 0.5 points worse than its card says (--force overrides). The model directory also gets "
        + "training.png, confusion.png, per-class.png and misread.png, shown by its MODEL.md.")
final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the SavedModel goes: a new or empty directory, "
      + "or a previous model's (default: ${DEFAULT-VALUE}).")
  Path out = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @Option(names = "--epochs", paramLabel = "N", description = "Epochs, 1 to " + TrainConfig.MAX_EPOCHS
      + " (default: ${DEFAULT-VALUE}).")
  int epochs = TrainConfig.DEFAULT_EPOCHS;

  @Option(names = "--batch-size", paramLabel = "N", description = "Batch size, 1 to " + TrainConfig.MAX_BATCH
      + " and at most the training images (default: ${DEFAULT-VALUE}).")
  int batchSize = TrainConfig.DEFAULT_BATCH;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed; the same seed and thread count give the "
      + "same model (default: ${DEFAULT-VALUE}).")
  long seed = TrainConfig.DEFAULT_SEED;

  @Option(names = "--threads", paramLabel = "N", description = "TensorFlow threads, 1 to " + TrainConfig.MAX_THREADS
      + " (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "Continue from the checkpoint of an interrupted run with the same options "
      + "(a finished run's checkpoint exports again without training).")
  boolean resume;

  @Option(names = "--checkpoint", paramLabel = "FILE", description = "Checkpoint file, written after every epoch "
      + "(default: digit-arcade/checkpoints/train-HASH.bin in the user cache directory, HASH from the options that "
      + "change the weights, so each set of options keeps its own).")
  Path checkpoint;

  @Option(names = "--augment", paramLabel = "SPEC", description = "Augmentation: none, default, or key=value,... "
      + "overriding the default " + "(keys: probability, rotate, scale, shift, shear, elastic, thick, thin, flat, close, reink, pool, fat). "
      + "Default: ${DEFAULT-VALUE}.")
  String augment = "default";

  @Option(names = "--learning-rate", paramLabel = "LR", description = "Peak Adam learning rate, more than 0 and at "
      + "most " + TrainConfig.MAX_LR + " (default: ${DEFAULT-VALUE}).")
  float learningRate = TrainConfig.DEFAULT_LR;

  @Option(names = "--train-limit", paramLabel = "N", description = "Use only the first N training images, N at least 1 "
      + "(quick runs).")
  Integer trainLimit;

  @Option(names = "--test-limit", paramLabel = "N", description = "Evaluate on only the first N test images, N at "
      + "least 1.")
  Integer testLimit;

  @Option(names = "--network", paramLabel = "K1,C1,C2,C3,H", split = ",",
      description = "Network shape: first kernel (1-" + MAX_KERNEL + "), conv channels (1-" + MAX_CHANNELS
          + "), dense units (1-" + MAX_HIDDEN + ") (default: 5,32,64,128,192).")
  int[] network;

  @Option(names = "--extra", paramLabel = "DIR|FILE", split = ",", description = "Also train on a player's labelled "
      + "drawings, as digit-arcade export writes them: a directory of digit folders (D/NAME.png, 28x28 or larger) "
      + "and/or an ndjson file; repeatable. They come first in the training set (see training/README.md).")
  List<Path> extra = List.of();

  @Option(names = "--extra-repeat", paramLabel = "N", description = "Each --extra image is seen N times per epoch, "
      + "1 to " + ExtraImages.MAX_REPEAT + " (default: ${DEFAULT-VALUE}).")
  int extraRepeat = 1;

  @Option(names = "--logdir", paramLabel = "DIR", description = "Also write TensorBoard event files into DIR "
      + "(created if missing; a new events.out.tfevents.* file per run, nothing else touched): loss, accuracy, "
      + "learning_rate, images_per_second every " + Trainer.LOG_EVERY_STEPS + " steps, test_accuracy and epoch figures "
      + "every epoch. View them with: tensorboard --logdir DIR. The weights are the same with or without it.")
  Path logdir;

  @Option(names = "--force", description = "Replace the model at --out even if the new one is less accurate "
      + "(see above).")
  boolean force;

  static final int MAX_KERNEL = 11;
  static final int MAX_CHANNELS = 1024;
  static final int MAX_HIDDEN = 8192;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    PrintStream outStream = new PrintStream(new WriterStream(spec.commandLine().getOut()), true);
    NetworkSpec net = network == null ? NetworkSpec.DEFAULT : parseNetwork(network);
    AugmentConfig aug = AugmentConfig.parse(augment);
    TrainConfig options = config(out, Path.of("checkpoint"), aug, net);
    if (extraRepeat < 1 || extraRepeat > ExtraImages.MAX_REPEAT) {
      throw new IllegalArgumentException("--extra-repeat " + extraRepeat + " (expected 1 to " + ExtraImages.MAX_REPEAT
          + ")");
    }
    ExtraImages.Loaded extras = extra.isEmpty() ? null : ExtraImages.load(extra);
    String identity = data.identity() + (extras == null ? "" : "+" + extras.identity() + "x" + extraRepeat);
    Path cp = checkpoint != null ? checkpoint : defaultCheckpointDir().resolve(options.checkpointName(identity));
    checkCheckpointPath(cp);
    ModelExporter.check(out);
    if (logdir != null) {
      EventWriter.check(logdir, "--logdir");
      Path model = out.toAbsolutePath().normalize();
      if (logdir.toAbsolutePath().normalize().startsWith(model)) {
        // the model directory holds only the model's files: the export would refuse it at the end
        throw new IllegalArgumentException("--logdir " + logdir + " is inside --out " + out + " (expected a directory "
            + "outside the model's)");
      }
    }
    data.check();

    DataOptions.Loaded mnist = data.load();
    DataOptions.Loaded loaded = extras == null ? mnist : new DataOptions.Loaded(
        ExtraImages.mix(mnist.data(), extras, extraRepeat), mnist.description() + " Plus " + extras.description()
        + (extraRepeat > 1 ? ", each seen " + extraRepeat + " times per epoch" : "") + ", first in the training set.");
    int trainN = Math.min(trainLimit != null ? trainLimit : Integer.MAX_VALUE, loaded.data().trainCount());
    int testN = Math.min(testLimit != null ? testLimit : Integer.MAX_VALUE, loaded.data().testCount());
    if (trainN == 0) {
      throw new DataException("the training set is empty: " + data.where() + " holds 0 training images (expected at "
          + "least 1)");
    }
    if (testN == 0) {
      throw new DataException("the test set is empty: " + data.where() + " holds 0 test images, so the model could "
          + "not be evaluated and would not be exported (expected at least 1)");
    }
    if (batchSize > trainN) {
      throw new IllegalArgumentException("--batch-size " + batchSize + " is more than the " + trainN
          + " training images (expected at most " + trainN + ")");
    }
    outStream.printf(Locale.ROOT, "data ready in %.1f s: %d training, %d test images%n",
        (System.nanoTime() - start) / 1e9, loaded.data().trainCount(), loaded.data().testCount());
    outStream.printf(Locale.ROOT, "checkpoint %s%n", cp.toAbsolutePath());
    String command = "java -jar training/target/digit-trainer.jar train"
        + spec.commandLine().getParseResult().originalArgs().stream()
            .filter(a -> !a.equals("train")).map(a -> " " + a).reduce("", String::concat);

    Path staged = ModelExporter.stage(out);
    try {
      TrainConfig config = config(staged, cp, aug, net);
      Trainer trainer = new Trainer(config, outStream, System.err, System.console() != null);
      Trainer.Result r;
      try {
        r = trainer.run(loaded.data(), new Trainer.Provenance(loaded.description(), command, start));
      } catch (IOException e) {
        // An export into the staging directory failed (a full disk): name the directory the user gave.
        String m = String.valueOf(e.getMessage());
        String where = staged.toAbsolutePath().toString();
        if (!m.contains(where) || e instanceof Checkpoint.BadCheckpointException) {
          throw e;
        }
        throw new IOException(m.replace(where, out.toAbsolutePath().normalize().toString()), e);
      }
      outStream.printf(Locale.ROOT, "final test accuracy %.2f %% (%d of %d)%n", 100 * r.evaluation().accuracy(),
          r.evaluation().correct(), r.evaluation().count());
      Path target = ModelExporter.check(out) == ModelDirectory.State.PREVIOUS_MODEL ? out : null;
      Optional<String> refusal = force || target == null ? Optional.empty()
          : ReplaceGate.DEFAULT.refusal(r.evaluation(), ReplaceGate.cardAccuracy(out));
      if (refusal.isPresent()) {
        outStream.flush();
        spec.commandLine().getErr().println("digit-trainer: not replacing the model in " + out + ": "
            + refusal.get() + "; nothing was written. The finished run is in its checkpoint: add --resume --force "
            + "to replace the model anyway, or --resume --out NEWDIR to keep it elsewhere");
        return Main.REFUSED;
      }
      ModelExporter.install(staged, out);
      double mean = r.epochSeconds().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      outStream.printf(Locale.ROOT, "wall time %.1f s (%.1f min), %.1f s per epoch, %.0f images/s%n", r.wallSeconds(),
          r.wallSeconds() / 60, mean, r.imagesPerSecond());
      outStream.printf(Locale.ROOT, "model written to %s (%d bytes)%n", out.toAbsolutePath().normalize(),
          r.modelBytes());
      outStream.flush();
      return Main.OK;
    } finally {
      ModelExporter.discard(staged);
    }
  }

  private TrainConfig config(Path outDir, Path cp, AugmentConfig aug, NetworkSpec net) {
    if (trainLimit != null && trainLimit < 1) {
      throw new IllegalArgumentException("--train-limit " + trainLimit + " (expected at least 1)");
    }
    if (testLimit != null && testLimit < 1) {
      throw new IllegalArgumentException("--test-limit " + testLimit + " (expected at least 1)");
    }
    return new TrainConfig(outDir, cp, epochs, batchSize, seed, threads, resume, aug, net, learningRate,
        TrainConfig.DEFAULT_KEEP, trainLimit != null ? trainLimit : 0, testLimit != null ? testLimit : 0, logdir);
  }

  /** {@code digit-arcade/checkpoints} in the user cache directory. */
  static Path defaultCheckpointDir() {
    return MnistFetcher.defaultCacheDir().getParent().resolve("checkpoints");
  }

  private static void checkCheckpointPath(Path cp) {
    if (Files.isDirectory(cp)) {
      throw new IllegalArgumentException("--checkpoint " + cp + " is a directory (expected a file)");
    }
    Path dir = cp.toAbsolutePath().getParent();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent();
    }
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--checkpoint " + cp + ": " + dir + " is a file (expected a directory)");
    }
  }

  private static NetworkSpec parseNetwork(int[] v) {
    if (v.length != 5) {
      throw new IllegalArgumentException("--network with " + v.length + " numbers (expected 5: K1,C1,C2,C3,H)");
    }
    int[] max = {MAX_KERNEL, MAX_CHANNELS, MAX_CHANNELS, MAX_CHANNELS, MAX_HIDDEN};
    String[] names = {"K1", "C1", "C2", "C3", "H"};
    for (int i = 0; i < 5; i++) {
      if (v[i] < 1 || v[i] > max[i]) {
        throw new IllegalArgumentException("--network " + names[i] + "=" + v[i] + " (expected 1 to " + max[i] + ")");
      }
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
