package dev.digitarcade.training.insight;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * PNG files the program can recognise as its own: ImageIO's encoding with one {@code tEXt}
 * chunk ({@code Software}: {@value #MARK}) right after the header. A file by a plot's name is
 * replaced only if it carries that chunk.
 */
public final class Png {
  static final String KEYWORD = "Software";
  static final String MARK = "digit-trainer";
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  /** Signature, IHDR (length, type, 13 bytes, CRC). */
  private static final int AFTER_IHDR = 8 + 8 + 13 + 4;

  private Png() {}

  /** The image as PNG bytes, marked as ours. */
  public static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", plain)) {
        throw new IllegalStateException("no PNG writer in this JVM");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
    byte[] png = plain.toByteArray();
    byte[] text = (KEYWORD + '\0' + MARK).getBytes(StandardCharsets.ISO_8859_1);
    byte[] chunk = chunk("tEXt", text);
    byte[] out = new byte[png.length + chunk.length];
    System.arraycopy(png, 0, out, 0, AFTER_IHDR);
    System.arraycopy(chunk, 0, out, AFTER_IHDR, chunk.length);
    System.arraycopy(png, AFTER_IHDR, out, AFTER_IHDR + chunk.length, png.length - AFTER_IHDR);
    return out;
  }

  private static byte[] chunk(String type, byte[] data) {
    byte[] c = new byte[12 + data.length];
    putInt(c, 0, data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(t, 0, c, 4, 4);
    System.arraycopy(data, 0, c, 8, data.length);
    CRC32 crc = new CRC32();
    crc.update(c, 4, 4 + data.length);
    putInt(c, 8 + data.length, (int) crc.getValue());
    return c;
  }

  private static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  /** Whether {@code file} is a regular file, a PNG, with our mark right after its header. */
  public static boolean isOurs(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    byte[] want = chunk("tEXt", (KEYWORD + '\0' + MARK).getBytes(StandardCharsets.ISO_8859_1));
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(AFTER_IHDR + want.length);
      return head.length == AFTER_IHDR + want.length && Arrays.equals(head, 0, 8, SIGNATURE, 0, 8)
          && Arrays.equals(head, AFTER_IHDR, head.length, want, 0, want.length);
    } catch (IOException e) {
      return false;
    }
  }
}
