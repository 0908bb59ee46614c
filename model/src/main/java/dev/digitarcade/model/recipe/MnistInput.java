package dev.digitarcade.model.recipe;

import java.util.Arrays;

/**
 * What the recipe made from one drawing: exactly the 784 values the model receives (and the
 * player sees as the 28x28 view), plus facts about the ink.
 *
 * @param pixels 28x28 row-major intensities in [0,1], white ink on black, row 0 = top; the
 *     array is owned by this record, do not modify it
 * @param inkBox the ink's bounding box in the source image, after stray specks were dropped
 * @param inkFraction ink pixels (above the threshold) over all pixels of the source image
 * @param strokeWidth estimated stroke width of the drawing, in source pixels
 * @param strokeAdjust how far each stroke edge was moved before downscaling, in source pixels:
 *     positive = thickened, negative = thinned, 0 = left alone
 * @param specksRemoved how many small stray ink components were ignored
 */
public record MnistInput(
    float[] pixels,
    InkBox inkBox,
    float inkFraction,
    float strokeWidth,
    float strokeAdjust,
    int specksRemoved) {

  /** Side of the model's input field. */
  public static final int SIDE = 28;

  /** Number of model inputs. */
  public static final int SIZE = SIDE * SIDE;

  public MnistInput {
    if (pixels.length != SIZE) {
      throw new IllegalArgumentException("need " + SIZE + " pixels, got " + pixels.length);
    }
  }

  /** Intensity at column {@code x}, row {@code y} of the 28x28 field. */
  public float at(int x, int y) {
    return pixels[y * SIDE + x];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MnistInput m
        && Arrays.equals(pixels, m.pixels)
        && inkBox.equals(m.inkBox)
        && Float.compare(inkFraction, m.inkFraction) == 0
        && Float.compare(strokeWidth, m.strokeWidth) == 0
        && Float.compare(strokeAdjust, m.strokeAdjust) == 0
        && specksRemoved == m.specksRemoved;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(pixels) + inkBox.hashCode();
  }

  @Override
  public String toString() {
    return "MnistInput[inkBox=" + inkBox + ", inkFraction=" + inkFraction
        + ", strokeWidth=" + strokeWidth + ", strokeAdjust=" + strokeAdjust
        + ", specksRemoved=" + specksRemoved + "]";
  }
}
