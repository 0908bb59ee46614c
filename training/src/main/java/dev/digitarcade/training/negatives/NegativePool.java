package dev.digitarcade.training.negatives;

import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.training.data.ReinkedPool;
import dev.digitarcade.training.data.Workers;
import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The training side's negatives as the model sees them: drawings of the training families read
 * through the game's MNIST recipe, with their class ({@link Family#label()}), prepared once per
 * run on several threads. Drawing {@code j} depends only on (seed, j), whatever the thread count.
 */
public final class NegativePool {

  /** Share of each training family in the pool, in {@link #TRAINING} order. */
  static final double[] WEIGHTS = {0.15, 0.07, 0.05, 0.05, 0.05, 0.05, 0.28, 0.14, 0.10, 0.06};
  /** The training families, in {@link #WEIGHTS} order. */
  static final List<Family> TRAINING = List.of(Family.LETTERS_SANS, Family.SHAPES_A, Family.SCRIBBLE_WALK,
      Family.MARKS_A, Family.PAIRS_MNIST, Family.OVERLAP_MNIST, Family.FRAGMENTS_MNIST, Family.GENERIC_STROKES,
      Family.GENERIC_COMBOS, Family.GENERIC_MARKS);

  private NegativePool() {}

  /** The family of pool drawing {@code j}. */
  static Family familyOf(SplittableRandom r) {
    double u = r.nextDouble();
    for (int k = 0; k < WEIGHTS.length; k++) {
      u -= WEIGHTS[k];
      if (u < 0) {
        return TRAINING.get(k);
      }
    }
    return TRAINING.get(TRAINING.size() - 1);
  }

  /**
   * @param trainImages MNIST training images the digit families draw from
   * @param from first usable training image (the range {@code from..to} excludes held-back digits)
   * @return a pool (labels {@link dev.digitarcade.training.model.NetworkSpec#NOT_DIGIT} or {@code FRAGMENT})
   */
  public static ReinkedPool build(byte[] trainImages, byte[] trainLabels, int from, int to, int count, long seed,
      int threads) throws InterruptedException {
    float[] images = new float[count * MnistInput.SIZE];
    byte[] labels = new byte[count];
    int workers = Math.max(1, Math.min(threads, count));
    Workers.run(workers, "negatives", "drawing the training negatives", (first, stride) -> {
      NegativeGenerator gen = new NegativeGenerator(DrawnDigitGenerator.REFERENCE_CANVAS, trainImages, trainLabels,
          from, to);
      MnistRecipe recipe = new MnistRecipe();
      for (int j = first; j < count; j += stride) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + j * 0xD1B54A32D192ED03L + 17);
        Family f = familyOf(r);
        Optional<MnistInput> in = Optional.empty();
        for (int tries = 0; in.isEmpty() && tries < 5; tries++) {
          NegativeGenerator.Negative n = gen.make(f, r);
          in = recipe.apply(n.drawing().canvas(), n.drawing().size(), n.drawing().size());
        }
        float[] px = in.map(MnistInput::pixels).orElse(new float[MnistInput.SIZE]);
        System.arraycopy(px, 0, images, j * MnistInput.SIZE, MnistInput.SIZE);
        labels[j] = (byte) f.label();
      }
    });
    return new ReinkedPool(images, labels);
  }
}
