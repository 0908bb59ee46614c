package dev.digitarcade.game.live;

import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.nio.file.Path;

/** The shipped model and the MNIST recipe, in the shapes the game uses. */
public final class ShippedModel {
  private ShippedModel() {}

  /**
   * Loads the SavedModel in {@code dir}.
   *
   * @throws ModelLoadException with a one-line message (what the player or the user sees)
   */
  public static DigitModel open(Path dir) throws ModelLoadException {
    DigitClassifier c = DigitClassifier.load(dir);
    return new DigitModel() {
      @Override
      public float[] predict(float[] image784) {
        return c.predict(image784);
      }

      @Override
      public void close() {
        c.close();
      }
    };
  }

  /** Loads the SavedModel in {@code dir} when the live reader starts. */
  public static LiveReader.Loader loader(Path dir) {
    return () -> open(dir);
  }

  /** The recipe: the model's 784 inputs, or null for an empty canvas. */
  public static LiveReader.Recipe recipe() {
    MnistRecipe recipe = new MnistRecipe();
    return (gray, w, h) -> recipe.apply(gray, w, h).map(MnistInput::pixels).orElse(null);
  }
}
