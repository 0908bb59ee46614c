package dev.digitarcade.training.drawn;

import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A training augmentation that matches what the game feeds the model: an MNIST training digit is
 * re-inked on a 280 px canvas by {@link DrawnDigitGenerator} (random size, place, brush, wobble)
 * and read back through the shipped {@link MnistRecipe}. The drawn-digit benchmark's remaining
 * errors are fat brushes on small digits (brush at least a quarter of the height), where the
 * recipe has to thin strokes whose loops the brush closed; training on this augmentation shows
 * the network exactly those inputs. Not thread-safe: one instance per thread.
 */
public final class ReinkAugmenter {

  private final DrawnDigitGenerator generator;
  private final MnistRecipe recipe = new MnistRecipe();

  public ReinkAugmenter() {
    this.generator = new DrawnDigitGenerator(DrawnDigitGenerator.REFERENCE_CANVAS, List.of());
  }

  /**
   * @param image 784 unsigned bytes, an MNIST digit (white on black)
   * @return the 784 model inputs the game would make from that digit drawn with the mouse
   */
  public float[] reink(byte[] image, SplittableRandom rnd) {
    return reink(image, 0f, rnd);
  }

  /**
   * As {@link #reink(byte[], SplittableRandom)} with the brush {@code brushRatio} times the digit's
   * height (0 to 0.5; 0: brush and height at random, as the benchmark draws them).
   */
  public float[] reink(byte[] image, float brushRatio, SplittableRandom rnd) {
    if (image.length != MnistInput.SIZE) {
      throw new IllegalArgumentException("need " + MnistInput.SIZE + " pixels, got " + image.length);
    }
    DrawnDigit d = generator.fromMnist(image, 0, "augment", brushRatio, rnd);
    return recipe.apply(d.canvas(), d.size(), d.size()).map(MnistInput::pixels)
        .orElseGet(() -> {
          float[] copy = new float[MnistInput.SIZE];
          for (int i = 0; i < copy.length; i++) {
            copy[i] = (image[i] & 0xff) / 255f;
          }
          return copy;
        });
  }
}
