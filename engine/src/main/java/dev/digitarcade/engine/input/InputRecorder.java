package dev.digitarcade.engine.input;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.io.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes events as JSON lines and puts the recording in place on {@link #close()}.
 *
 * <p>The lines go to a hidden temporary beside the target (through a symbolic link: beside the
 * link's target), each written whole as it comes, and {@link #close()} renames it over the target:
 * a recording is there complete or not at all, and whatever stops the program (a signal, a full
 * disk) loses at most the line being written. A device or FIFO as target is written directly
 * (see {@link OutputFile}). When a write fails the recording so far (whole lines) is still put in
 * place by {@link #close()}.
 */
public final class InputRecorder implements AutoCloseable {
  private final InputRecording format = new InputRecording();
  private final Path target;
  private OutputFile out;

  public InputRecorder(Path target, int width, int height) {
    this.target = target;
    try {
      this.out = OutputFile.replace(target);
    } catch (IOException e) {
      throw failure(e);
    }
    try {
      line(format.headerLine(width, height));
    } catch (IOException e) {
      try {
        out.close();
      } catch (IOException ignored) {
        // The write's failure is the one to report.
      }
      out = null;
      throw failure(e);
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
      line(format.toLine(event, tick));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private void line(String json) throws IOException {
    out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private EngineException failure(IOException e) {
    return new EngineException("cannot write recording " + target + ": " + IoErrors.describe(e), e);
  }

  /** Puts the recording (every whole line written) in place. Idempotent. */
  @Override
  public void close() {
    if (out == null) {
      return;
    }
    OutputFile o = out;
    out = null;
    try {
      o.commit();
    } catch (IOException e) {
      throw failure(e);
    }
  }
}
