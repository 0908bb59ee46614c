package dev.digitarcade.model;

/**
 * The one place that defines the SavedModel contract shared by training (which exports it) and
 * the game (which loads it): tag {@value #TAG}, signature {@value #SIGNATURE}, input {@value
 * #INPUT} float32 {@code [N,28,28,1]} in [0,1] (white ink on black, already normalised by the
 * MNIST recipe), output {@value #OUTPUT} float32 {@code [N,10]} softmax probabilities.
 */
public final class ModelContract {

  /** SavedModel tag set the model is exported and loaded with. */
  public static final String TAG = "serve";

  /** Signature key of the inference function. */
  public static final String SIGNATURE = "serving_default";

  /** Name of the single input of {@link #SIGNATURE}. */
  public static final String INPUT = "image";

  /** Name of the single output of {@link #SIGNATURE}. */
  public static final String OUTPUT = "probabilities";

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

  /** Where the shipped model lives, relative to the installation's assets directory (see Installation). */
  public static final String SHIPPED_MODEL = "model";

  private ModelContract() {}
}
