package dev.digitarcade.training.data;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The training side's one way to write a whole file: into a temporary file beside the target,
 * then a rename over it, so a reader sees the old file or the new one, never half of either; the
 * temporary is removed on any failure. (The engine and the game write through the engine's
 * {@code OutputFile}, which training cannot see.)
 */
public final class AtomicFile {
  /** Writes the temporary file. */
  @FunctionalInterface
  public interface Writer {
    void write(Path temporary) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code target} with {@code writer}; its directory must exist. */
  public static void write(Path target, Writer writer) throws IOException {
    Path abs = target.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
    try {
      writer.write(tmp);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code bytes} to {@code target}. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, tmp -> Files.write(tmp, bytes));
  }
}
