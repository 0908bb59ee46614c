package dev.digitarcade.training.train;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.training.calibration.Calibration;
import dev.digitarcade.training.calibration.DrawnSet;
import dev.digitarcade.training.data.AtomicFile;
import dev.digitarcade.training.data.BatchPipeline;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.ReinkedPool;
import dev.digitarcade.training.drawn.ReinkPoolBuilder;
import dev.digitarcade.training.export.ModelExporter;
import dev.digitarcade.training.insight.Plots;
import dev.digitarcade.training.insight.Readings;
import dev.digitarcade.training.insight.TrainingPlot;
import dev.digitarcade.training.model.Network;
import dev.digitarcade.training.model.NetworkDefinition;
import dev.digitarcade.training.model.NetworkSpec;
import dev.digitarcade.training.negatives.NegativePool;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the network on MNIST: Adam with a warm-up then cosine-decayed learning rate, augmented
 * batches from a background thread, test accuracy after every epoch, a checkpoint after every
 * epoch, and the inference model exported atomically at the end with its card and plots
 * ({@code training.png} and the evaluation's pictures, see {@link Plots}). With a log directory,
 * TensorBoard scalars as it goes ({@link TrainingLog}).
 */
public final class Trainer {

  /** Training digits held back (at most a tenth of the set) to fit the calibration temperature on. */
  static final int HELD_BACK = 3000;

  /** With a log directory, the step scalars are recorded every this many steps. */
  public static final int LOG_EVERY_STEPS = 10;

  /** What a run produced. */
  public record Result(Evaluation evaluation, double wallSeconds, double trainSeconds, double imagesPerSecond,
      List<Double> epochSeconds, long modelBytes, Path modelDir, int epochsRun) {}

  /** Where the data came from and how the run was started, recorded in MODEL.md. */
  public record Provenance(String data, String command, long startNanos) {}

  private final TrainConfig config;
  private final PrintStream out;
  private final Progress progress;
  private int stopAfterEpochs = Integer.MAX_VALUE;

  public Trainer(TrainConfig config, PrintStream out, PrintStream progressOut, boolean interactive) {
    this.config = config;
    this.out = out;
    this.progress = new Progress(progressOut, interactive);
  }

  /** Simulates an interruption (tests): stop with InterruptedException after n epochs of this run. */
  void stopAfterEpochs(int n) {
    stopAfterEpochs = n;
  }

  /** The learning rate at {@code step} (0-based) of {@code total}: linear warm-up, then cosine to zero. */
  public static float learningRate(float peak, long step, long total, long warmup) {
    if (step < warmup) {
      return peak * (step + 1) / warmup;
    }
    double t = (step - warmup) / (double) Math.max(1, total - warmup);
    return (float) (peak * (0.01 + 0.99 * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, t)))));
  }

  public Result run(MnistData fullData, Provenance provenance) throws IOException, InterruptedException {
    MnistData limited = fullData.limit(config.trainLimit() > 0 ? config.trainLimit() : Integer.MAX_VALUE,
        config.testLimit() > 0 ? config.testLimit() : Integer.MAX_VALUE);
    // The end of the training set is held back: drawn, it is what the temperature is fitted on.
    int heldBack = Math.min(HELD_BACK, limited.trainCount() / 10);
    int trainN = limited.trainCount() - heldBack;
    MnistData data = new MnistData(Arrays.copyOf(limited.trainImages(), trainN * MnistData.PIXELS),
        Arrays.copyOf(limited.trainLabels(), trainN), limited.testImages(), limited.testLabels());
    int perEpoch = BatchPipeline.batchesPerEpoch(data.trainCount(), config.batchSize());
    long totalSteps = (long) perEpoch * config.epochs();
    long warmup = Math.min(perEpoch, Math.max(1, totalSteps / 10));
    List<Double> epochSeconds = new ArrayList<>();
    double trainSeconds = 0;
    long trainImages = 0;
    Evaluation last = null;
    try (Network net = new Network(config.spec(), config.threads());
        TrainingLog log = TrainingLog.open(config.logdir(), out)) {
      int firstEpoch = 0;
      long step = 0;
      if (config.resume()) {
        Checkpoint cp = Checkpoint.read(config.checkpoint());
        if (!cp.resumeKey().equals(config.resumeKey())) {
          throw new IOException("checkpoint " + config.checkpoint() + " belongs to a different run (" + cp.resumeKey()
              + "); resume with the same options or train without --resume");
        }
        net.setState(cp.state());
        firstEpoch = cp.epochsDone();
        step = cp.step();
        out.printf(Locale.ROOT, "resuming after epoch %d of %d (step %d) from %s%n", firstEpoch, config.epochs(), step,
            config.checkpoint());
      } else {
        net.initialize(config.seed());
      }
      out.printf(Locale.ROOT, "training %s (%d parameters) on %d images, %d epochs of %d batches of %d, %d threads, seed %d%n",
          config.spec(), config.spec().parameterCount(), data.trainCount(), config.epochs(), perEpoch,
          config.batchSize(), config.threads(), config.seed());
      out.printf(Locale.ROOT, "augmentation: %s%n", config.augment().spec());
      if (firstEpoch >= config.epochs()) {
        last = evaluate(net, data);
      }
      ReinkedPool reinked = null;
      int poolSize = config.augment().poolSize(data.trainCount());
      if (poolSize > 0 && firstEpoch < config.epochs()) {
        long p0 = System.nanoTime();
        reinked = ReinkPoolBuilder.build(data.trainImages(), data.trainLabels(), poolSize, config.augment().fat(), config.seed(),
            config.threads());
        out.printf(Locale.ROOT, "re-inked %d training digits (%.0f %% with a fat brush) in %.1f s (%.2f ms each)%n",
            poolSize, 100 * config.augment().fat(),
            (System.nanoTime() - p0) / 1e9, (System.nanoTime() - p0) / 1e6 / poolSize);
      }
      ReinkedPool negatives = null;
      int negativeCount = config.augment().negativePoolSize(trainN);
      if (negativeCount > 0 && firstEpoch < config.epochs()) {
        long p0 = System.nanoTime();
        negatives = NegativePool.build(data.trainImages(), data.trainLabels(), 0, trainN, negativeCount, config.seed(),
            config.threads());
        out.printf(Locale.ROOT, "drew %d negatives of the training families in %.1f s%n", negativeCount,
            (System.nanoTime() - p0) / 1e9);
      }
      try (BatchPipeline pipeline = new BatchPipeline(data, config.batchSize(), config.spec().hidden(),
          config.keepProbability(), config.augment(), reinked, negatives, config.seed(), firstEpoch, config.epochs())) {
        for (int epoch = firstEpoch; epoch < config.epochs(); epoch++) {
          long t0 = System.nanoTime();
          log.startEpoch();
          double lossSum = 0;
          long correct = 0;
          long seen = 0;
          for (int b = 0; b < perEpoch; b++) {
            BatchPipeline.Batch batch = pipeline.take();
            if (batch == null || batch.epoch != epoch || batch.index != b) {
              throw new IllegalStateException("batch pipeline out of order at epoch " + epoch + " batch " + b);
            }
            float lr = learningRate(config.learningRate(), step, totalSteps, warmup);
            Network.StepResult r = net.train(batch.images, batch.labels, batch.keep, batch.size, lr, step + 1);
            step++;
            log.step(step, r.loss(), r.correct(), batch.size, lr, b == perEpoch - 1);
            seen += batch.size;
            lossSum += r.loss() * batch.size;
            correct += r.correct();
            pipeline.recycle(batch);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            progress.update(epoch + 1, config.epochs(), seen, (long) perEpoch * config.batchSize(), seen / elapsed,
                lossSum / seen, correct / (double) seen);
          }
          double epochTrain = (System.nanoTime() - t0) / 1e9;
          trainSeconds += epochTrain;
          trainImages += seen;
          last = evaluate(net, data);
          double epochTotal = (System.nanoTime() - t0) / 1e9;
          epochSeconds.add(epochTotal);
          progress.finishEpoch();
          log.epoch(epoch + 1, step, lossSum / seen, correct / (double) seen, last.accuracy(), epochTotal);
          out.printf(Locale.ROOT,
              "epoch %2d/%d  loss %.4f  train acc %6.2f %%  test acc %6.2f %%  %5.1f s  %5.0f img/s%n",
              epoch + 1, config.epochs(), lossSum / seen, 100.0 * correct / seen, 100 * last.accuracy(), epochTotal,
              seen / epochTrain);
          new Checkpoint(config.resumeKey(), epoch + 1, step, trainSeconds, net.state(false)).write(config.checkpoint());
          if (epoch + 1 - firstEpoch >= stopAfterEpochs && epoch + 1 < config.epochs()) {
            throw new InterruptedException("stopped after epoch " + (epoch + 1));
          }
        }
      }
      double ips = trainSeconds > 0 ? trainImages / trainSeconds : 0;
      String calibration = heldBack > 0 ? calibrate(net, limited, trainN, heldBack) : "";
      if (heldBack > 0) {
        // The checkpoint holds the fitted temperature too, so it describes the exported model.
        new Checkpoint(config.resumeKey(), config.epochs(), step, trainSeconds, net.state(false)).write(config.checkpoint());
      }
      Evaluation evaluation = last;
      double wallBeforeExport = (System.nanoTime() - provenance.startNanos()) / 1e9;
      double trained = trainSeconds;
      Map<String, float[]> state = net.state(true);
      long p0 = System.nanoTime();
      Map<String, byte[]> pictures = pictures(net, data, state.get(NetworkDefinition.TEMPERATURE)[0], log.epochs());
      out.printf(Locale.ROOT, "pictures %s drawn in %.1f s (%d KB)%n", String.join(", ", pictures.keySet()),
          (System.nanoTime() - p0) / 1e9, pictures.values().stream().mapToInt(b -> b.length).sum() / 1024);
      ModelExporter.exportFiles(config.spec(), state, config.outDir(), size -> {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("MODEL.md", (ModelCard.text(config, provenance, evaluation, wallBeforeExport, trained, ips,
            epochSeconds, size, data.trainCount()) + calibration + ModelCard.figures()).getBytes(StandardCharsets.UTF_8));
        files.putAll(pictures);
        return files;
      });
      long bytes = ModelExporter.sizeOf(config.outDir());
      double wall = (System.nanoTime() - provenance.startNanos()) / 1e9;
      // The card was written inside the export; put the final wall time in it (atomic replace).
      Path card = config.outDir().resolve("MODEL.md");
      long savedModelBytes = bytes - Files.size(card);
      for (byte[] png : pictures.values()) {
        savedModelBytes -= png.length;
      }
      AtomicFile.write(card, (ModelCard.text(config, provenance, evaluation, wall, trainSeconds, ips, epochSeconds,
          savedModelBytes, data.trainCount()) + calibration + ModelCard.figures()).getBytes(StandardCharsets.UTF_8));
      return new Result(evaluation, wall, trainSeconds, ips, epochSeconds, savedModelBytes,
          config.outDir().toAbsolutePath().normalize(), epochSeconds.size());
    }
  }

  /**
   * Fits the temperature on the held-back training digits drawn with the mouse-like brush, sets it
   * in the network, prints and returns a MODEL.md section with the figures.
   */
  private String calibrate(Network net, MnistData all, int from, int count) throws InterruptedException {
    long t0 = System.nanoTime();
    DrawnSet set = DrawnSet.draw(all.trainImages(), all.trainLabels(), from, from + count, count, config.seed(),
        config.threads());
    float[] logits = new float[count * NetworkSpec.LOGITS];
    int chunk = 500;
    for (int start = 0; start < count; start += chunk) {
      int m = Math.min(chunk, count - start);
      float[] part = net.logits(Arrays.copyOfRange(set.images(), start * MnistData.PIXELS, (start + m) * MnistData.PIXELS), m);
      System.arraycopy(part, 0, logits, start * NetworkSpec.LOGITS, part.length);
    }
    float t = Calibration.fitTemperature(logits, NetworkSpec.LOGITS, set.labels());
    double before = Calibration.expectedCalibrationError(
        Calibration.probabilities(logits, NetworkSpec.LOGITS, count, 1f), set.labels());
    double after = Calibration.expectedCalibrationError(
        Calibration.probabilities(logits, NetworkSpec.LOGITS, count, t), set.labels());
    net.setTemperature(t);
    String line = String.format(Locale.ROOT,
        "calibration: temperature %.3f fitted on %d drawn held-back training digits; ECE %.2f %% -> %.2f %% (%.1f s)",
        t, count, 100 * before, 100 * after, (System.nanoTime() - t0) / 1e9);
    out.println(line);
    return String.format(Locale.ROOT, "%n## Calibration%n%nTemperature %.3f, fitted on %d held-back MNIST training digits "
        + "(not trained on) drawn with the mouse-like brush and read through the recipe; expected calibration error "
        + "(%d bins) on them %.2f %% before, %.2f %% after. The temperature is baked into `%s`.%n",
        t, count, Calibration.ECE_BINS, 100 * before, 100 * after, ModelContract.OUTPUT);
  }

  /**
   * {@code training.png} from this run's epochs, and the evaluation's plots of the calibrated
   * network on the test set (the digit probabilities the exported model gives).
   */
  private static Map<String, byte[]> pictures(Network net, MnistData data, float temperature,
      List<TrainingPlot.Epoch> epochs) {
    float[] probabilities = new float[data.testCount() * ModelContract.CLASSES];
    forTestBatches(data, (buf, start, m) -> {
      float[] p = Calibration.probabilities(net.logits(buf, m), NetworkSpec.LOGITS, m, temperature);
      System.arraycopy(p, 0, probabilities, start * ModelContract.CLASSES, p.length);
    });
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(TrainingPlot.NAME, TrainingPlot.png(epochs));
    files.putAll(Plots.evaluation(Readings.of(data.testImages(), data.testLabels(), probabilities),
        "MNIST test set"));
    return files;
  }

  /** Test-set evaluation with the network's inference branch (digits only), in batches of 500. */
  static Evaluation evaluate(Network net, MnistData data) {
    int[] predicted = new int[data.testCount()];
    forTestBatches(data, (buf, start, m) -> {
      float[] scores = net.predict(buf, m);
      int width = ModelContract.CLASSES + 2;
      for (int i = 0; i < m; i++) {
        int best = 0;
        for (int k = 1; k < ModelContract.CLASSES; k++) {
          if (scores[i * width + k] > scores[i * width + best]) {
            best = k;
          }
        }
        predicted[start + i] = best;
      }
    });
    return Evaluation.of(predicted, data.testLabels());
  }

  /** What is done with one batch of test images: {@code m} images from {@code start}, in [0,1]. */
  @FunctionalInterface
  private interface TestBatch {
    void accept(float[] images, int start, int m);
  }

  /** The test set in batches of 500, each scaled to [0,1] into one reused buffer. */
  private static void forTestBatches(MnistData data, TestBatch batch) {
    int n = data.testCount();
    int chunk = 500;
    float[] buf = new float[chunk * MnistData.PIXELS];
    for (int start = 0; start < n; start += chunk) {
      int m = Math.min(chunk, n - start);
      for (int i = 0; i < m * MnistData.PIXELS; i++) {
        buf[i] = (data.testImages()[start * MnistData.PIXELS + i] & 0xff) / 255f;
      }
      batch.accept(buf, start, m);
    }
  }
}
