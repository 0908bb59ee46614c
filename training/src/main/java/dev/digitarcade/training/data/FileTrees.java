package dev.digitarcade.training.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing scratch directories that atomic writes leave behind. */
public final class FileTrees {
  private FileTrees() {}

  /**
   * Deletes {@code dir} and everything in it, best effort: a leftover scratch directory is
   * harmless, and the next fetch or export removes it.
   */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Best effort, as documented.
    }
  }
}
