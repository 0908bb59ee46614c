package dev.digitarcade.game.files;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.install.Installation;
import java.nio.file.Path;

/**
 * What the app ships with (the model, the fonts), found relative to its installation by the
 * one rule every module uses ({@link Installation}); never in the working directory.
 */
public final class AppPaths {
  private AppPaths() {
  }

  /** The shipped assets directory (or, when the installation has none, where it was expected). */
  public static Path assets() {
    return Installation.current().resolve("");
  }

  /** The shipped model directory. */
  public static Path defaultModel() {
    return Installation.current().resolve(ModelContract.SHIPPED_MODEL);
  }
}
