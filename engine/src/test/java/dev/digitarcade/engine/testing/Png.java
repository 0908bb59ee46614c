package dev.digitarcade.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lwjgl.stb.STBImage;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/** Decodes PNG files for assertions. */
public final class Png {
  private Png() {}

  public record Image(int width, int height, int channels, byte[] pixels) {
    public int at(int x, int y, int channel) {
      return pixels[(y * width + x) * channels + channel] & 0xFF;
    }
  }

  public static Image read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteBuffer encoded = MemoryUtil.memAlloc(bytes.length).put(bytes).flip();
    try (MemoryStack stack = MemoryStack.stackPush()) {
      var w = stack.mallocInt(1);
      var h = stack.mallocInt(1);
      var ch = stack.mallocInt(1);
      ByteBuffer decoded = STBImage.stbi_load_from_memory(encoded, w, h, ch, 0);
      if (decoded == null) {
        throw new IllegalStateException("not a PNG: " + file + ": " + STBImage.stbi_failure_reason());
      }
      byte[] px = new byte[w.get(0) * h.get(0) * ch.get(0)];
      decoded.get(0, px);
      STBImage.stbi_image_free(decoded);
      return new Image(w.get(0), h.get(0), ch.get(0), px);
    } finally {
      MemoryUtil.memFree(encoded);
    }
  }
}
