package dev.digitarcade.engine.canvas;

/**
 * An ink stroke on a {@link BrushCanvas}, as drawn: the brush radius and, for each sample in
 * drawing order, its position in canvas pixels and the time it was drawn (seconds, on the clock
 * the caller gave; only differences mean anything). A snapshot: the arrays are its own.
 *
 * @param radius brush radius in canvas pixels
 * @param x sample columns
 * @param y sample rows (row 0 at the top)
 * @param t sample times in seconds
 */
public record DrawnStroke(float radius, float[] x, float[] y, double[] t) {

  public DrawnStroke {
    if (x.length != y.length || x.length != t.length || x.length == 0) {
      throw new IllegalArgumentException("a stroke needs as many x, y and t as samples, at least one");
    }
  }

  public int samples() {
    return x.length;
  }
}
