package dev.digitarcade.training.train;

import dev.digitarcade.training.data.AugmentConfig;
import dev.digitarcade.training.model.NetworkSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Everything a training run depends on. Out-of-range values are refused with one line naming
 * the command-line option.
 *
 * @param trainLimit use only the first N training images (0 = all)
 * @param testLimit evaluate on only the first N test images (0 = all)
 * @param logdir where TensorBoard event files go ({@code --logdir}), or null for none; it never
 *     changes the weights, so it is not part of {@link #resumeKey}
 */
public record TrainConfig(Path outDir, Path checkpoint, int epochs, int batchSize, long seed, int threads,
    boolean resume, AugmentConfig augment, NetworkSpec spec, float learningRate, float keepProbability,
    int trainLimit, int testLimit, Path logdir) {

  public static final int DEFAULT_EPOCHS = 20;
  public static final int DEFAULT_BATCH = 128;
  public static final long DEFAULT_SEED = 20261124L;
  public static final float DEFAULT_LR = 2e-3f;
  public static final float DEFAULT_KEEP = 0.75f;
  public static final int MAX_EPOCHS = 1000;
  public static final int MAX_BATCH = 4096;
  public static final int MAX_THREADS = 256;
  /** Adam's peak learning rate above this only diverges on this network. */
  public static final float MAX_LR = 0.1f;

  public TrainConfig {
    if (epochs < 1 || epochs > MAX_EPOCHS) {
      throw new IllegalArgumentException("--epochs " + epochs + " (expected 1 to " + MAX_EPOCHS + ")");
    }
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException("--batch-size " + batchSize + " (expected 1 to " + MAX_BATCH + ")");
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("--threads " + threads + " (expected 1 to " + MAX_THREADS + ")");
    }
    if (!(learningRate > 0 && learningRate <= MAX_LR)) {
      throw new IllegalArgumentException("--learning-rate " + learningRate + " (expected more than 0, at most " + MAX_LR
          + "; default " + DEFAULT_LR + ")");
    }
    if (!(keepProbability > 0 && keepProbability <= 1)) {
      throw new IllegalArgumentException("dropout keep probability " + keepProbability + " (expected (0, 1])");
    }
    if (trainLimit < 0) {
      throw new IllegalArgumentException("--train-limit " + trainLimit + " (expected at least 1)");
    }
    if (testLimit < 0) {
      throw new IllegalArgumentException("--test-limit " + testLimit + " (expected at least 1)");
    }
  }

  /** A run without TensorBoard event files. */
  public TrainConfig(Path outDir, Path checkpoint, int epochs, int batchSize, long seed, int threads, boolean resume,
      AugmentConfig augment, NetworkSpec spec, float learningRate, float keepProbability, int trainLimit,
      int testLimit) {
    this(outDir, checkpoint, epochs, batchSize, seed, threads, resume, augment, spec, learningRate, keepProbability,
        trainLimit, testLimit, null);
  }

  /** What must match for a checkpoint to be resumed (everything that changes the model). */
  public String resumeKey() {
    return "spec=" + spec + ";epochs=" + epochs + ";batch=" + batchSize + ";seed=" + seed + ";augment=" + augment.spec()
        + ";lr=" + learningRate + ";keep=" + keepProbability + ";trainLimit=" + trainLimit;
  }

  /**
   * The default checkpoint's file name for this run on {@code data} (where the training images
   * come from): {@code train-} and 16 hex digits of a SHA-256 of everything that changes the
   * weights, so runs with other options keep their own resume points.
   */
  public String checkpointName(String data) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((resumeKey() + ";data=" + data).getBytes(StandardCharsets.UTF_8));
      return "train-" + HexFormat.of().formatHex(h, 0, 8) + ".bin";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
