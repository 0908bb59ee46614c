package dev.digitarcade.game.reading;

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
  Reading read(byte[] gray, int width, int height, long seq, long submittedNanos);

  /** As {@link #read(byte[], int, int, long, long)} for an image of ink intensities in [0,1] (image files). */
  Reading read(float[] ink, int width, int height, long seq, long submittedNanos);

  @Override
  void close();
}
