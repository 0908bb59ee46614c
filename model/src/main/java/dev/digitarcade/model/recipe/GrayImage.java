package dev.digitarcade.model.recipe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A gray image handed to the recipe, row-major, row 0 at the top, white (high) ink on black (0),
 * read in its own units: {@link #unit()} is full ink. Step 1 ({@link InkScan}) reads both kinds
 * through these few methods, so the ink scan and the block reduction are written once.
 */
sealed interface GrayImage {

  int width();

  int height();

  /** Full ink in this image's units. */
  float unit();

  /** Pixel {@code i} (row-major index) in this image's units. */
  float level(int i);

  /** Whether the eight pixels from {@code i} on are all exactly 0 (false: look at each). */
  boolean blank8(int i);

  /** The recipe's ink threshold (an intensity in [0,1)) in this image's units. */
  float threshold(float inkThreshold);

  /** The sum of pixels {@code from} to {@code to - 1}, each clamped to [0, {@link #unit()}]. */
  float sum(int from, int to);

  /** Unsigned 8-bit pixels, 0 = background, 255 = full ink. */
  record Bytes(byte[] pixels, int width, int height) implements GrayImage {

    static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    public Bytes {
      checkSize(pixels == null ? -1 : pixels.length, width, height);
    }

    @Override
    public float unit() {
      return 255f;
    }

    @Override
    public float level(int i) {
      return pixels[i] & 0xff;
    }

    @Override
    public boolean blank8(int i) {
      // A clean canvas is mostly exact zeros: one 64-bit read steps over eight of them.
      return (long) LONGS.get(pixels, i) == 0L;
    }

    @Override
    public float threshold(float inkThreshold) {
      return (int) Math.floor(inkThreshold * 255f);
    }

    @Override
    public float sum(int from, int to) {
      int sum = 0; // bytes need no clamping; an int sum is exact
      for (int i = from; i < to; i++) {
        sum += pixels[i] & 0xff;
      }
      return sum;
    }
  }

  /** Intensities, 0 = background, 1 = full ink; values outside [0,1] are clamped where summed. */
  record Floats(float[] pixels, int width, int height) implements GrayImage {

    public Floats {
      checkSize(pixels == null ? -1 : pixels.length, width, height);
    }

    @Override
    public float unit() {
      return 1f;
    }

    @Override
    public float level(int i) {
      return pixels[i];
    }

    @Override
    public boolean blank8(int i) {
      return false; // no cheaper test than reading each pixel
    }

    @Override
    public float threshold(float inkThreshold) {
      return inkThreshold;
    }

    @Override
    public float sum(int from, int to) {
      float sum = 0f;
      for (int i = from; i < to; i++) {
        float v = pixels[i];
        sum += v < 0f ? 0f : (v > 1f ? 1f : v);
      }
      return sum;
    }
  }

  /**
   * Refuses a missing image, a side outside 1..65535 (the speck step packs coordinates in 16
   * bits) and fewer pixels than the size needs.
   */
  private static void checkSize(int length, int width, int height) {
    if (length < 0) {
      throw new IllegalArgumentException("image must not be null");
    }
    if (width <= 0 || height <= 0 || width > 65535 || height > 65535) {
      throw new IllegalArgumentException(
          "image size must be 1..65535 per side, got " + width + "x" + height);
    }
    if ((long) width * height > length) {
      throw new IllegalArgumentException(
          "image of " + width + "x" + height + " needs " + (long) width * height
              + " pixels, got " + length);
    }
  }
}
