package dev.digitarcade.training.insight;

/**
 * What a model read on a test set: per image its label, the digit it chose and that digit's
 * probability, with the images (28x28 bytes each, white ink on black) for pictures of mistakes.
 */
public record Readings(byte[] images, byte[] labels, int[] predicted, float[] confidence) {
  public static final int PIXELS = 28 * 28;

  public Readings {
    int n = labels.length;
    if (predicted.length != n || confidence.length != n || images.length < (long) n * PIXELS) {
      throw new IllegalArgumentException("readings of " + n + " labels with " + predicted.length + " predictions, "
          + confidence.length + " confidences and " + images.length / PIXELS + " images");
    }
  }

  /**
   * Readings from rows of ten probabilities: the chosen digit is the most probable (the first of
   * equals), its confidence that probability.
   */
  public static Readings of(byte[] images, byte[] labels, float[] probabilities) {
    int n = labels.length;
    int[] predicted = new int[n];
    float[] confidence = new float[n];
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int k = 1; k < 10; k++) {
        if (probabilities[i * 10 + k] > probabilities[i * 10 + best]) {
          best = k;
        }
      }
      predicted[i] = best;
      confidence[i] = probabilities[i * 10 + best];
    }
    return new Readings(images, labels, predicted, confidence);
  }

  public int count() {
    return labels.length;
  }

  /** {@code confusion[label][predicted]} counts. */
  public int[][] confusion() {
    int[][] c = new int[10][10];
    for (int i = 0; i < labels.length; i++) {
      c[labels[i]][predicted[i]]++;
    }
    return c;
  }
}
