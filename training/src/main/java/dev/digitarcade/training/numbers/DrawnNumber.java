package dev.digitarcade.training.numbers;

import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.segment.Stroke;
import java.util.List;

/**
 * A generated number as a player would draw it with the mouse: the canvas and the strokes, with
 * their timing, that made it.
 *
 * @param text the number drawn, e.g. "2026"
 * @param canvas {@code size x size} gray bytes, white ink on black, row 0 = top (owned; do not modify)
 * @param size canvas side in pixels
 * @param strokes every stroke in drawing order, timed
 * @param digits each digit: where it is and which strokes drew it, left to right
 * @param height the line's nominal digit height in pixels
 * @param radius the brush radius in pixels
 * @param slant the writing's slant (x shift per pixel upwards)
 * @param minGap the smallest clearance between neighbouring digits' ink, in pixels (0 for one digit)
 * @param corrected whether a correction stroke was drawn over an earlier digit at the end
 */
public record DrawnNumber(String text, byte[] canvas, int size, List<Stroke> strokes, List<Placed> digits,
    float height, float radius, float slant, float minGap, boolean corrected) {

  /**
   * One digit of the number.
   *
   * @param label the digit
   * @param box its ink's bounding box on the canvas
   * @param strokes indices of its strokes in {@link DrawnNumber#strokes()} (a correction included)
   * @param kind {@code font}, {@code mnist} or {@code template}
   * @param origin the font, MNIST index or template it was drawn from
   * @param lifted whether its strokes stop short of each other where they meet
   */
  public record Placed(int label, InkBox box, List<Integer> strokes, String kind, String origin, boolean lifted) {}

  public DrawnNumber {
    strokes = List.copyOf(strokes);
    digits = List.copyOf(digits);
  }
}
