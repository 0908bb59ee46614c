package dev.digitarcade.engine.app;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.ui.Font;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@code assets/} directory. In order: the configured directory; the system property
 * {@code digitarcade.assets}; {@code <digitarcade.root>/assets}; {@code assets/} in the working
 * directory or any parent; {@code assets/} beside or above the engine's jar.
 */
public final class Assets {
  private Assets() {}

  /** The assets directory that holds the fonts, or an {@link EngineException} naming where it looked. */
  public static Path locate(Path configured) {
    Set<Path> candidates = new LinkedHashSet<>();
    if (configured != null) {
      candidates.add(configured.toAbsolutePath().normalize());
    } else {
      String assets = System.getProperty("digitarcade.assets");
      if (assets != null && !assets.isBlank()) {
        candidates.add(Paths.get(assets).toAbsolutePath().normalize());
      }
      String root = System.getProperty("digitarcade.root");
      if (root != null && !root.isBlank()) {
        candidates.add(Paths.get(root, "assets").toAbsolutePath().normalize());
      }
      addParents(candidates, Paths.get("").toAbsolutePath());
      Path jar = codeLocation();
      if (jar != null) {
        addParents(candidates, jar);
      }
    }
    String font = Font.REGULAR.file;
    for (Path dir : candidates) {
      if (Files.isRegularFile(dir.resolve("fonts").resolve(font))) {
        return dir;
      }
    }
    List<String> looked = new ArrayList<>();
    for (Path p : candidates) {
      looked.add(p.toString());
      if (looked.size() == 4) {
        break;
      }
    }
    throw new EngineException(
        "font not found: fonts/" + font + " in any assets directory (looked in "
            + String.join(", ", looked) + (candidates.size() > 4 ? ", ..." : "")
            + "); run from the repository root or set the assets directory");
  }

  private static void addParents(Set<Path> out, Path start) {
    Path p = start.normalize();
    for (int i = 0; p != null && i < 6; i++, p = p.getParent()) {
      out.add(p.resolve("assets"));
    }
  }

  private static Path codeLocation() {
    try {
      var source = Assets.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Paths.get(source.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
