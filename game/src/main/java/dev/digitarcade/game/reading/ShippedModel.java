package dev.digitarcade.game.reading;

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

  /** Loads the SavedModel in {@code dir} when the live reader starts, then warms the path up. */
  public static LiveReader.Loader loader(Path dir) {
    return () -> {
      DigitModel model = open(dir);
      warmUp(model, WARM_UP_READINGS);
      return model;
    };
  }

  /** Enough readings for the JIT to compile the recipe's loops (about 0.2 s at load). */
  static final int WARM_UP_READINGS = 120;

  /**
   * Reads synthetic drawings, so the first drawings a player makes are not read by
   * interpreted code: without this, readings in the first seconds of a session are several
   * times slower than later ones.
   */
  static void warmUp(DigitModel model, int readings) {
    int side = 560;
    byte[] canvas = new byte[side * side];
    MnistRecipe recipe = new MnistRecipe();
    for (int i = 0; i < readings; i++) {
      // Rings of changing size, place and width: every branch of the recipe gets work.
      java.util.Arrays.fill(canvas, (byte) 0);
      double r = 40 + (i * 37) % 200;
      double w = 4 + (i * 13) % 40;
      int cx = side / 2 + (i * 53) % 160 - 80;
      int cy = side / 2 + (i * 29) % 160 - 80;
      for (int y = Math.max(0, (int) (cy - r - w)); y < Math.min(side, cy + r + w); y++) {
        for (int x = Math.max(0, (int) (cx - r - w)); x < Math.min(side, cx + r + w); x++) {
          double d = Math.abs(Math.hypot(x - cx, (y - cy) * 1.4) - r);
          if (d < w / 2) {
            canvas[y * side + x] = (byte) 255;
          }
        }
      }
      recipe.apply(canvas, side, side).ifPresent(in -> model.predict(in.pixels()));
    }
  }

  /** The recipe: the model's 784 inputs, or null for an empty canvas. */
  public static LiveReader.Recipe recipe() {
    MnistRecipe recipe = new MnistRecipe();
    return (gray, w, h) -> recipe.apply(gray, w, h).map(MnistInput::pixels).orElse(null);
  }
}
