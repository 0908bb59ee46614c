package dev.digitarcade.training.drawn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawnDigitGeneratorTest {

  /** A hand-made MNIST-like "7" (white on black, 28x28 unsigned bytes). */
  static byte[] fakeMnistSeven() {
    byte[] img = new byte[784];
    for (int x = 7; x <= 20; x++) {
      for (int y = 5; y <= 7; y++) {
        img[y * 28 + x] = (byte) 255;
      }
    }
    for (int y = 8; y <= 23; y++) {
      int x = 20 - (y - 8) * 8 / 15;
      for (int dx = -1; dx <= 1; dx++) {
        img[y * 28 + x + dx] = (byte) 255;
      }
    }
    return img;
  }

  /** Bounding box of ink above 0.1: {x0, y0, x1, y1}, or null. */
  static int[] box(float[] c, int n) {
    int[] b = {n, n, -1, -1};
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (c[y * n + x] > 0.1f) {
          b[0] = Math.min(b[0], x);
          b[1] = Math.min(b[1], y);
          b[2] = Math.max(b[2], x);
          b[3] = Math.max(b[3], y);
        }
      }
    }
    return b[2] < 0 ? null : b;
  }

  /** Bilinear interpolation of an MNIST image at (fx, fy) in pixel units, zero outside. */
  private static float referenceBilinear(byte[] img, float fx, float fy) {
    int x0 = (int) Math.floor(fx);
    int y0 = (int) Math.floor(fy);
    float ax = fx - x0;
    float ay = fy - y0;
    return (1 - ay) * ((1 - ax) * px(img, x0, y0) + ax * px(img, x0 + 1, y0))
        + ay * ((1 - ax) * px(img, x0, y0 + 1) + ax * px(img, x0 + 1, y0 + 1));
  }

  private static float px(byte[] img, int x, int y) {
    return x < 0 || y < 0 || x >= 28 || y >= 28 ? 0f : (img[y * 28 + x] & 0xff) / 255f;
  }

  @Test
  void upscaledMaskIsTheBilinearUpscaleThresholdedAtHalf() {
    SplittableRandom r = new SplittableRandom(5);
    for (int t = 0; t < 30; t++) {
      byte[] img = t == 0 ? fakeMnistSeven() : new byte[784];
      for (int k = 0; t > 0 && k < 200; k++) {
        img[r.nextInt(784)] = (byte) r.nextInt(256);
      }
      boolean[] mask = DrawnDigitGenerator.upscaledMask(img);
      for (int y = 0; y < 112; y++) {
        for (int x = 0; x < 112; x++) {
          boolean expected = referenceBilinear(img, (x + 0.5f) / 4 - 0.5f, (y + 0.5f) / 4 - 0.5f) > 0.5f;
          assertThat(mask[y * 112 + x]).as("image %d at %d,%d", t, x, y).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void skeletonOfABarIsOneCentreLine() {
    boolean[] mask = new boolean[20 * 40];
    for (int y = 5; y < 35; y++) {
      for (int x = 8; x < 13; x++) {
        mask[y * 20 + x] = true;
      }
    }
    List<List<Point2D.Float>> strokes = Skeleton.strokes(mask, 20, 40);
    assertThat(strokes).hasSize(1);
    for (Point2D.Float p : strokes.get(0)) {
      assertThat(p.x).isCloseTo(10f, within(0.6f));
      assertThat(p.y).isBetween(5f, 35f);
    }
    assertThat(strokes.get(0).size()).isGreaterThan(20);
  }

  @Test
  void mnistDigitIsInkedAtTheDrawnSizeAndBrush() {
    DrawnDigitGenerator gen = new DrawnDigitGenerator(280, List.of("Dialog"));
    for (long seed = 1; seed <= 20; seed++) {
      DrawnDigit d = gen.fromMnist(fakeMnistSeven(), 7, "fake", new SplittableRandom(seed));
      assertThat(d.label()).isEqualTo(7);
      assertThat(d.brush()).isBetween(5f, 26f);
      assertThat(d.inkHeight()).isBetween(49f, 251f);
      assertThat(d.brush()).isLessThanOrEqualTo(d.inkHeight() / 2f + 0.01f);
      int[] b = box(d.canvas(), 280);
      assertThat(b).as("ink on the canvas").isNotNull();
      assertThat(b[0]).isGreaterThanOrEqualTo(0);
      assertThat(b[2]).isLessThan(280);
      assertThat((float) (b[3] - b[1] + 1)).as("ink height, seed %d", seed).isCloseTo(d.inkHeight(), within(3f));
      // A round brush of the drawn width: the middle of the top bar is fully inked.
      for (float v : d.canvas()) {
        assertThat(v).isBetween(0f, 1f);
      }
    }
  }

  @Test
  void sameSeedSameDrawing() {
    DrawnDigitGenerator gen = new DrawnDigitGenerator(280, List.of("Dialog"));
    DrawnDigit a = gen.fromMnist(fakeMnistSeven(), 7, "fake", new SplittableRandom(42));
    DrawnDigit b = gen.fromMnist(fakeMnistSeven(), 7, "fake", new SplittableRandom(42));
    DrawnDigit c = gen.fromMnist(fakeMnistSeven(), 7, "fake", new SplittableRandom(43));
    assertThat(b.canvas()).isEqualTo(a.canvas());
    assertThat(c.canvas()).isNotEqualTo(a.canvas());
  }

  @Test
  void fontDigitsAreDrawnForEveryDigit() {
    List<String> fonts = DrawnDigitGenerator.installedFontFamilies();
    assertThat(fonts).isNotEmpty();
    DrawnDigitGenerator gen = new DrawnDigitGenerator(280, fonts);
    float[][] canvases = new float[10][];
    for (int digit = 0; digit < 10; digit++) {
      DrawnDigit d = gen.fromFont(digit, fonts.get(0), false, new SplittableRandom(7));
      assertThat(d.source()).isEqualTo(DrawnDigit.Source.FONT);
      int[] b = box(d.canvas(), 280);
      assertThat(b).as("digit %d has ink", digit).isNotNull();
      assertThat((float) (b[3] - b[1] + 1)).isCloseTo(d.inkHeight(), within(4f));
      canvases[digit] = d.canvas();
    }
    // Same seed, so same size and place: the shapes themselves must differ.
    assertThat(canvases[1]).isNotEqualTo(canvases[7]);
    assertThat(canvases[6]).isNotEqualTo(canvases[9]);
  }

  @Test
  void strayClicksLandAwayFromTheDigit() {
    DrawnDigitGenerator gen = new DrawnDigitGenerator(280, List.of("Dialog"));
    SplittableRandom rnd = new SplittableRandom(5);
    DrawnDigit d = gen.fromMnist(fakeMnistSeven(), 7, "fake", rnd);
    while (d.inkHeight() > 120) {
      d = gen.fromMnist(fakeMnistSeven(), 7, "fake", rnd);
    }
    DrawnDigit s = gen.withStrayClicks(d, rnd);
    int[] b = box(d.canvas(), 280);
    float extra = 0;
    float inside = 0;
    for (int y = 0; y < 280; y++) {
      for (int x = 0; x < 280; x++) {
        float diff = s.canvas()[y * 280 + x] - d.canvas()[y * 280 + x];
        boolean inBox = x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
        if (inBox) {
          inside += Math.abs(diff);
        } else {
          extra += diff;
        }
      }
    }
    assertThat(s.source()).isEqualTo(DrawnDigit.Source.SPECKLED);
    assertThat(inside).isZero();
    assertThat(extra).as("a click's worth of ink outside the digit").isGreaterThan(0.5f * d.brush() * d.brush());
  }

  @Test
  void reinkAugmenterGivesRecipeInputsOfTheSameDigit() {
    ReinkAugmenter aug = new ReinkAugmenter();
    float[] a = aug.reink(fakeMnistSeven(), new SplittableRandom(3));
    float[] b = aug.reink(fakeMnistSeven(), new SplittableRandom(3));
    float[] c = aug.reink(fakeMnistSeven(), new SplittableRandom(4));
    assertThat(a).hasSize(784).containsExactly(b);
    assertThat(c).isNotEqualTo(a);
    // The digit sits in the middle of the field: almost no ink in the outer 3 px frame.
    float inside = 0;
    float frame = 0;
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        boolean outer = x < 3 || y < 3 || x > 24 || y > 24;
        if (outer) {
          frame += a[y * 28 + x];
        } else {
          inside += a[y * 28 + x];
        }
      }
    }
    assertThat(inside).isGreaterThan(40f);
    assertThat(frame).isLessThan(0.05f * inside);
  }
}
