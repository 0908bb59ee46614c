package dev.digitarcade.model.install;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where this installation keeps what it ships (the model, the fonts): the one rule every module
 * uses. The assets directory is found from the location of the program's own code, never from
 * the working directory: a file that happens to lie where the user runs the program is never
 * loaded unless the user names it.
 *
 * <p>Starting at the directory that holds the code (the jar's directory, or a classes directory
 * in a build), this and up to {@value #LEVELS} parent directories are tried, in that order, for an
 * {@code assets} directory carrying the marker file {@value #MARKER}. That covers a checkout
 * ({@code game/target/digit-arcade.jar}, {@code game/target/lib/model.jar},
 * {@code model/target/classes}: the assets are at the repository root) and an installed package
 * (the assets beside the jar or one level up).
 */
public final class Installation {
  /** The file that marks a directory named {@code assets} as this program's. */
  public static final String MARKER = "README.md";

  /** How many parent directories of the code's directory are tried. */
  static final int LEVELS = 3;

  private final List<Path> candidates;

  private Installation(List<Path> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** The installation that holds {@code anchor}'s code. */
  public static Installation of(Class<?> anchor) {
    return fromCode(codeLocation(anchor).orElse(null));
  }

  /** The installation whose code is at {@code code} (a jar file or a classes directory); null for none. */
  static Installation fromCode(Path code) {
    List<Path> out = new ArrayList<>();
    if (code != null) {
      Path dir = Files.isDirectory(code) ? code : code.getParent();
      for (int i = 0; i <= LEVELS && dir != null; i++, dir = dir.getParent()) {
        out.add(dir.resolve("assets"));
      }
    }
    return new Installation(out);
  }

  /** The installation of this program (the code of the shared model module). */
  public static Installation current() {
    return of(Installation.class);
  }

  /** The shipped assets directory, if this installation has one. */
  public Optional<Path> assets() {
    return candidates.stream().filter(d -> Files.isRegularFile(d.resolve(MARKER))).findFirst();
  }

  /**
   * A path inside the assets directory, such as {@code model}. Without an assets directory it
   * is the first place looked in, so that a message naming it tells the user where the program
   * expected it.
   */
  public Path resolve(String relative) {
    return assets().orElse(candidates.isEmpty() ? Path.of("assets").toAbsolutePath() : candidates.get(0))
        .resolve(relative);
  }

  /** The directory that holds {@code assets/}: the installation's root (in a checkout, the repository). */
  public Path home() {
    return resolve("").getParent();
  }

  /** The directories tried for {@code assets}, in order (for messages). */
  public List<Path> searched() {
    return candidates;
  }

  private static Optional<Path> codeLocation(Class<?> anchor) {
    try {
      CodeSource source = anchor.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return Optional.empty();
      }
      return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
