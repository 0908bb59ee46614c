package dev.digitarcade.model.recipe;

/**
 * An axis-aligned box of ink in the source image's pixel coordinates (row 0 = top).
 *
 * @param x left column, inclusive
 * @param y top row, inclusive
 * @param width columns covered, at least 1
 * @param height rows covered, at least 1
 */
public record InkBox(int x, int y, int width, int height) {

  public InkBox {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "ink box must be at least 1x1, got " + width + "x" + height);
    }
  }

  /** The longer side, in source pixels. */
  public int longSide() {
    return Math.max(width, height);
  }
}
