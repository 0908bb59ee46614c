package dev.digitarcade.game.app;

import dev.digitarcade.model.ModelContract;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the app looks for what it ships with (the model, the font) when not told. */
public final class AppPaths {
  private AppPaths() {
  }

  /**
   * Candidate locations of a shipped path such as {@code assets/model}: the working
   * directory, then beside the jar and up to three levels above it (the jar sits in
   * {@code game/target/} of a checkout).
   */
  public static List<Path> candidates(String relative) {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("").toAbsolutePath().resolve(relative));
    jarDir().ifPresent(dir -> {
      Path d = dir;
      for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
        out.add(d.resolve(relative));
      }
    });
    return out;
  }

  /** The first existing candidate, or the working-directory one when none exists. */
  public static Path find(String relative) {
    List<Path> all = candidates(relative);
    return all.stream().filter(Files::exists).findFirst().orElse(all.get(0));
  }

  /** The shipped model directory. */
  public static Path defaultModel() {
    return find(ModelContract.DEFAULT_MODEL_DIR);
  }

  private static java.util.Optional<Path> jarDir() {
    try {
      var source = AppPaths.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return java.util.Optional.empty();
      }
      Path p = Path.of(source.getLocation().toURI());
      return java.util.Optional.ofNullable(p.getParent());
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
