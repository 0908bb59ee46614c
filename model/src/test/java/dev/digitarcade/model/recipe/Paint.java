package dev.digitarcade.model.recipe;

/** Drawing helpers for the recipe's tests: anti-aliased round-brush strokes and filled boxes. */
final class Paint {

  /** The shipped ink threshold. */
  static final float THRESHOLD = RecipeOptions.defaults().inkThreshold();

  private Paint() {}

  /** A round-brush segment painted onto a float image {@code w} wide (max blend, full ink). */
  static void line(float[] img, int w, float x0, float y0, float x1, float y1, float brush) {
    line(img, w, x0, y0, x1, y1, brush, 1f);
  }

  /** A round-brush segment of ink {@code level} (max blend), clipped to the image. */
  static void line(float[] img, int w, float x0, float y0, float x1, float y1, float brush,
      float level) {
    float r = brush / 2f;
    int minX = (int) Math.floor(Math.min(x0, x1) - r - 1);
    int maxX = (int) Math.ceil(Math.max(x0, x1) + r + 1);
    int minY = (int) Math.floor(Math.min(y0, y1) - r - 1);
    int maxY = (int) Math.ceil(Math.max(y0, y1) + r + 1);
    int h = img.length / w;
    float dx = x1 - x0;
    float dy = y1 - y0;
    float len2 = dx * dx + dy * dy;
    for (int y = Math.max(0, minY); y <= Math.min(h - 1, maxY); y++) {
      for (int x = Math.max(0, minX); x <= Math.min(w - 1, maxX); x++) {
        float px = x + 0.5f;
        float py = y + 0.5f;
        float along = ((px - x0) * dx + (py - y0) * dy) / len2;
        float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, along));
        float ex = x0 + t * dx - px;
        float ey = y0 + t * dy - py;
        float d = (float) Math.sqrt(ex * ex + ey * ey);
        float cover = level * Math.max(0f, Math.min(1f, r - d + 0.5f));
        img[y * w + x] = Math.max(img[y * w + x], cover);
      }
    }
  }

  /** A ring (circle outline) of radius {@code radius} around {@code (cx, cy)}. */
  static void ring(float[] img, int w, float cx, float cy, float radius, float brush) {
    int n = 96;
    for (int i = 0; i < n; i++) {
      double a0 = 2 * Math.PI * i / n;
      double a1 = 2 * Math.PI * (i + 1) / n;
      line(img, w, cx + (float) (radius * Math.cos(a0)), cy + (float) (radius * Math.sin(a0)),
          cx + (float) (radius * Math.cos(a1)), cy + (float) (radius * Math.sin(a1)), brush);
    }
  }

  /** Fills columns {@code x0..x1-1}, rows {@code y0..y1-1} with {@code v}. */
  static void box(float[] img, int w, int x0, int y0, int x1, int y1, float v) {
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        img[y * w + x] = v;
      }
    }
  }

  static float sum(float[] a) {
    float s = 0;
    for (float v : a) {
      s += v;
    }
    return s;
  }

  /** The ink of a float image as step 1 finds it, with the default threshold. */
  static Ink ink(float[] img, int w, int h) {
    return new InkScan().scan(new GrayImage.Floats(img, w, h), THRESHOLD);
  }
}
