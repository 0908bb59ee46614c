package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Temporary (issue 8, item 3): the recipe in steps must give bit for bit what the single-class
 * recipe ({@link OldRecipe}, a frozen copy) gave, on generated canvases of every kind.
 */
class RecipeEquivalenceTest {

  private static final int[][] SIZES = {
    {280, 280}, {560, 560}, {280, 280}, {560, 560}, {280, 280}, {560, 560}, {137, 137},
    {281, 199}, {419, 420}, {700, 500}, {99, 301}, {839, 840}, {1120, 1120}, {28, 28}, {1, 1},
    {3, 17}, {979, 333}, {400, 400}, {300, 419},
  };

  private static List<RecipeOptions> optionSets() {
    return List.of(
        RecipeOptions.defaults(),
        RecipeOptions.basic(),
        RecipeOptions.basic().withRemoveSpecks(true),
        RecipeOptions.basic().withNormaliseStroke(true),
        RecipeOptions.defaults().withStrokeRange(1.6f, 2.8f),
        new RecipeOptions(0.2f, true, true, 2.2f, 3.4f),
        new RecipeOptions(0f, true, true, 1.8f, 3.0f),
        new RecipeOptions(0.5f, true, true, 0.5f, 9.5f));
  }

  /** An anti-aliased round-brush segment (max blend), ink {@code level}. */
  static void line(float[] img, int w, int h, float x0, float y0, float x1, float y1, float brush,
      float level) {
    float r = brush / 2f;
    int minX = (int) Math.floor(Math.min(x0, x1) - r - 1);
    int maxX = (int) Math.ceil(Math.max(x0, x1) + r + 1);
    int minY = (int) Math.floor(Math.min(y0, y1) - r - 1);
    int maxY = (int) Math.ceil(Math.max(y0, y1) + r + 1);
    float dx = x1 - x0;
    float dy = y1 - y0;
    float len2 = dx * dx + dy * dy;
    for (int y = Math.max(0, minY); y <= Math.min(h - 1, maxY); y++) {
      for (int x = Math.max(0, minX); x <= Math.min(w - 1, maxX); x++) {
        float px = x + 0.5f;
        float py = y + 0.5f;
        float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
        float ex = x0 + t * dx - px;
        float ey = y0 + t * dy - py;
        float d = (float) Math.sqrt(ex * ex + ey * ey);
        float cover = level * Math.max(0f, Math.min(1f, r - d + 0.5f));
        img[y * w + x] = Math.max(img[y * w + x], cover);
      }
    }
  }

  /** One generated canvas: strokes, specks, noise, odd levels; sometimes nothing at all. */
  static float[] canvas(Random r, int w, int h) {
    float[] img = new float[w * h];
    int kind = r.nextInt(20);
    if (kind == 0) {
      return img; // empty
    }
    if (kind == 1) {
      for (int i = 0; i < img.length; i++) {
        img[i] = r.nextFloat() * 0.11f; // noise around the threshold
      }
      return img;
    }
    if (kind == 2) {
      img[r.nextInt(img.length)] = 0.05f + r.nextFloat(); // one pixel
      return img;
    }
    if (kind == 3) {
      for (int i = 0; i < img.length; i++) {
        img[i] = 1f; // all ink
      }
      return img;
    }
    if (kind == 4) {
      // A faint smudge with one strong dot: wide faint area, hardly any solid ink.
      float x = r.nextFloat() * w;
      float y = r.nextFloat() * h;
      line(img, w, h, x, y, r.nextFloat() * w, r.nextFloat() * h, 5 + r.nextFloat() * Math.max(w, h) / 3f,
          0.12f + r.nextFloat() * 0.3f);
      line(img, w, h, x, y, x, y, 1 + r.nextFloat() * 3, 1f);
      return img;
    }
    int side = Math.max(w, h);
    float size = 2 + r.nextFloat() * side * (r.nextInt(4) == 0 ? 1.1f : 0.8f);
    float cx = r.nextFloat() * w;
    float cy = r.nextFloat() * h;
    float brush = r.nextInt(5) == 0 ? 0.3f + r.nextFloat() * 2f
        : 1f + r.nextFloat() * Math.min(size * 0.45f, 70f);
    float level = r.nextInt(6) == 0 ? 0.08f + r.nextFloat() * 0.5f : 1f;
    int strokes = 1 + r.nextInt(2);
    for (int s = 0; s < strokes; s++) {
      float x = cx + (r.nextFloat() - 0.5f) * size;
      float y = cy + (r.nextFloat() - 0.5f) * size;
      int segments = 1 + r.nextInt(4);
      for (int g = 0; g < segments; g++) {
        float nx = cx + (r.nextFloat() - 0.5f) * size;
        float ny = cy + (r.nextFloat() - 0.5f) * size;
        line(img, w, h, x, y, nx, ny, brush, level);
        x = nx;
        y = ny;
      }
    }
    int specks = r.nextInt(3) == 0 ? 1 + r.nextInt(4) : 0;
    for (int s = 0; s < specks; s++) {
      float x = r.nextFloat() * w;
      float y = r.nextFloat() * h;
      float b = r.nextInt(3) == 0 ? brush : 0.5f + r.nextFloat() * 6f;
      line(img, w, h, x, y, x + r.nextFloat() * 3, y + r.nextFloat() * 3, b, 0.1f + r.nextFloat());
    }
    if (r.nextInt(8) == 0) {
      for (int i = 0; i < img.length; i += 1 + r.nextInt(40)) {
        img[i] = Math.max(img[i], r.nextFloat() * 0.15f);
      }
    }
    if (r.nextInt(10) == 0) {
      float gain = 0.7f + r.nextFloat();
      float offset = (r.nextFloat() - 0.5f) * 0.4f;
      for (int i = 0; i < img.length; i++) {
        img[i] = img[i] * gain + offset; // outside [0,1]: the float recipe clamps
      }
    }
    return img;
  }

