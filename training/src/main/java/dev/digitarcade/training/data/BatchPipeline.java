package dev.digitarcade.training.data;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.training.model.NetworkSpec;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Produces shuffled, augmented training batches on a background thread so TensorFlow always has
 * the next batch ready. Batches reuse a small pool of buffers: take one, train on it, give it back
 * with {@link #recycle}.
 *
 * <p>Reproducible: the order of epoch {@code e} and every random choice for the image at
 * position {@code p} derive only from (seed, e, p), so the batches do not depend on thread timing
 * and a run resumed at an epoch boundary sees exactly what an uninterrupted run would.
 */
public final class BatchPipeline implements AutoCloseable {

  /** One batch: n images (n*784 floats), one-hot labels (n*12), dropout multipliers (n*hidden). */
  public static final class Batch {
    public final float[] images;
    public final float[] labels;
    public final float[] keep;
    public int size;
    public int epoch;
    public int index;
    final float[] scratch = new float[2 * MnistData.PIXELS];

    Batch(int batchSize, int hidden) {
      images = new float[batchSize * MnistData.PIXELS];
      labels = new float[batchSize * LABELS];
      keep = new float[batchSize * hidden];
    }
  }

  private static final Batch END = new Batch(0, 0);
  /** Width of a one-hot label: the digits, "not a digit" and "fragment" ({@link NetworkSpec#LOGITS}). */
  public static final int LABELS = NetworkSpec.LOGITS;

  private final MnistData data;
  private final int batchSize;
  private final int hidden;
  private final float keepProbability;
  private final Augmenter augmenter;
  private final ReinkedPool reinked;
  private final double reinkShare;
  private final ReinkedPool negatives;
  private final double negativeShare;
  private final float smooth;
  private final long seed;
  private final BlockingQueue<Batch> ready;
  private final BlockingQueue<Batch> free;
  private final Thread producer;
  private volatile Throwable failure;

  /**
   * Starts producing epochs {@code firstEpoch .. epochs-1} (0-based).
   *
   * @param keepProbability dropout keep probability for the dense layer
   */
  public BatchPipeline(MnistData data, int batchSize, int hidden, float keepProbability, AugmentConfig augment,
      long seed, int firstEpoch, int epochs) {
    this(data, batchSize, hidden, keepProbability, augment, null, seed, firstEpoch, epochs);
  }

  /**
   * As above, with re-inked drawings: when {@code reinked} is not null, each position is, with
   * probability {@code augment.reink()}, filled with a drawing picked from the pool (with its label)
   * instead of an augmented training image.
   */
  public BatchPipeline(MnistData data, int batchSize, int hidden, float keepProbability, AugmentConfig augment,
      ReinkedPool reinked, long seed, int firstEpoch, int epochs) {
    this(data, batchSize, hidden, keepProbability, augment, reinked, null, seed, firstEpoch, epochs);
  }

  /**
   * As above, with negatives: when {@code negatives} is not null, each position is first, with
   * probability {@code augment.negatives()}, filled with a drawing from that pool with its class
   * (not a digit, fragment).
   */
  public BatchPipeline(MnistData data, int batchSize, int hidden, float keepProbability, AugmentConfig augment,
      ReinkedPool reinked, ReinkedPool negatives, long seed, int firstEpoch, int epochs) {
    if (batchSize < 1 || batchSize > data.trainCount()) {
      throw new IllegalArgumentException("batch size " + batchSize + " (expected 1 to " + data.trainCount() + ")");
    }
    this.data = data;
    this.batchSize = batchSize;
    this.hidden = hidden;
    this.keepProbability = keepProbability;
    this.augmenter = new Augmenter(augment);
    this.reinked = reinked != null && reinked.count() > 0 && augment.reink() > 0 ? reinked : null;
    this.reinkShare = augment.reink();
    this.negatives = negatives != null && negatives.count() > 0 && augment.negatives() > 0 ? negatives : null;
    this.negativeShare = augment.negatives();
    this.smooth = (float) augment.smooth();
    this.seed = seed;
    int pool = 4;
    this.ready = new ArrayBlockingQueue<>(pool + 1);
    this.free = new ArrayBlockingQueue<>(pool);
    for (int i = 0; i < pool; i++) {
      free.add(new Batch(batchSize, hidden));
    }
    this.producer = new Thread(() -> produce(firstEpoch, epochs), "batch-producer");
    producer.setDaemon(true);
    producer.start();
  }

  /** Batches per epoch (the remainder of a shuffled epoch is dropped). */
  public static int batchesPerEpoch(int trainCount, int batchSize) {
    return trainCount / batchSize;
  }

  /** Shuffled order of the training set for {@code epoch}. */
  public static int[] order(long seed, int epoch, int n) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom r = new SplittableRandom(mix(seed, epoch, -1));
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return perm;
  }

  static long mix(long seed, long a, long b) {
    long h = seed * 0x9E3779B97F4A7C15L + a;
    h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + b;
    h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 32);
  }

  private void produce(int firstEpoch, int epochs) {
    try {
      int perEpoch = batchesPerEpoch(data.trainCount(), batchSize);
      for (int e = firstEpoch; e < epochs; e++) {
        int[] perm = order(seed, e, data.trainCount());
        for (int b = 0; b < perEpoch; b++) {
          Batch batch = free.take();
          fill(batch, perm, e, b);
          ready.put(batch);
        }
      }
    } catch (InterruptedException e) {
      return;
    } catch (Throwable t) {
      failure = t;
    }
    try {
      ready.put(END);
    } catch (InterruptedException ignored) {
      // closing
    }
  }

  private void fill(Batch batch, int[] perm, int epoch, int b) {
    batch.size = batchSize;
    batch.epoch = epoch;
    batch.index = b;
    java.util.Arrays.fill(batch.labels, 0f);
    for (int i = 0; i < batchSize; i++) {
      int pos = b * batchSize + i;
      int idx = perm[pos];
      SplittableRandom r = new SplittableRandom(mix(seed, epoch, pos));
      if (negatives != null) {
        // Drawn whether or not a pool is used below, so the rest of the stream does not depend on it.
        double u = r.nextDouble();
        int k = r.nextInt(negatives.count());
        if (u < negativeShare) {
          System.arraycopy(negatives.images(), k * MnistData.PIXELS, batch.images, i * MnistData.PIXELS,
              MnistData.PIXELS);
          batch.labels[i * LABELS + negatives.labels()[k]] = 1f;
          continue;
        }
      }
      if (reinked != null && r.nextDouble() < reinkShare) {
        int k = r.nextInt(reinked.count());
        System.arraycopy(reinked.images(), k * MnistData.PIXELS, batch.images, i * MnistData.PIXELS, MnistData.PIXELS);
        batch.labels[i * LABELS + reinked.labels()[k]] = 1f;
        continue;
      }
      augmenter.apply(data.trainImages(), idx, batch.images, i * MnistData.PIXELS, r, batch.scratch);
      batch.labels[i * LABELS + data.trainLabels()[idx]] = 1f;
    }
    if (smooth > 0) {
      // Among the digits only: a digit's target keeps 0 on "not a digit" and "fragment", a negative's stays one-hot.
      float floor = smooth / ModelContract.CLASSES;
      for (int i = 0; i < batchSize; i++) {
        int row = i * LABELS;
        if (batch.labels[row + NetworkSpec.NOT_DIGIT] == 0f && batch.labels[row + NetworkSpec.FRAGMENT] == 0f) {
          for (int c = 0; c < ModelContract.CLASSES; c++) {
            batch.labels[row + c] = batch.labels[row + c] * (1 - smooth) + floor;
          }
        }
      }
    }
    SplittableRandom dr = new SplittableRandom(mix(seed ^ 0x5DEECE66DL, epoch, b));
    float scale = 1f / keepProbability;
    for (int i = 0; i < batchSize * hidden; i++) {
      batch.keep[i] = dr.nextDouble() < keepProbability ? scale : 0f;
    }
  }

  /** The next batch in order, or null when all epochs are done. */
  public Batch take() throws InterruptedException {
    Batch b = ready.take();
    if (b == END) {
      ready.put(END);
      if (failure != null) {
        throw new IllegalStateException("batch producer failed: " + failure, failure);
      }
      return null;
    }
    return b;
  }

  /** Gives a batch's buffers back for reuse. */
  public void recycle(Batch b) {
    free.offer(b);
  }

  @Override
  public void close() {
    producer.interrupt();
    try {
      producer.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
