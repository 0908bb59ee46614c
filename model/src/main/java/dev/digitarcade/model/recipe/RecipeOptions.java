package dev.digitarcade.model.recipe;

/**
 * The knobs of the {@link MnistRecipe}. {@link #defaults()} is what the game, the {@code predict}
 * command and the benchmark use; the other settings exist so the drawn-digit benchmark can
 * measure what each step is worth.
 *
 * @param inkThreshold a pixel is ink when its intensity (0 = background, 1 = full ink) is above
 *     this; below it a pixel is treated as background noise
 * @param removeSpecks drop small ink components that lie away from the main ink
 * @param normaliseStroke thicken hair-thin strokes and thin blobs before downscaling
 * @param minStroke20 the thinnest stroke, measured in the 20 px box, left alone
 * @param maxStroke20 the thickest stroke, measured in the 20 px box, left alone
 */
public record RecipeOptions(
    float inkThreshold,
    boolean removeSpecks,
    boolean normaliseStroke,
    float minStroke20,
    float maxStroke20) {

  public RecipeOptions {
    if (!(inkThreshold >= 0f && inkThreshold < 1f)) {
      throw new IllegalArgumentException("inkThreshold must be in [0,1), got " + inkThreshold);
    }
    if (!(minStroke20 > 0f && maxStroke20 >= minStroke20 && maxStroke20 < 10f)) {
      throw new IllegalArgumentException(
          "need 0 < minStroke20 <= maxStroke20 < 10, got " + minStroke20 + ", " + maxStroke20);
    }
  }

  /** The settings the drawn-digit benchmark chose (see the package documentation). */
  public static RecipeOptions defaults() {
    return new RecipeOptions(0.1f, true, true, 1.8f, 3.0f);
  }

  /** The textbook recipe only: threshold, crop, scale to 20 px, centre of mass. */
  public static RecipeOptions basic() {
    return new RecipeOptions(0.1f, false, false, 1.8f, 3.0f);
  }

  public RecipeOptions withRemoveSpecks(boolean on) {
    return new RecipeOptions(inkThreshold, on, normaliseStroke, minStroke20, maxStroke20);
  }

  public RecipeOptions withNormaliseStroke(boolean on) {
    return new RecipeOptions(inkThreshold, removeSpecks, on, minStroke20, maxStroke20);
  }

  public RecipeOptions withStrokeRange(float min20, float max20) {
    return new RecipeOptions(inkThreshold, removeSpecks, normaliseStroke, min20, max20);
  }
}