  static byte[] bytes(float[] img) {
    byte[] b = new byte[img.length];
    for (int i = 0; i < img.length; i++) {
      b[i] = (byte) Math.round(Math.max(0f, Math.min(1f, img[i])) * 255f);
    }
    return b;
  }

  private static int ulps(float a, float b) {
    if (Float.compare(a, b) == 0) {
      return 0;
    }
    return Math.abs(Float.floatToIntBits(a) - Float.floatToIntBits(b));
  }

  private static void same(String what, Optional<MnistInput> expected, Optional<MnistInput> actual,
      int[] maxUlps) {
    assertThat(actual.isPresent()).as(what + ": present").isEqualTo(expected.isPresent());
    if (expected.isEmpty()) {
      return;
    }
    MnistInput e = expected.get();
    MnistInput a = actual.get();
    for (int i = 0; i < MnistInput.SIZE; i++) {
      maxUlps[0] = Math.max(maxUlps[0], ulps(e.pixels()[i], a.pixels()[i]));
    }
    assertThat(a).as(what).isEqualTo(e);
  }

  @Test
  void stepsGiveWhatTheSingleClassGave() {
    Random r = new Random(20260808);
    List<RecipeOptions> options = optionSets();
    List<OldRecipe> old = new ArrayList<>();
    List<MnistRecipe> now = new ArrayList<>();
    for (RecipeOptions o : options) {
      old.add(new OldRecipe(o));
      now.add(new MnistRecipe(o));
    }
    int canvases = 0;
    int present = 0;
    int[] maxUlps = {0};
    int count = Integer.getInteger("recipe.canvases", 1500);
    for (int n = 0; n < count; n++) {
      int[] size = SIZES[r.nextInt(SIZES.length)];
      int w = size[0];
      int h = size[1];
      float[] f = canvas(r, w, h);
      byte[] b = bytes(f);
      canvases++;
      // The shipped settings on every canvas, one other setting in turn.
      for (int i : new int[] {0, 1 + n % (options.size() - 1)}) {
        String what = "canvas " + n + " " + w + "x" + h + " options " + options.get(i);
        Optional<MnistInput> ef = old.get(i).apply(f, w, h);
        same(what + " float", ef, now.get(i).apply(f, w, h), maxUlps);
        same(what + " byte", old.get(i).apply(b, w, h), now.get(i).apply(b, w, h), maxUlps);
        if (ef.isPresent()) {
          present++;
        }
      }
    }
    System.out.printf("recipe equivalence: %d canvases, %d readings with ink, max %d ulp%n",
        canvases, present, maxUlps[0]);
    assertThat(maxUlps[0]).isZero();
  }
}
