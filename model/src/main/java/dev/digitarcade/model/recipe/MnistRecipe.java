package dev.digitarcade.model.recipe;

import java.util.Optional;

/**
 * The MNIST recipe: turns a drawing of any size, anywhere on a canvas, into the 28x28 field the
 * model was trained on (docs/ARCHITECTURE.md, and the house style's MNIST recipe), the one implementation used by the game, the
 * {@code predict} command and the benchmarks. Five steps, each its own class:
 *
 * <ol>
 *   <li>Ink mask: pixels above {@link RecipeOptions#inkThreshold()}, and their bounding box. No
 *       ink: {@link Optional#empty()}, the caller shows "nothing drawn" and does not call the
 *       model. A canvas about k times 280 px is block-reduced by k first ({@link InkScan}).
 *   <li>Stray specks: small ink components lying away from the main ink are dropped; the crop is
 *       the bounding box of what remains ({@link Specks}).
 *   <li>Stroke width: estimated from ink area and perimeter ({@link StrokeWidth}); a stroke that
 *       would end up thinner or thicker than MNIST's in the 20 px box is thickened or thinned
 *       (distance transform) before the downscaling ({@link StrokeNormaliser}).
 *   <li>Area-resample the crop so its longer side is {@value #BOX} px, keeping the aspect ratio
 *       ({@link AreaResampler}).
 *   <li>Place it in 28x28 so its centre of mass sits at the centre, by a whole-pixel shift as
 *       MNIST did ({@link CentreOfMass}).
 * </ol>
 *
 * <p>Input images are row-major, row 0 at the top, white (high) ink on black (0) background.
 * An instance keeps the steps' scratch buffers between calls so the per-frame call allocates
 * little beyond its result; it is therefore <b>not thread-safe</b>: use one instance per thread.
 * What each step is worth is measured in docs/BENCHMARKS.md ("Drawn digits").
 */
public final class MnistRecipe {

  /** Longer side of the digit inside the 28x28 field. */
  public static final int BOX = 20;

  private final RecipeOptions options;
  private final InkScan inkScan = new InkScan();
  private final StrokeWidth strokeWidth = new StrokeWidth();
  private final Specks specks = new Specks(strokeWidth);
  private final StrokeNormaliser strokeNormaliser = new StrokeNormaliser();
  private final AreaResampler resampler = new AreaResampler();

  /** A recipe with {@link RecipeOptions#defaults()}. */
  public MnistRecipe() {
    this(RecipeOptions.defaults());
  }

  public MnistRecipe(RecipeOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    this.options = options;
  }

  public RecipeOptions options() {
    return options;
  }

  /**
   * Runs the recipe on unsigned 8-bit gray pixels (0 = background, 255 = full ink).
   *
   * @return the model input, or empty when nothing is drawn
   */
  public Optional<MnistInput> apply(byte[] image, int width, int height) {
    return apply(new GrayImage.Bytes(image, width, height));
  }

  /**
   * Runs the recipe on gray intensities in [0,1] (0 = background, 1 = full ink); values outside
   * are clamped.
   *
   * @return the model input, or empty when nothing is drawn
   */
  public Optional<MnistInput> apply(float[] image, int width, int height) {
    return apply(new GrayImage.Floats(image, width, height));
  }

  private Optional<MnistInput> apply(GrayImage image) {
    float thr = options.inkThreshold();
    // 1. Ink mask and its box, on the canvas or its block reduction (the "field").
    Ink ink = inkScan.scan(image, thr);
    if (ink == null) {
      return Optional.empty();
    }
    // 2. Stray specks dropped; the box of the kept ink is the crop.
    InkBox kept = specks.keep(ink, thr, options.removeSpecks());
    // 3. Stroke width, brought into MNIST's range.
    float width = strokeWidth.measure(ink, specks, kept, thr);
    float adjust = options.normaliseStroke()
        ? StrokeNormaliser.adjustment(width, kept.longSide(), options) : 0f;
    StrokeNormaliser.Crop crop = strokeNormaliser.normalise(ink, specks, kept, width, adjust, thr);
    // 4. Area resampling to a longer side of 20 px.
    AreaResampler.Resampled digit = resampler.resample(crop);
    // 5. Centre of mass to the centre of the 28x28 field.
    float[] pixels = CentreOfMass.place(digit);
    // Facts in the image's pixels.
    return Optional.of(new MnistInput(pixels, ink.toImage(kept), ink.fraction(),
        width * ink.scale(), crop.adjust() * ink.scale(), specks.dropped()));
  }
}
