package dev.digitarcade.engine.ui;

import static org.lwjgl.nanovg.NanoVG.*;

import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * An RGBA image owned by the UI, updated from CPU pixels (e.g. the 28x28 input of a model) and
 * drawn with {@link Ui#image}. Nearest filtering keeps pixels crisp when scaled up.
 */
public final class UiImage implements AutoCloseable {
  private final long vg;
  private final int width;
  private final int height;
  private int image;
  private ByteBuffer rgba;
  private Runnable onClose = () -> {};

  UiImage(long vg, int width, int height, boolean nearest) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
    }
    this.vg = vg;
    this.width = width;
    this.height = height;
    this.rgba = MemoryUtil.memCalloc(width * height * 4);
    this.image = nvgCreateImageRGBA(vg, width, height, nearest ? NVG_IMAGE_NEAREST : 0, rgba);
    if (image == 0) {
      MemoryUtil.memFree(rgba);
      rgba = null;
      throw new IllegalStateException("NanoVG could not create a " + width + "x" + height + " image");
    }
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  int handle() {
    if (image == 0) {
      throw new IllegalStateException("image is closed");
    }
    return image;
  }

  /** Grey pixels in [0, 1], row 0 = top, {@code width * height} values. */
  public void updateGray(float[] gray) {
    check(gray.length, width * height);
    for (int i = 0; i < width * height; i++) {
      int v = Math.round(Math.max(0f, Math.min(1f, gray[i])) * 255f);
      put(i, v, v, v, 255);
    }
    upload();
  }

  /** Grey bytes (0..255), row 0 = top. */
  public void updateGray(byte[] gray) {
    check(gray.length, width * height);
    for (int i = 0; i < width * height; i++) {
      int v = gray[i] & 0xFF;
      put(i, v, v, v, 255);
    }
    upload();
  }

  /** RGBA bytes, row 0 = top. */
  public void updateRgba(byte[] pixels) {
    check(pixels.length, width * height * 4);
    rgba.put(0, pixels, 0, width * height * 4);
    upload();
  }

  private void put(int i, int r, int g, int b, int a) {
    int o = i * 4;
    rgba.put(o, (byte) r).put(o + 1, (byte) g).put(o + 2, (byte) b).put(o + 3, (byte) a);
  }

  private void upload() {
    nvgUpdateImage(vg, handle(), rgba);
  }

  private static void check(int got, int need) {
    if (got < need) {
      throw new IllegalArgumentException("need " + need + " values, got " + got);
    }
  }

  void onClose(Runnable action) {
    onClose = action;
  }

  @Override
  public void close() {
    if (image != 0) {
      onClose.run();
      nvgDeleteImage(vg, image);
      image = 0;
    }
    if (rgba != null) {
      MemoryUtil.memFree(rgba);
      rgba = null;
    }
  }
}
