package dev.digitarcade.game.why;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.digitarcade.model.classify.Saliency;
import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import org.junit.jupiter.api.Test;

class HeatMapTest {

  private static final int SIDE = 560;

  /** An upright ellipse ring of half-axes rx, ry and stroke w, centred at (cx, cy), with a tail to its lower right. */
  private static byte[] drawing(int cx, int cy, int rx, int ry, int w) {
    byte[] g = new byte[SIDE * SIDE];
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        double d = Math.hypot((x - cx) / (double) rx, (y - cy) / (double) ry);
        boolean ring = Math.abs(d - 1) * Math.min(rx, ry) < w / 2.0;
        boolean tail = x > cx + rx / 2 && x < cx + rx / 2 + w && y > cy && y < cy + ry * 1.6;
        if (ring || tail) {
          g[y * SIDE + x] = (byte) 255;
        }
      }
    }
    return g;
  }

  /** The field's ink box, mapped back onto the drawing through {@link HeatMap#field}, matches the recipe's ink box. */
  @Test
  void theFieldLiesOverTheInkItWasMadeFrom() {
    int[][] cases = {{280, 240, 90, 140, 24}, {90, 100, 40, 60, 10}, {430, 400, 110, 50, 30}, {300, 300, 200, 120, 40}};
    MnistRecipe recipe = new MnistRecipe();
    for (int[] c : cases) {
      MnistInput in = recipe.apply(drawing(c[0], c[1], c[2], c[3], c[4]), SIDE, SIDE).orElseThrow();
      InkBox box = in.inkBox();
      HeatMap.Square f = HeatMap.field(in.pixels(), box);
      float px = f.side() / 28; // one field pixel on the drawing
      int x0 = 28;
      int y0 = 28;
      int x1 = 0;
      int y1 = 0;
      for (int i = 0; i < 784; i++) {
        if (in.pixels()[i] > HeatMap.INK) {
          x0 = Math.min(x0, i % 28);
          x1 = Math.max(x1, i % 28 + 1);
          y0 = Math.min(y0, i / 28);
          y1 = Math.max(y1, i / 28 + 1);
        }
      }
      String what = java.util.Arrays.toString(c) + " " + box + " " + f;
      assertThat(f.side()).as(what).isCloseTo(box.longSide() * 28f / 20f, offset(box.longSide() * 28f / 20f * 0.08f));
      assertThat(f.x() + x0 * px).as(what).isCloseTo(box.x(), offset(1.01f * px));
      assertThat(f.x() + x1 * px).as(what).isCloseTo(box.x() + box.width(), offset(1.01f * px));
      assertThat(f.y() + y0 * px).as(what).isCloseTo(box.y(), offset(1.01f * px));
      assertThat(f.y() + y1 * px).as(what).isCloseTo(box.y() + box.height(), offset(1.01f * px));
    }
  }

  @Test
  void anEmptyFieldIsCentredOnTheBox() {
    HeatMap.Square f = HeatMap.field(new float[784], new InkBox(100, 200, 40, 20));
    assertThat(f.side()).isEqualTo(40 * 28 / 20f);
    assertThat(f.x() + f.side() / 2).isEqualTo(120f);
    assertThat(f.y() + f.side() / 2).isEqualTo(210f);
  }

  @Test
  void theHeatIsTheSmoothedGradientTimesTheInkScaledToOne() {
    float[] input = new float[784];
    float[] grad = new float[784];
    for (int i = 10 * 28; i < 20 * 28; i++) {
      input[i] = 1f; // rows 10-19 are ink
      grad[i] = i < 15 * 28 ? 2f : -1f;
    }
    grad[2 * 28 + 2] = 50f; // no ink there: no heat
    HeatMap m = HeatMap.of(new Saliency(4, 0.8f, grad), input);
    assertThat(m.digit()).isEqualTo(4);
    assertThat(m.values()[2 * 28 + 2]).isZero();
    assertThat(m.values()[12 * 28 + 20]).isEqualTo(1f);
    assertThat(m.values()[17 * 28 + 20]).isEqualTo(-0.5f);
    assertThat(m.positiveShare()).isGreaterThan(0.6f).isLessThan(0.75f);
    byte[] rgba = m.rgba(0.5f);
    int warm = 12 * 28 + 20;
    int cool = 17 * 28 + 20;
    assertThat(rgba[warm * 4] & 0xff).isEqualTo(255);
    assertThat(rgba[warm * 4 + 2] & 0xff).isLessThan(10);
    assertThat(rgba[warm * 4 + 3] & 0xff).isEqualTo(128);
    assertThat(rgba[cool * 4 + 2] & 0xff).isEqualTo(255);
    assertThat(rgba[cool * 4] & 0xff).isLessThan(100);
    assertThat(rgba[(2 * 28 + 2) * 4 + 3]).isZero(); // transparent
  }

  @Test
  void smoothingAveragesTheNeighbourhoodWithinTheField() {
    float[] g = new float[784];
    g[0] = 4f;
    g[14 * 28 + 14] = 9f;
    float[] s = HeatMap.smooth(g);
    assertThat(s[0]).isEqualTo(1f); // a corner has four pixels
    assertThat(s[14 * 28 + 14]).isEqualTo(1f);
    assertThat(s[13 * 28 + 13]).isEqualTo(1f);
    assertThat(s[12 * 28 + 14]).isZero();
  }
}
