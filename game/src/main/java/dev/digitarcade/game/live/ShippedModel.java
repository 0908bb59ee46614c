package dev.digitarcade.game.live;

import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.nio.file.Path;

/** The real model and the MNIST recipe, in the shapes the {@link LiveReader} takes. */
public final class ShippedModel {
  private ShippedModel() {}

  /** Loads the SavedModel in {@code dir} (its load error's one-line message is what the player sees). */
  public static LiveReader.Loader loader(Path dir) {
    return () -> {
      DigitClassifier c = DigitClassifier.load(dir);
      return new LiveReader.Model() {
        @Override
        public float[] predict(float[] image784) {
          return c.predict(image784);
        }

        @Override
        public void close() {
          c.close();
        }
      };
    };
  }

  /** The recipe: the model's 784 inputs, or null for an empty canvas. */
  public static LiveReader.Recipe recipe() {
    MnistRecipe recipe = new MnistRecipe();
    return (gray, w, h) -> recipe.apply(gray, w, h).map(MnistInput::pixels).orElse(null);
  }
}
