package dev.digitarcade.engine.app;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.ui.Font;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code assets/} directory the engine takes its fonts from. The engine never searches for
 * one: the application tells it ({@link EngineConfig.Builder#assetsDir}; the game passes its
 * installation's), and the engine's own tools and tests name it with the system property
 * {@value #PROPERTY}. Nothing is looked up in the working directory.
 */
public final class Assets {
  /** System property naming the assets directory when the configuration does not. */
  public static final String PROPERTY = "digitarcade.assets";

  private Assets() {}

  /** The assets directory that holds the fonts, or an {@link EngineException} naming what was wrong. */
  public static Path locate(Path configured) {
    Path dir;
    if (configured != null) {
      dir = configured;
    } else {
      String named = System.getProperty(PROPERTY);
      if (named == null || named.isBlank()) {
        throw new EngineException("no assets directory given (set it in the engine configuration or with -D"
            + PROPERTY + "=DIR)");
      }
      dir = Path.of(named);
    }
    dir = dir.toAbsolutePath().normalize();
    String font = Font.REGULAR.file;
    if (!Files.isRegularFile(dir.resolve("fonts").resolve(font))) {
      throw new EngineException("font not found: fonts/" + font + " in " + dir + " (expected the assets directory"
          + " the program ships with)");
    }
    return dir;
  }
}
