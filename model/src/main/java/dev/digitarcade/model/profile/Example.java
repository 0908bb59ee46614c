package dev.digitarcade.model.profile;

import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.segment.Stroke;
import java.util.Arrays;
import java.util.List;

/**
 * One drawing the player taught: what digit it is, the 28x28 recipe input the model was given for
 * it, and, when it was drawn in the app, the strokes (with their times) and the canvas they were
 * drawn on.
 *
 * @param id a name unique within its profile (letters, digits, '-' and '_'; the store's file name)
 * @param digit 0-9
 * @param input 784 intensities in [0,1] (owned by this record; do not modify)
 * @param strokes the strokes in canvas pixels, in drawing order; empty when not known (an image file)
 * @param canvas the side of the square canvas the strokes were drawn on, 0 when not known
 * @param createdMillis when it was taught (epoch milliseconds)
 */
public record Example(String id, int digit, float[] input, List<Stroke> strokes, int canvas, long createdMillis) {

  public Example {
    if (id == null || !id.matches("[A-Za-z0-9_-]{1,80}")) {
      throw new IllegalArgumentException("example id must be 1-80 letters, digits, '-' or '_', got " + id);
    }
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("digit must be 0-9, got " + digit);
    }
    if (input == null || input.length != MnistInput.SIZE) {
      throw new IllegalArgumentException("need " + MnistInput.SIZE + " input values");
    }
    for (float v : input) {
      if (!(v >= 0f && v <= 1f)) {
        throw new IllegalArgumentException("input values must be in [0, 1], got " + v);
      }
    }
    strokes = strokes == null ? List.of() : List.copyOf(strokes);
    if (canvas < 0) {
      throw new IllegalArgumentException("canvas must be 0 (unknown) or positive, got " + canvas);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Example e && e.id.equals(id) && e.digit == digit && Arrays.equals(e.input, input)
        && e.strokes.equals(strokes) && e.canvas == canvas && e.createdMillis == createdMillis;
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + digit;
  }

  @Override
  public String toString() {
    return "Example[" + id + ", digit " + digit + ", " + strokes.size() + " strokes]";
  }
}
