package dev.digitarcade.engine.gl;

import dev.digitarcade.engine.EngineException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.lwjgl.stb.STBIWriteCallback;
import org.lwjgl.stb.STBImageWrite;
import org.lwjgl.system.MemoryUtil;

/** PNG encoding (stb_image_write) with atomic file writes. */
public final class Png {
  private Png() {}

  /**
   * Encodes {@code pixels} (rows top first, {@code channels} bytes per pixel, 1 = grey, 3 = RGB, 4
   * = RGBA) and writes them to {@code file} via a temporary file and a rename.
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

  /** Writes bytes atomically: temporary file in the same directory, then rename. */
  public static void write(Path file, byte[] bytes) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.write(temp, bytes);
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new EngineException("cannot write " + file + ": " + e.getMessage(), e);
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
