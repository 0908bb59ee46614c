package dev.digitarcade.game.reading;

import dev.digitarcade.model.segment.Stroke;
import java.util.List;
import java.util.Optional;

/**
 * Turns one drawing into a {@link Reading}, synchronously: the one path every reading takes
 * (the live game on its worker thread, {@code predict}, {@code bench}, tests). Not thread-safe:
 * one caller at a time.
 */
public interface ReadingPipeline extends AutoCloseable {
  /**
   * Reads a grayscale drawing.
   *
   * @param gray white ink on black, row 0 at the top, {@code width * height} values
   * @param seq the sequence number the reading carries
   * @param submittedNanos when the drawing was handed over ({@link System#nanoTime}), for the latency
   */
  default Reading read(byte[] gray, int width, int height, long seq, long submittedNanos) {
    return read(gray, width, height, List.of(), seq, submittedNanos);
  }

  /**
   * As {@link #read(byte[], int, int, long, long)} with the ink strokes that made the drawing, in
   * drawing order (they tell which ink belongs to which digit; empty: the pixels alone).
   */
  Reading read(byte[] gray, int width, int height, List<Stroke> strokes, long seq, long submittedNanos);

  /** As {@link #read(byte[], int, int, long, long)} for an image of ink intensities in [0,1] (image files). */
  Reading read(float[] ink, int width, int height, long seq, long submittedNanos);

  /** What explains this pipeline's readings, when its model has a saliency output (by default: none). */
  default Optional<Explainer> explainer() {
    return Optional.empty();
  }

  @Override
  void close();
}
