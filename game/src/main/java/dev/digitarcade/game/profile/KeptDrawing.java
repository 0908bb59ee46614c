package dev.digitarcade.game.profile;

import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.segment.Stroke;
import java.util.List;
import java.util.Optional;

/**
 * A finished drawing the app kept for the player ("Keep my drawings"): not an example, so it
 * never changes a reading; the player may teach from it.
 *
 * @param id its name in {@code drawings/kept/} (without {@code .json})
 * @param source where it was drawn: {@code free} or {@code challenge}
 * @param label the digits it shows, when known (a challenge round won, or a drawing the player
 *     taught); empty otherwise
 * @param target the challenge round's answer (won or not); empty in free draw
 * @param taught the id of the example the player taught from this drawing; empty when none
 * @param inputs the recipe input (784 values in [0,1]) of each digit the app read, left to right
 *     (owned by this record; do not modify); empty when it was not read
 * @param strokes the ink strokes in canvas pixels, timed in seconds
 * @param canvas the side of the square canvas
 * @param createdMillis when it was kept (epoch milliseconds)
 */
public record KeptDrawing(String id, String source, Optional<String> label, Optional<String> target,
                          Optional<String> taught, List<float[]> inputs, List<Stroke> strokes, int canvas,
                          long createdMillis) {

  public KeptDrawing {
    if (id == null || !id.matches("[A-Za-z0-9_-]{1,80}")) {
      throw new IllegalArgumentException("drawing id must be 1-80 letters, digits, '-' or '_', got " + id);
    }
    if (!"free".equals(source) && !"challenge".equals(source)) {
      throw new IllegalArgumentException("source must be free or challenge, got " + source);
    }
    if (label.isPresent() && !label.get().matches("[0-9]{1,12}")) {
      throw new IllegalArgumentException("a label is 1-12 digits, got " + label.get());
    }
    for (float[] in : inputs) {
      if (in.length != MnistInput.SIZE) {
        throw new IllegalArgumentException("an input holds " + MnistInput.SIZE + " values, got " + in.length);
      }
    }
    inputs = List.copyOf(inputs);
    strokes = List.copyOf(strokes);
  }

  /** The digit of a drawing labelled with one digit and read as one, else -1. */
  public int singleDigit() {
    return label.isPresent() && label.get().length() == 1 && inputs.size() == 1 ? label.get().charAt(0) - '0' : -1;
  }
}
