package dev.digitarcade.model.recipe;

import java.util.Random;

/**
 * Generated canvases of every kind the recipe must cope with: strokes of any width, size and
 * place (also past the edges), specks, faint smudges, noise around the threshold, one pixel, all
 * ink, nothing, and values outside [0,1].
 */
final class GeneratedCanvases {

  // The game's and the benchmark's sizes, k times 280, and odd ones.
  private static final int[][] SIZES = {
    {280, 280}, {560, 560}, {280, 280}, {560, 560}, {280, 280}, {560, 560}, {137, 137},
    {281, 199}, {419, 420}, {700, 500}, {99, 301}, {839, 840}, {1120, 1120}, {28, 28}, {1, 1},
    {3, 17}, {979, 333}, {400, 400}, {300, 419},
  };

  private GeneratedCanvases() {}

  /** A canvas size {width, height}, drawn from the list. */
  static int[] size(Random r) {
    return SIZES[r.nextInt(SIZES.length)].clone();
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
      float brush = 5 + r.nextFloat() * Math.max(w, h) / 3f;
      Paint.line(img, w, x, y, r.nextFloat() * w, r.nextFloat() * h, brush,
          0.12f + r.nextFloat() * 0.3f);
      Paint.line(img, w, x, y, x, y, 1 + r.nextFloat() * 3, 1f);
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
        Paint.line(img, w, x, y, nx, ny, brush, level);
        x = nx;
        y = ny;
      }
    }
    int specks = r.nextInt(3) == 0 ? 1 + r.nextInt(4) : 0;
    for (int s = 0; s < specks; s++) {
      float x = r.nextFloat() * w;
      float y = r.nextFloat() * h;
      float b = r.nextInt(3) == 0 ? brush : 0.5f + r.nextFloat() * 6f;
      float speck = 0.1f + r.nextFloat();
      Paint.line(img, w, x, y, x + r.nextFloat() * 3, y + r.nextFloat() * 3, b, speck);
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

  /** The canvas as the game's bytes: clamped, rounded. */
  static byte[] bytes(float[] img) {
    byte[] b = new byte[img.length];
    for (int i = 0; i < img.length; i++) {
      b[i] = (byte) Math.round(Math.max(0f, Math.min(1f, img[i])) * 255f);
    }
    return b;
  }
}
