package dev.digitarcade.game.reading;

import java.util.Arrays;

/**
 * What the model read from one state of the canvas.
 *
 * @param canvasVersion the canvas change counter the reading was made from
 * @param digit         the top guess, or {@link #NONE} when nothing is drawn
 * @param confidence    the top guess's probability (0 when nothing is drawn)
 * @param probabilities the ten class probabilities (all 0 when nothing is drawn)
 * @param modelInput    the 28x28 image the model saw, row-major in [0,1]; empty when nothing is drawn
 * @param latencyNanos  from the canvas being handed over to the probabilities being ready
 */
public record Prediction(long canvasVersion, int digit, float confidence, float[] probabilities,
             float[] modelInput, long latencyNanos) {

  public static final int NONE = -1;

  /** Below this the app says it is unsure rather than naming a digit with confidence. */
  public static final float SURE = 0.70f;

  public Prediction {
    probabilities = probabilities.clone();
    modelInput = modelInput.clone();
  }

  /** The reading of an empty canvas: nothing drawn, no model call. */
  public static Prediction nothingDrawn(long canvasVersion, long latencyNanos) {
    return new Prediction(canvasVersion, NONE, 0f, new float[10], new float[0], latencyNanos);
  }

  /** A reading from the model's probabilities. */
  public static Prediction of(long canvasVersion, float[] probabilities, float[] modelInput, long latencyNanos) {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return new Prediction(canvasVersion, best, probabilities[best], probabilities, modelInput, latencyNanos);
  }

  public boolean isEmpty() {
    return digit == NONE;
  }

  /** True when the top guess is confident enough to be announced as the answer. */
  public boolean isSure() {
    return !isEmpty() && confidence >= SURE;
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public float[] modelInput() {
    return modelInput.clone();
  }

  /** Probability of one digit without copying the array. */
  public float probability(int d) {
    return probabilities[d];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Prediction p && p.canvasVersion == canvasVersion && p.digit == digit
        && p.confidence == confidence && Arrays.equals(p.probabilities, probabilities)
        && Arrays.equals(p.modelInput, modelInput) && p.latencyNanos == latencyNanos;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(canvasVersion) * 31 + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return isEmpty() ? "Prediction[nothing drawn]"
        : String.format("Prediction[%d @ %.3f, v%d]", digit, confidence, canvasVersion);
  }
}
