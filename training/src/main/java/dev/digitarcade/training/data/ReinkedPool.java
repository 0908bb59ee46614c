package dev.digitarcade.training.data;

/**
 * Training digits prepared once per run as the game would see them drawn with the mouse (see
 * {@code dev.digitarcade.training.drawn.ReinkAugmenter}): model inputs ready to use, with their
 * labels. {@link BatchPipeline} swaps them in for a share of the training images.
 *
 * @param images {@code count * 784} floats in [0,1]
 * @param labels {@code count} digits
 */
public record ReinkedPool(float[] images, byte[] labels) {

  public ReinkedPool {
    if (images.length != labels.length * MnistData.PIXELS) {
      throw new IllegalArgumentException(
          "pool of " + labels.length + " labels needs " + labels.length * MnistData.PIXELS + " pixels, got " + images.length);
    }
  }

  public int count() {
    return labels.length;
  }
}
