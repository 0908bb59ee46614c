package dev.digitarcade.engine.gl;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.io.OutputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.lwjgl.stb.STBIWriteCallback;
import org.lwjgl.stb.STBImageWrite;
import org.lwjgl.system.MemoryUtil;

/** PNG encoding (stb_image_write) and file writes that are atomic for regular files. */
public final class Png {
  private Png() {}

  /**
   * Encodes {@code pixels} (rows top first, {@code channels} bytes per pixel, 1 = grey, 3 = RGB, 4
   * = RGBA) and writes them to {@code file} as {@link #write(Path, byte[])} does.
   */
  public static void write(Path file, int width, int height, int channels, byte[] pixels) {
    write(file, encode(width, height, channels, pixels));
  }

  public static byte[] encode(int width, int height, int channels, byte[] pixels) {
    if (pixels.length < width * height * channels) {
      throw new IllegalArgumentException(
          "need " + width * height * channels + " bytes for " + width + "x" + height + "x" + channels
              + ", got " + pixels.length);
    }
    ByteBuffer data = MemoryUtil.memAlloc(width * height * channels);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (STBIWriteCallback cb =
        STBIWriteCallback.create(
            (context, ptr, size) -> {
              ByteBuffer chunk = STBIWriteCallback.getData(ptr, size);
              byte[] bytes = new byte[size];
              chunk.get(bytes);
              out.write(bytes, 0, size);
            })) {
      data.put(pixels, 0, width * height * channels).flip();
      if (!STBImageWrite.stbi_write_png_to_func(cb, 0L, width, height, channels, data, width * channels)) {
        throw new EngineException("PNG encoding failed for a " + width + "x" + height + " image");
      }
    } finally {
      MemoryUtil.memFree(data);
    }
    return out.toByteArray();
  }

  /**
   * Writes bytes the way ordinary tools do (see {@link OutputFile}): a regular file is replaced
   * atomically (temporary, then rename), through a symbolic link the link's target is, and a device
   * or FIFO is written directly.
   */
  public static void write(Path file, byte[] bytes) {
    try {
      OutputFile.write(file, bytes);
    } catch (IOException e) {
      throw new EngineException("cannot write " + file + ": " + IoErrors.describe(e), e);
    }
  }

  /** Reverses the row order of a tightly packed image in place (GL rows are bottom first). */
  public static void flipRows(byte[] pixels, int width, int height, int channels) {
    int stride = width * channels;
    byte[] row = new byte[stride];
    for (int top = 0, bottom = height - 1; top < bottom; top++, bottom--) {
      System.arraycopy(pixels, top * stride, row, 0, stride);
      System.arraycopy(pixels, bottom * stride, pixels, top * stride, stride);
      System.arraycopy(row, 0, pixels, bottom * stride, stride);
    }
  }
}
