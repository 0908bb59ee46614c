package dev.digitarcade.game.reading;

import dev.digitarcade.model.classify.Saliency;

/**
 * Why the model read what it read: the saliency of model inputs (the 28x28 images of a
 * reading's digits), from the model's optional saliency output. Safe to call from any thread;
 * each call runs the model once for all the inputs. Nothing calls it unless the "why" is shown.
 */
@FunctionalInterface
public interface Explainer {
  /**
   * @param inputs 28x28 model inputs as {@link DigitReading#modelInput} gives them
   * @return one saliency per input, in order
   * @throws IllegalStateException when the model has been closed
   */
  Saliency[] explain(float[][] inputs);
}
