package dev.digitarcade.game.reading;

import dev.digitarcade.model.segment.Stroke;
import java.util.List;
import java.util.Optional;

/**
 * The boundary between the screens and the reading of drawings: screens hand over snapshots of
 * their canvas and take the newest {@link Reading}; reading happens elsewhere (off the render
 * thread in {@link LiveReader}) and never blocks the caller, except in {@link #await}.
 */
public interface DigitReader extends AutoCloseable {

  /** Where the model is. */
  sealed interface Status {
    record Loading() implements Status { }

    record Ready(long loadNanos) implements Status { }

    record Failed(String message) implements Status { }
  }

  /** A reading that could not be made: the submission's sequence number and what went wrong. */
  record Failure(long seq, String message) { }

  Status status();

  default boolean isReady() {
    return status() instanceof Status.Ready;
  }

  /** An array for the next snapshot, reused when one of the right size is free. */
  byte[] buffer(int size);

  /**
   * Hands over a snapshot (the caller must not modify {@code gray} afterwards); replaces a
   * snapshot still waiting.
   *
   * @param changedNanos when the canvas changed ({@link System#nanoTime}), for the latency
   * @return the submission's sequence number, which its reading carries; numbers grow across
   *     all canvases, so a screen can tell its readings from older ones
   */
  default long submit(byte[] gray, int width, int height, long changedNanos) {
    return submit(gray, width, height, List.of(), changedNanos);
  }

  /**
   * As {@link #submit(byte[], int, int, long)} with the ink strokes that made the drawing (they
   * tell which ink belongs to which digit of a number; empty: the pixels alone).
   */
  long submit(byte[] gray, int width, int height, List<Stroke> strokes, long changedNanos);

  /** The newest finished reading, or null before the first. Never blocks. */
  Reading latest();

  /** The newest reading that failed, or null. */
  Failure lastFailure();

  /**
   * Waits until submission {@code seq} (or a newer one) has been read, for replays, tests and
   * benchmarks that want every frame's reading.
   *
   * @return the reading, or null on time-out, when that reading failed or the model did not load
   */
  Reading await(long seq, long timeoutMillis) throws InterruptedException;

  /** Waits until the model has loaded or failed to, at most {@code timeoutMillis}; returns the status. */
  Status awaitLoaded(long timeoutMillis) throws InterruptedException;

  /**
   * What explains the readings ("why"), once the model has loaded and when it has a saliency
   * output; empty while loading, after a failure and for a model without one.
   */
  default Optional<Explainer> explainer() {
    return Optional.empty();
  }

  @Override
  void close();
}
