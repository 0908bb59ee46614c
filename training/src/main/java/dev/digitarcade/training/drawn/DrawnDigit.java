package dev.digitarcade.training.drawn;

/**
 * One generated drawing: a digit inked onto a square canvas the way a person would draw it with
 * the mouse (white round-brush strokes on black).
 *
 * @param source where the shape came from
 * @param origin what exactly: the MNIST test index or the font and style
 * @param label the digit drawn
 * @param canvas {@code size x size} intensities in [0,1], row 0 = top, white ink on black
 * @param size canvas side in pixels
 * @param inkHeight height of the ink, stroke included, in canvas pixels
 * @param brush brush diameter in canvas pixels
 * @param slant horizontal shear applied to the shape (x shift per pixel upwards)
 */
public record DrawnDigit(
    Source source, String origin, int label, float[] canvas, int size, float inkHeight, float brush, float slant) {

  /** Where a drawn digit's shape came from. */
  public enum Source {
    /** An MNIST test digit, re-inked along its centre line. */
    MNIST,
    /** A digit glyph of an installed font, re-inked along its centre line. */
    FONT,
    /** An MNIST digit as above, plus one or two stray clicks (brush dots) away from it. */
    SPECKLED,
    /** A font digit drawn as separate strokes that stop short of each other where they meet. */
    LIFTED,
    /** Not a finished digit: a letter, shape, scribble, mark, fragment or pair (label: a class above 9). */
    OTHER
  }

  /** Brush diameter over ink height: about 0.03 is hair-thin, 0.4 and more is a blob. */
  public float strokeRatio() {
    return brush / inkHeight;
  }
}
