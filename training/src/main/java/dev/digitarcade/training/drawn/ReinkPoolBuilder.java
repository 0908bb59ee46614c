package dev.digitarcade.training.drawn;

import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.ReinkedPool;
import dev.digitarcade.training.data.Workers;
import java.util.SplittableRandom;

/**
 * Re-inks a seeded choice of training digits with {@link ReinkAugmenter}, on several threads.
 * Drawing {@code j} depends only on (seed, j), so the pool is the same whatever the thread count.
 */
public final class ReinkPoolBuilder {

  private ReinkPoolBuilder() {}

  /**
   * @param trainImages MNIST training images, 784 unsigned bytes each
   * @param count how many distinct training digits to re-ink (at most the number of images)
   * @param fat share of the drawings made with a fat brush, 1/4 to 1/2 of the digit's height (the
   *     rest with the benchmark's random brush and height)
   */
  public static ReinkedPool build(byte[] trainImages, byte[] trainLabels, int count, double fat, long seed,
      int threads)
      throws InterruptedException {
    int n = trainLabels.length;
    if (count < 0 || count > n) {
      throw new IllegalArgumentException("pool of " + count + " from " + n + " training images");
    }
    int[] chosen = choose(n, count, seed);
    float[] images = new float[count * MnistData.PIXELS];
    byte[] labels = new byte[count];
    int workers = Math.max(1, Math.min(threads, count));
    Workers.run(workers, "reink", "re-inking training digits", (first, stride) -> {
      ReinkAugmenter reink = new ReinkAugmenter();
      byte[] one = new byte[MnistData.PIXELS];
      for (int j = first; j < count; j += stride) {
        int idx = chosen[j];
        System.arraycopy(trainImages, idx * MnistData.PIXELS, one, 0, MnistData.PIXELS);
        SplittableRandom r = new SplittableRandom(mix(seed, j));
        float ratio = r.nextDouble() < fat ? (float) (0.25 + 0.25 * r.nextDouble()) : 0f;
        float[] px = reink.reink(one, ratio, r);
        System.arraycopy(px, 0, images, j * MnistData.PIXELS, MnistData.PIXELS);
        labels[j] = trainLabels[idx];
      }
    });
    return new ReinkedPool(images, labels);
  }

  /** The first {@code count} of a seeded shuffle of 0..n-1: distinct training indices. */
  static int[] choose(int n, int count, long seed) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom r = new SplittableRandom(mix(seed, -7));
    for (int i = 0; i < count; i++) {
      int j = i + r.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return java.util.Arrays.copyOf(perm, count);
  }

  private static long mix(long seed, long j) {
    long h = (seed ^ 0x2545F4914F6CDD1DL) * 0x9E3779B97F4A7C15L + j;
    h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 32);
  }
}
