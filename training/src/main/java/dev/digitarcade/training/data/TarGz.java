package dev.digitarcade.training.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Minimal reader for the gzip-compressed tar archives npm packs (ustar, regular files only). */
final class TarGz {

  /** Receives each regular file; returns where to copy its bytes, or null to skip it. */
  interface EntrySink {
    OutputStream open(String name, long size) throws IOException;
  }

  private TarGz() {}

  static void read(Path archive, InputStream compressed, EntrySink sink) throws DataException {
    try (InputStream in = new GZIPInputStream(compressed, 1 << 16)) {
      byte[] header = new byte[512];
      byte[] buf = new byte[1 << 16];
      while (true) {
        if (!fill(in, header)) {
          return; // end of stream without the two zero blocks: tolerated, as tar does
        }
        if (allZero(header)) {
          return;
        }
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        if (!prefix.isEmpty() && "ustar".equals(text(header, 257, 5))) {
          name = prefix + "/" + name;
        }
        long size = octal(archive, header, 124, 12);
        byte type = header[156];
        long padded = (size + 511) / 512 * 512;
        OutputStream out = (type == '0' || type == 0) ? sink.open(name, size) : null;
        long left = size;
        try {
          while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
              throw new DataException(archive + ": truncated archive (entry " + name + " ends early)");
            }
            if (out != null) {
              out.write(buf, 0, n);
            }
            left -= n;
          }
        } finally {
          if (out != null) {
            out.close();
          }
        }
        in.skipNBytes(padded - size);
      }
    } catch (EOFException e) {
      throw new DataException(archive + ": truncated archive");
    } catch (IOException e) {
      throw new DataException(archive + ": cannot be read as a .tgz (" + e.getMessage() + ")", e);
    }
  }

  private static boolean fill(InputStream in, byte[] block) throws IOException {
    int off = 0;
    while (off < block.length) {
      int n = in.read(block, off, block.length - off);
      if (n < 0) {
        if (off == 0) {
          return false;
        }
        throw new EOFException();
      }
      off += n;
    }
    return true;
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8).strip();
  }

  private static long octal(Path archive, byte[] b, int off, int len) throws DataException {
    String s = text(b, off, len);
    try {
      return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new DataException(archive + ": corrupt tar header (size field '" + s + "')");
    }
  }
}
