package dev.digitarcade.game.predict;

/**
 * An image turned into ink intensities for the recipe: {@code width x height} values in [0,1],
 * row 0 = top, 1 = full ink, 0 = background, whatever the file's polarity was.
 *
 * @param darkInk whether the file had dark ink on a light background (it was inverted)
 * @param scaledDown whether a very large image was area-reduced first
 */
public record InkImage(float[] ink, int width, int height, boolean darkInk, boolean scaledDown) {}
