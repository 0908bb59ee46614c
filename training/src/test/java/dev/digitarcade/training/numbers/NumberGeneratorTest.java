package dev.digitarcade.training.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.segment.Stroke;
import dev.digitarcade.model.segment.StrokeRaster;
import dev.digitarcade.training.drawn.DrawnDigitGenerator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberGeneratorTest {

  static final int N = NumberGenerator.CANVAS;

  /** Twenty fake MNIST digits, labelled 0-9 twice: a thick upright bar each. */
  static byte[][] fakeMnist() {
    byte[] images = new byte[20 * 784];
    byte[] labels = new byte[20];
    for (int i = 0; i < 20; i++) {
      labels[i] = (byte) (i % 10);
      for (int y = 4; y < 24; y++) {
        for (int x = 12; x < 16; x++) {
          images[i * 784 + y * 28 + x] = (byte) 255;
        }
      }
    }
    return new byte[][] {images, labels};
  }

  static NumberGenerator generator() {
    byte[][] m = fakeMnist();
    return new NumberGenerator(new DrawnDigitGenerator(280, DrawnDigitGenerator.installedFontFamilies()), m[0], m[1],
        NumberGenerator.Split.TUNE);
  }

  /** Font digits and multi-stroke templates only (no MNIST). */
  static final NumberGenerator.Spec FONTS = new NumberGenerator.Spec(3, 0.3f, 1f, 0.3f);

  @Test
  void theSameSeedAndIndexDrawTheSameNumber() {
    NumberGenerator g = generator();
    DrawnNumber a = g.number(5, 3, FONTS);
    g.number(5, 4, FONTS);
    DrawnNumber b = generator().number(5, 3, FONTS);
    assertThat(b.text()).isEqualTo(a.text());
    assertThat(b.canvas()).isEqualTo(a.canvas());
    assertThat(b.strokes()).isEqualTo(a.strokes());
    assertThat(g.number(5, 4, FONTS).canvas()).isNotEqualTo(a.canvas());
  }

  @Test
  void theCanvasIsItsStrokesPaintedAndTheStrokesAreTimedInOrder() {
    NumberGenerator g = generator();
    for (int i = 0; i < 10; i++) {
      DrawnNumber d = g.number(7, i, new NumberGenerator.Spec(2 + i % 3, 0.3f, 0.5f, 0.3f));
      assertThat(d.text()).hasSize(2 + i % 3);
      byte[] painted = new byte[N * N];
      StrokeRaster.paint(painted, N, N, d.strokes());
      assertThat(painted).isEqualTo(d.canvas());
      double last = -1;
      for (Stroke s : d.strokes()) {
        assertThat(s.startTime()).isGreaterThan(last);
        for (int p = 1; p < s.points().size(); p++) {
          assertThat(s.points().get(p).t()).isGreaterThanOrEqualTo(s.points().get(p - 1).t());
          // 120 samples a second at a hand's speed: never more than 15 px apart.
          assertThat(Math.hypot(s.points().get(p).x() - s.points().get(p - 1).x(),
              s.points().get(p).y() - s.points().get(p - 1).y())).isLessThanOrEqualTo(15.0);
        }
        last = s.endTime();
      }
      int expected = 0;
      for (DrawnNumber.Placed p : d.digits()) {
        for (int s : p.strokes()) {
          assertThat(s).isEqualTo(expected++);
        }
      }
    }
  }

  @Test
  void digitsGoLeftToRightAndNeverTouchUnlessAsked() {
    NumberGenerator g = generator();
    int touching = 0;
    for (int i = 0; i < 12; i++) {
      DrawnNumber apart = g.number(9, i, FONTS.withDigits(4));
      assertThat(touches(apart)).as("number %d", i).isFalse();
      assertThat(apart.minGap()).isGreaterThanOrEqualTo(3f);
      for (int k = 1; k < 4; k++) {
        assertThat(apart.digits().get(k).box().x() + apart.digits().get(k).box().width() / 2)
            .isGreaterThan(apart.digits().get(k - 1).box().x() + apart.digits().get(k - 1).box().width() / 2);
      }
      touching += touches(g.number(9, i, new NumberGenerator.Spec(2, 0.3f, 1f, 0.3f, false, true))) ? 1 : 0;
    }
    assertThat(touching).isGreaterThanOrEqualTo(8);
  }

  /** Whether the ink of two neighbouring digits meets (painted apart, 8-neighbours). */
  static boolean touches(DrawnNumber d) {
    int[] owner = new int[N * N];
    for (int k = 0; k < d.digits().size(); k++) {
      byte[] c = new byte[N * N];
      for (int s : d.digits().get(k).strokes()) {
        StrokeRaster.paint(c, N, N, d.strokes().get(s));
      }
      for (int p = 0; p < c.length; p++) {
        if ((c[p] & 0xff) > 25) {
          if (owner[p] != 0) {
            return true;
          }
          owner[p] = k + 1;
        }
      }
    }
    for (int y = 1; y < N - 1; y++) {
      for (int x = 1; x < N - 1; x++) {
        int o = owner[y * N + x];
        for (int q = 0; o != 0 && q < 9; q++) {
          int n = owner[(y + q / 3 - 1) * N + x + q % 3 - 1];
          if (n != 0 && n != o) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Test
  void aCorrectionIsTheLastStrokeDrawnLaterOverAnEarlierDigit() {
    NumberGenerator g = generator();
    for (int i = 0; i < 6; i++) {
      DrawnNumber d = g.number(11, i, new NumberGenerator.Spec(3, 0.3f, 1f, 0.3f, true, false));
      assertThat(d.corrected()).isTrue();
      int last = d.strokes().size() - 1;
      assertThat(d.digits().get(2).strokes()).doesNotContain(last);
      assertThat(d.digits().stream().filter(p -> p.strokes().contains(last)).count()).isEqualTo(1);
      assertThat(d.strokes().get(last).startTime() - d.strokes().get(last - 1).endTime()).isGreaterThanOrEqualTo(0.8);
    }
  }

  @Test
  void templatesAreDrawnInSeveralStrokesAndLiftedOnesLeaveAGap() {
    NumberGenerator g = generator();
    NumberGenerator.Spec lifted = new NumberGenerator.Spec(1, 1f, 1f, 1f);
    for (int digit : new int[] {1, 4, 5, 7}) {
      for (int k = 0; k < 4; k++) {
        DrawnNumber d = g.number(new int[] {digit}, lifted, new SplittableRandom(digit * 10L + k));
        DrawnNumber.Placed p = d.digits().get(0);
        assertThat(p.kind()).isEqualTo("template");
        assertThat(p.strokes()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(p.lifted()).isTrue();
      }
    }
    // A lifted 5: its hat does not touch the stem.
    DrawnNumber five = g.number(new int[] {5}, lifted, new SplittableRandom(3));
    byte[] body = new byte[N * N];
    byte[] hat = new byte[N * N];
    List<Stroke> s = five.strokes();
    boolean hatFirst = five.digits().get(0).origin().contains("reversed");
    StrokeRaster.paint(body, N, N, s.get(hatFirst ? 1 : 0));
    StrokeRaster.paint(hat, N, N, s.get(hatFirst ? 0 : 1));
    for (int p = 0; p < body.length; p++) {
      assertThat((body[p] & 0xff) > 25 && (hat[p] & 0xff) > 25).isFalse();
    }
  }

  @Test
  void mnistDigitsComeFromTheSplitsHalf() {
    NumberGenerator g = generator();
    NumberGenerator.Spec mnist = new NumberGenerator.Spec(2, 0f, 0f, 0f);
    for (int i = 0; i < 8; i++) {
      for (DrawnNumber.Placed p : g.number(13, i, mnist).digits()) {
        assertThat(p.kind()).isEqualTo("mnist");
        assertThat(Integer.parseInt(p.origin().substring(p.origin().indexOf('#') + 1))).isLessThan(10);
      }
    }
  }

  @Test
  void theTestSplitHoldsOutSerifLightAndMathFaces() {
    List<String> families = List.of("DejaVu Math TeX Gyre", "DejaVu Sans", "DejaVu Sans Light", "DejaVu Sans Mono",
        "DejaVu Serif");
    assertThat(NumberGenerator.fontsOf(families, NumberGenerator.Split.TUNE)).containsExactly("DejaVu Sans",
        "DejaVu Sans Mono");
    assertThat(NumberGenerator.fontsOf(families, NumberGenerator.Split.TEST)).containsExactly("DejaVu Math TeX Gyre",
        "DejaVu Sans Light", "DejaVu Serif");
    assertThat(NumberGenerator.fontsOf(List.of("A", "B", "C"), NumberGenerator.Split.TEST)).containsExactly("B");
  }
}
