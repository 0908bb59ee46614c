package dev.digitarcade.training.calibration;

import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.training.data.Workers;
import dev.digitarcade.training.drawn.ReinkAugmenter;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Digits drawn with the mouse-like brush and read through the MNIST recipe, from a range of MNIST
 * images the network was not trained on (the held-back end of the training set): what the
 * temperature is fitted on and the reading thresholds are chosen on.
 *
 * @param images {@code labels.length * 784} model inputs
 */
public record DrawnSet(float[] images, int[] labels) {

  public int count() {
    return labels.length;
  }

  /** {@code count} drawings of images {@code from..to-1} (drawing j depends only on seed and j). */
  public static DrawnSet draw(byte[] mnistImages, byte[] mnistLabels, int from, int to, int count, long seed) {
    DrawnSet set = new DrawnSet(new float[count * MnistInput.SIZE], new int[count]);
    set.drawEvery(mnistImages, mnistLabels, from, to, seed, 0, 1);
    return set;
  }

  /** As above, on {@code threads} threads: the same drawings whatever the thread count. */
  public static DrawnSet draw(byte[] mnistImages, byte[] mnistLabels, int from, int to, int count, long seed,
      int threads) throws InterruptedException {
    DrawnSet set = new DrawnSet(new float[count * MnistInput.SIZE], new int[count]);
    Workers.run(Math.max(1, Math.min(threads, count)), "drawn-set", "drawing the held-back digits",
        (first, stride) -> set.drawEvery(mnistImages, mnistLabels, from, to, seed, first, stride));
    return set;
  }

  /** Draws drawings {@code first}, {@code first + stride}, ... into this set. */
  private void drawEvery(byte[] mnistImages, byte[] mnistLabels, int from, int to, long seed, int first, int stride) {
    ReinkAugmenter reink = new ReinkAugmenter();
    int count = count();
    for (int j = first; j < count; j += stride) {
      SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + j * 0x632BE59BD9B4E019L + 5);
      int i = from + (to - from == count ? j : r.nextInt(to - from));
      byte[] one = Arrays.copyOfRange(mnistImages, i * MnistInput.SIZE, (i + 1) * MnistInput.SIZE);
      System.arraycopy(reink.reink(one, r), 0, images, j * MnistInput.SIZE, MnistInput.SIZE);
      labels[j] = mnistLabels[i];
    }
  }
}
