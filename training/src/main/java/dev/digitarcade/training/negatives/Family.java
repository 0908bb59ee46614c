package dev.digitarcade.training.negatives;

import dev.digitarcade.training.model.NetworkSpec;

/**
 * A family of drawings that are not (yet) a digit. Training families feed the training pool (and,
 * with other seeds and held-back MNIST training digits, the validation the reading thresholds are
 * chosen on); held-out families come from other fonts, other generators or other data and are
 * only ever measured, never trained or tuned on.
 */
public enum Family {
  LETTERS_SANS("letters in the DejaVu Sans fonts", true, NetworkSpec.NOT_DIGIT),
  SHAPES_A("triangle, square, rectangle, star, hash, X, plus, arrow, heart, diamond, trapezoid, bow tie, cloud, crescent",
      true, NetworkSpec.NOT_DIGIT),
  SCRIBBLE_WALK("scribbles: a smooth random walk", true, NetworkSpec.NOT_DIGIT),
  MARKS_A("dabs, dot clusters, short slanted or flat dashes", true, NetworkSpec.NOT_DIGIT),
  PAIRS_MNIST("two MNIST training digits side by side", true, NetworkSpec.NOT_DIGIT),
  OVERLAP_MNIST("two MNIST training digits drawn over each other", true, NetworkSpec.NOT_DIGIT),
  FRAGMENTS_MNIST("MNIST training digits cut at 15-60 % of their path", true, NetworkSpec.FRAGMENT),
  GENERIC_STROKES("random polylines (3-8 vertices, most 3-5), polygons (3-5 corners), Bezier curves, arcs", true,
      NetworkSpec.NOT_DIGIT),
  GENERIC_COMBOS("random combinations of 2-4 lines, polylines, polygons, arcs, curves and dots", true,
      NetworkSpec.NOT_DIGIT),
  GENERIC_MARKS("tiny marks at many sizes: short polylines and arcs, dots or dashes along a random line or arc",
      true, NetworkSpec.NOT_DIGIT),

  LETTERS_SERIF("letters in the serif fonts (DejaVu Serif, Math TeX Gyre)", false, NetworkSpec.NOT_DIGIT),
  SHAPES_B("smiley, house, asterisk, check, lightning, envelope, spiral, wave", false, NetworkSpec.NOT_DIGIT),
  SCRIBBLE_COILS("scribbles: coils and zigzag hatching", false, NetworkSpec.NOT_DIGIT),
  MARKS_B("ticks, commas, dotted rows", false, NetworkSpec.NOT_DIGIT),
  PAIRS_FONT("two font digits side by side", false, NetworkSpec.NOT_DIGIT),
  HALF_DRAWN_FONT("font digits cut at 1/3 to 1/2 of their path", false, NetworkSpec.FRAGMENT),
  HALF_DRAWN_MNIST("MNIST test digits cut at 1/3 to 1/2 of their path", false, NetworkSpec.FRAGMENT);

  private final String description;
  private final boolean training;
  private final int label;

  Family(String description, boolean training, int label) {
    this.description = description;
    this.training = training;
    this.label = label;
  }

  public String description() {
    return description;
  }

  /** Whether the family is trained on (false: held out, measured only). */
  public boolean training() {
    return training;
  }

  /** The class the network is taught for it ({@link NetworkSpec#NOT_DIGIT} or {@link NetworkSpec#FRAGMENT}). */
  public int label() {
    return label;
  }

  /** Whether the drawings are unfinished digits (the digit being drawn is known). */
  public boolean halfDrawn() {
    return label == NetworkSpec.FRAGMENT;
  }

  /** Kebab-case name for reports, e.g. {@code letters-serif}. */
  public String title() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
