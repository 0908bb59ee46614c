package dev.digitarcade.model;

import java.util.List;

/**
 * The one place that defines the SavedModel contract shared by training (which exports it) and
 * the game (which loads it): tag {@value #TAG}, signature {@value #SIGNATURE}, input {@value
 * #INPUT} float32 {@code [N,28,28,1]} in [0,1] (white ink on black, already normalised by the
 * MNIST recipe), and three outputs: {@value #OUTPUT} float32 {@code [N,10]} calibrated digit
 * probabilities (a softmax over the digits alone, with the fitted temperature baked in: the
 * probability that the drawing is that digit, if it is a digit), {@value #NOT_DIGIT} float32
 * {@code [N,1]} the score that the drawing is not a digit at all (a letter, a shape, a scribble,
 * a mark, two digits), and {@value #FRAGMENT} float32 {@code [N,1]} the score that it is the start
 * of a digit still being drawn. How the three become a verdict is {@link ReadingRule}.
 *
 * <p>One further output is optional ({@link #OPTIONAL_OUTPUTS}): {@value #SALIENCY} float32
 * {@code [N,28,28,1]}, the gradient of the top digit's logit (the most likely of the ten digits)
 * with respect to the input image: positive where more ink would have pushed the reading further
 * towards that digit, negative where ink pulled it away. Models exported before it still load
 * (they have no "why" view); when present it is checked like the others.
 */
public final class ModelContract {

  /** SavedModel tag set the model is exported and loaded with. */
  public static final String TAG = "serve";

  /** Signature key of the inference function. */
  public static final String SIGNATURE = "serving_default";

  /** Name of the single input of {@link #SIGNATURE}. */
  public static final String INPUT = "image";

  /** Name of the digit-probabilities output of {@link #SIGNATURE}. */
  public static final String OUTPUT = "probabilities";

  /** Name of the not-a-digit score output of {@link #SIGNATURE}, {@code [N,1]} in [0,1]. */
  public static final String NOT_DIGIT = "not_digit";

  /** Name of the unfinished-digit (fragment) score output of {@link #SIGNATURE}, {@code [N,1]} in [0,1]. */
  public static final String FRAGMENT = "fragment";

  /**
   * Name of the optional saliency output of {@link #SIGNATURE}, {@code [N,28,28,1]}: the gradient
   * of the top digit's logit with respect to {@link #INPUT}.
   */
  public static final String SALIENCY = "saliency";

  /** Every output of {@link #SIGNATURE} a model must have, in this order. */
  public static final List<String> OUTPUTS = List.of(OUTPUT, NOT_DIGIT, FRAGMENT);

  /** Outputs of {@link #SIGNATURE} a model may have; checked when present. */
  public static final List<String> OPTIONAL_OUTPUTS = List.of(SALIENCY);

  /** Width and height of the input image in pixels. */
  public static final int IMAGE_SIZE = 28;

  /** Number of input pixels per image ({@code IMAGE_SIZE * IMAGE_SIZE}). */
  public static final int PIXELS = IMAGE_SIZE * IMAGE_SIZE;

  /** Channels of the input image (grayscale). */
  public static final int CHANNELS = 1;

  /** Number of output classes, the digits 0 to 9. */
  public static final int CLASSES = 10;

  /** Input shape with an unknown batch dimension: {@code [-1, 28, 28, 1]}. */
  public static long[] inputShape() {
    return new long[] {-1, IMAGE_SIZE, IMAGE_SIZE, CHANNELS};
  }

  /** Output shape with an unknown batch dimension: {@code [-1, 10]}. */
  public static long[] outputShape() {
    return new long[] {-1, CLASSES};
  }

  /** Shape of the {@link #NOT_DIGIT} and {@link #FRAGMENT} scores: {@code [-1, 1]}. */
  public static long[] scoreShape() {
    return new long[] {-1, 1};
  }

  /** The expected shape of output {@code name} (one of {@link #OUTPUTS} or {@link #OPTIONAL_OUTPUTS}). */
  public static long[] shapeOf(String name) {
    return switch (name) {
      case OUTPUT -> outputShape();
      case SALIENCY -> inputShape();
      default -> scoreShape();
    };
  }

  /** Where the shipped model lives, relative to the installation's assets directory (see Installation). */
  public static final String SHIPPED_MODEL = "model";

  private ModelContract() {}
}
