package dev.digitarcade.engine.input;

import dev.digitarcade.engine.EngineException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes events as JSON lines to a temporary file beside the target and moves it into place on
 * {@link #close()}, so a recording is either complete or absent.
 */
public final class InputRecorder implements AutoCloseable {
  private final InputRecording format = new InputRecording();
  private final Path target;
  private final Path temp;
  private BufferedWriter out;

  public InputRecorder(Path target, int width, int height) {
    this.target = target.toAbsolutePath();
    try {
      Path dir = this.target.getParent();
      Files.createDirectories(dir);
      this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".tmp");
      this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
      out.write(format.headerLine(width, height));
      out.write('\n');
    } catch (IOException e) {
      throw new EngineException("cannot write recording " + target + ": " + e.getMessage(), e);
    }
  }

  public void write(InputEvent event) {
    write(event, -1);
  }

  /** Writes one event with the tick (updates before the one receiving it); {@code tick < 0}: none. */
  public void write(InputEvent event, long tick) {
    if (out == null) {
      throw new IllegalStateException("recorder is closed");
    }
    try {
      out.write(format.toLine(event, tick));
      out.write('\n');
    } catch (IOException e) {
      throw new EngineException("cannot write recording " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (out == null) {
      return;
    }
    try {
      out.close();
      out = null;
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new EngineException("cannot write recording " + target + ": " + e.getMessage(), e);
    } finally {
      out = null;
    }
  }
}
