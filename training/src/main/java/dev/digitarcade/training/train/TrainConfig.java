package dev.digitarcade.training.train;

import dev.digitarcade.training.data.AugmentConfig;
import dev.digitarcade.training.model.NetworkSpec;
import java.nio.file.Path;

/**
 * Everything a training run depends on.
 *
 * @param trainLimit use only the first N training images (0 = all)
 * @param testLimit evaluate on only the first N test images (0 = all)
 */
public record TrainConfig(Path outDir, Path checkpoint, int epochs, int batchSize, long seed, int threads,
    boolean resume, AugmentConfig augment, NetworkSpec spec, float learningRate, float keepProbability,
    int trainLimit, int testLimit) {

  public static final int DEFAULT_EPOCHS = 15;
  public static final int DEFAULT_BATCH = 128;
  public static final long DEFAULT_SEED = 20261124L;
  public static final float DEFAULT_LR = 2e-3f;
  public static final float DEFAULT_KEEP = 0.75f;

  public TrainConfig {
    if (epochs < 1) {
      throw new IllegalArgumentException("--epochs " + epochs + " (expected at least 1)");
    }
    if (batchSize < 1 || batchSize > 4096) {
      throw new IllegalArgumentException("--batch-size " + batchSize + " (expected 1 to 4096)");
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads " + threads + " (expected 1 to 256)");
    }
    if (!(learningRate > 0 && learningRate < 1)) {
      throw new IllegalArgumentException("learning rate " + learningRate + " (expected 0 to 1)");
    }
    if (!(keepProbability > 0 && keepProbability <= 1)) {
      throw new IllegalArgumentException("dropout keep probability " + keepProbability + " (expected (0, 1])");
    }
  }

  /** What must match for a checkpoint to be resumed (everything that changes the model). */
  public String resumeKey() {
    return "spec=" + spec + ";epochs=" + epochs + ";batch=" + batchSize + ";seed=" + seed + ";augment=" + augment.spec()
        + ";lr=" + learningRate + ";keep=" + keepProbability + ";trainLimit=" + trainLimit;
  }
}
