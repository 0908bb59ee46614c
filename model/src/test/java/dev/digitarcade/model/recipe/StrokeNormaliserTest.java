package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StrokeNormaliserTest {

  private static final int W = 280;
  private static final float THR = Paint.THRESHOLD;
  private static final RecipeOptions OPTIONS = RecipeOptions.defaults();

  /** Width at 20 px after moving the edges of a stroke {@code w} wide in ink {@code l} long. */
  private static float at20(float w, int l, float adjust) {
    return (w + 2 * adjust) * MnistRecipe.BOX / (l + 2 * adjust);
  }

  @Test
  void strokesInMnistsRangeAreLeftAlone() {
    // 20 px wide in 200 px: 2 px at 20 px, inside 1.8-3.0.
    assertThat(StrokeNormaliser.adjustment(20f, 200, OPTIONS)).isZero();
    assertThat(StrokeNormaliser.adjustment(29f, 200, OPTIONS)).isZero();
  }

  @Test
  void thinStrokesAreThickenedAndFatOnesThinnedOntoTheRange() {
    float thicken = StrokeNormaliser.adjustment(4f, 200, OPTIONS);
    assertThat(thicken).isPositive();
    assertThat(at20(4f, 200, thicken)).isCloseTo(OPTIONS.minStroke20(), within(1e-4f));
    float thin = StrokeNormaliser.adjustment(60f, 200, OPTIONS);
    assertThat(thin).isNegative();
    assertThat(at20(60f, 200, thin)).isCloseTo(OPTIONS.maxStroke20(), within(1e-4f));
  }

  @Test
  void changesAreCappedAndTinyOnesSkipped() {
    // A blob as wide as it is long cannot be thinned below a 2 px stroke.
    assertThat(StrokeNormaliser.adjustment(100f, 100, OPTIONS)).isEqualTo(-49f);
    // A hair line asked to reach 9 px at 20 px grows by at most a quarter of its length.
    RecipeOptions fat = OPTIONS.withStrokeRange(9f, 9.5f);
    assertThat(StrokeNormaliser.adjustment(1f, 100, fat)).isEqualTo(25f);
    // Just under the range: the change would be under a quarter pixel.
    assertThat(StrokeNormaliser.adjustment(1.75f, 20, OPTIONS)).isZero();
  }

  private record Setup(Ink ink, Specks specks, InkBox kept, float width) {}

  private static Setup setup(float[] img) {
    Ink ink = Paint.ink(img, W, W);
    StrokeWidth strokeWidth = new StrokeWidth();
    Specks specks = new Specks(strokeWidth);
    InkBox kept = specks.keep(ink, THR, true);
    return new Setup(ink, specks, kept, strokeWidth.measure(ink, specks, kept, THR));
  }

  /** The ink above the threshold, as the crop copies it. */
  private static float inkAbove(float[] img) {
    float s = 0;
    for (float v : img) {
      s += v > THR ? Math.min(1f, v) : 0f;
    }
    return s;
  }

  private static float inkIn(StrokeNormaliser.Crop crop) {
    InkBox w = crop.window();
    float s = 0;
    for (int y = w.y(); y < w.y() + w.height(); y++) {
      for (int x = w.x(); x < w.x() + w.width(); x++) {
        s += crop.pixels()[y * crop.stride() + x];
      }
    }
    return s;
  }

  @Test
  void unchangedInkIsCopiedWithAOnePixelMargin() {
    float[] img = new float[W * W];
    Paint.line(img, W, 50, 60, 110, 140, 7);
    Setup s = setup(img);
    StrokeNormaliser.Crop crop = new StrokeNormaliser().normalise(s.ink(), s.specks(), s.kept(),
        s.width(), 0f, THR);
    assertThat(crop.adjust()).isZero();
    assertThat(crop.window()).isEqualTo(new InkBox(1, 1, s.kept().width(), s.kept().height()));
    assertThat(crop.stride()).isEqualTo(s.kept().width() + 2);
    assertThat(inkIn(crop)).isCloseTo(inkAbove(img), within(0.1f));
  }

  @Test
  void droppedSpecksAreNotCopied() {
    float[] img = new float[W * W];
    Paint.line(img, W, 50, 60, 110, 140, 7);
    float clean = inkAbove(img);
    Paint.line(img, W, 250, 20, 250, 20, 5);
    Setup s = setup(img);
    StrokeNormaliser.Crop crop = new StrokeNormaliser().normalise(s.ink(), s.specks(), s.kept(),
        s.width(), 0f, THR);
    assertThat(inkIn(crop)).isCloseTo(clean, within(0.1f));
  }

  @Test
  void longInkIsReducedByAWholeFactorAndItsChangeReportedInFieldPixels() {
    float[] img = new float[W * W];
    Paint.line(img, W, 40, 20, 60, 260, 4); // about 245 px long: reduced by 2
    Setup s = setup(img);
    float adjust = StrokeNormaliser.adjustment(s.width(), s.kept().longSide(), OPTIONS);
    StrokeNormaliser.Crop crop = new StrokeNormaliser().normalise(s.ink(), s.specks(), s.kept(),
        s.width(), adjust, THR);
    assertThat(adjust).isPositive();
    assertThat(crop.adjust()).isEqualTo(adjust);
    // Half the height, plus the thickening (adjust / 2 crop pixels) at both ends.
    assertThat((float) crop.window().height())
        .isCloseTo(s.kept().height() / 2f + adjust, within(2f));
  }

  /** Ink in the crop's middle column: the width of a horizontal stroke. */
  private static float middleColumn(StrokeNormaliser.Crop crop) {
    int x = crop.window().x() + crop.window().width() / 2;
    float s = 0;
    for (int i = x; i < crop.pixels().length; i += crop.stride()) {
      s += crop.pixels()[i];
    }
    return s;
  }

  @Test
  void dilationThickensAndErosionThinsByAboutTheAdjustment() {
    // Each edge moves by the adjustment and up to a pixel more: the solid mask that the
    // distance transform starts from ends between pixel centres.
    float[] thin = new float[W * W];
    Paint.line(thin, W, 40, 140, 160, 140, 3);
    Setup t = setup(thin);
    StrokeNormaliser normaliser = new StrokeNormaliser();
    StrokeNormaliser.Crop unchanged = normaliser.normalise(t.ink(), t.specks(), t.kept(),
        t.width(), 0f, THR);
    assertThat(middleColumn(unchanged)).isCloseTo(3f, within(0.01f));
    StrokeNormaliser.Crop thick = normaliser.normalise(t.ink(), t.specks(), t.kept(), t.width(),
        2f, THR);
    assertThat(thick.adjust()).isEqualTo(2f);
    assertThat(middleColumn(thick)).isBetween(3f + 2 * 2f, 3f + 2 * 3f);
    assertThat(thick.window().height()).isBetween(t.kept().height() + 4, t.kept().height() + 6);

    float[] fat = new float[W * W];
    Paint.line(fat, W, 40, 140, 160, 140, 30);
    Setup f = setup(fat);
    StrokeNormaliser.Crop thinned = normaliser.normalise(f.ink(), f.specks(), f.kept(), f.width(),
        -5f, THR);
    assertThat(thinned.adjust()).isEqualTo(-5f);
    assertThat(middleColumn(thinned)).isBetween(30f - 2 * 6f, 30f - 2 * 5f);
  }

  @Test
  void aThinningThatWouldEraseEverythingFallsBackToNoChange() {
    float[] img = new float[W * W];
    Paint.line(img, W, 40, 140, 90, 140, 4);
    Setup s = setup(img);
    // Told the stroke is 200 px wide, the erosion cap allows far more than the stroke holds.
    StrokeNormaliser.Crop crop = new StrokeNormaliser().normalise(s.ink(), s.specks(), s.kept(),
        200f, -30f, THR);
    assertThat(crop.adjust()).isZero();
    assertThat(inkIn(crop)).isCloseTo(inkAbove(img), within(0.1f));
  }

  @Test
  void inkTooFaintAfterTheReductionShowsTheWholeCrop() {
    float[] img = new float[W * W];
    // A faint hair line 260 px long, one column at 0.15: its 2x2 means are under the threshold.
    Paint.line(img, W, 140.5f, 10, 140.5f, 270, 1f, 0.15f);
    Setup s = setup(img);
    StrokeNormaliser.Crop crop = new StrokeNormaliser().normalise(s.ink(), s.specks(), s.kept(),
        s.width(), 0f, THR);
    assertThat(s.kept().width()).isEqualTo(1);
    assertThat(crop.window()).isEqualTo(new InkBox(0, 0, 1 + 2, (s.kept().height() + 1) / 2 + 2));
  }
}
