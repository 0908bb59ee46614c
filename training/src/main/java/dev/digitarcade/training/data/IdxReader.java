package dev.digitarcade.training.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST's IDX files, raw or gzip-compressed (recognised by content, not by name).
 *
 * <p>Nothing the file claims is trusted with memory. A raw file's size is known, so its header
 * is checked against it before the array is allocated. A gzip file's uncompressed size is only
 * known once it has been decompressed (its trailer can say anything), so the header is checked
 * against what the compressed bytes could possibly hold (deflate expands at most 1032:1), and
 * the array grows only as decompressed data really arrives. A gzip file cut short is reported as
 * truncated; a complete file that holds fewer items than its header claims is reported as such.
 * Every failure is a {@link DataException} with one line naming the file and what was expected.
 */
public final class IdxReader {

  /** Magic number of an IDX file of unsigned bytes with three dimensions (images). */
  public static final int IMAGES_MAGIC = 0x00000803;
  /** Magic number of an IDX file of unsigned bytes with one dimension (labels). */
  public static final int LABELS_MAGIC = 0x00000801;

  /** Deflate's largest expansion (a run of one byte value), plus room for small members' headers. */
  private static final long MAX_GZIP_RATIO = 1032;
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
  /** First allocation for gzip data; doubled as data arrives. */
  private static final int FIRST_CHUNK = 1 << 20;

  private IdxReader() {}

  /** Images, row-major, one unsigned byte per pixel. */
  public record Images(int count, int rows, int cols, byte[] pixels) {
    public int pixelsPerImage() {
      return rows * cols;
    }
  }

  /** Reads an images file and checks it holds {@code rows x cols} images. */
  public static Images readImages(Path file, int rows, int cols) throws DataException {
    try (Source s = open(file)) {
      int magic = s.in.readInt();
      expectMagic(file, magic, IMAGES_MAGIC, "images");
      int count = s.in.readInt();
      int r = s.in.readInt();
      int c = s.in.readInt();
      if (r != rows || c != cols) {
        throw new DataException(file + ": images are " + r + "x" + c + " (expected " + rows + "x" + cols + ")");
      }
      String what = "images of " + rows + "x" + cols;
      long bytes = checkSize(file, s, count, (long) rows * cols, 16, what);
      byte[] pixels = read(file, s, bytes, count, "images");
      return new Images(count, rows, cols, pixels);
    } catch (TruncatedGzipException e) {
      throw truncatedGzip(file);
    } catch (EOFException e) {
      throw new DataException(file + ": truncated header (expected an IDX images file)");
    } catch (IOException e) {
      throw ioFailure(file, e);
    }
  }

  /** Reads a labels file and checks every label is 0-9. */
  public static byte[] readLabels(Path file) throws DataException {
    try (Source s = open(file)) {
      int magic = s.in.readInt();
      expectMagic(file, magic, LABELS_MAGIC, "labels");
      int count = s.in.readInt();
      long bytes = checkSize(file, s, count, 1, 8, "labels");
      byte[] labels = read(file, s, bytes, count, "labels");
      for (int i = 0; i < count; i++) {
        if (labels[i] < 0 || labels[i] > 9) {
          throw new DataException(file + ": label " + i + " is " + (labels[i] & 0xff) + " (expected 0-9)");
        }
      }
      return labels;
    } catch (TruncatedGzipException e) {
      throw truncatedGzip(file);
    } catch (EOFException e) {
      throw new DataException(file + ": truncated header (expected an IDX labels file)");
    } catch (IOException e) {
      throw ioFailure(file, e);
    }
  }

  private static DataException truncatedGzip(Path file) {
    return new DataException(file + ": truncated gzip file (the compressed data ends before the gzip stream does)");
  }

  private static DataException ioFailure(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new DataException(file + ": no such file (expected an IDX file, raw or .gz)");
    }
    if (e instanceof AccessDeniedException) {
      return new DataException(file + ": cannot be read (permission denied)");
    }
    if (e instanceof ZipException) {
      return new DataException(file + ": corrupt gzip data (" + e.getMessage() + ")");
    }
    return new DataException(file + ": cannot be read (" + FileErrors.reason(e) + ")", e);
  }

  private static void expectMagic(Path file, int magic, int expected, String what) throws DataException {
    if (magic != expected) {
      throw new DataException(String.format("%s: magic number 0x%08X (expected 0x%08X, an IDX %s file)",
          file, magic, expected, what));
    }
  }

  /** Checks the claimed count against what the file can hold; returns the bytes of data to read. */
  private static long checkSize(Path file, Source s, int count, long bytesPerItem, long header, String what)
      throws DataException {
    if (count < 0) {
      throw new DataException(file + ": header claims " + Integer.toUnsignedString(count) + " " + what
          + " (expected a count below 2^31)");
    }
    long data = count * bytesPerItem;
    long needed = header + data;
    if (s.compressed) {
      long most = s.fileSize * MAX_GZIP_RATIO;
      if (needed > most) {
        throw new DataException(file + ": header claims " + count + " " + what + " (" + needed + " bytes) but "
            + s.fileSize + " bytes of gzip data can hold at most " + most);
      }
    } else if (s.fileSize < needed) {
      throw new DataException(file + ": header claims " + count + " " + what + " (" + needed
          + " bytes) but the file holds " + s.fileSize + " bytes");
    } else if (s.fileSize > needed) {
      throw new DataException(file + ": " + (s.fileSize - needed) + " bytes after the " + count + " " + what
          + " the header claims (expected exactly " + needed + " bytes)");
    }
    if (data > MAX_ARRAY) {
      throw new DataException(file + ": header claims " + count + " " + what + " (" + data
          + " bytes; expected at most " + MAX_ARRAY + ")");
    }
    return data;
  }

  /**
   * Reads {@code bytes} bytes of data. Raw files were size-checked, so the array is allocated at
   * once; gzip data fills an array that doubles as it arrives, so a lying header costs memory only
   * for data that is really there.
   */
  private static byte[] read(Path file, Source s, long bytes, int count, String what)
      throws DataException, IOException {
    int n = (int) bytes;
    byte[] dst = new byte[s.compressed ? Math.min(n, FIRST_CHUNK) : n];
    int filled = 0;
    while (filled < n) {
      if (filled == dst.length) {
        dst = Arrays.copyOf(dst, (int) Math.min(n, 2L * dst.length));
      }
      int r = s.in.read(dst, filled, dst.length - filled);
      if (r < 0) {
        throw new DataException(file + ": header claims " + count + " " + what + " (" + bytes + " bytes of data) "
            + "but the data ends after " + filled + " bytes");
      }
      filled += r;
    }
    if (s.compressed && s.in.read() != -1) {
      throw new DataException(file + ": more data after the " + count + " " + what + " the header claims");
    }
    return dst;
  }

  private record Source(DataInputStream in, long fileSize, boolean compressed) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** A gzip stream cut short (as opposed to a complete stream that holds too little). */
  private static final class TruncatedGzipException extends EOFException {
    private static final long serialVersionUID = 1L;
  }

  /** Tells a gzip stream that ends early (the inflater's EOFException) from a clean end. */
  private static final class GzipSource extends FilterInputStream {
    GzipSource(InputStream raw) throws IOException {
      super(new GZIPInputStream(raw, 1 << 16));
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (EOFException e) {
        throw new TruncatedGzipException();
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (EOFException e) {
        throw new TruncatedGzipException();
      }
    }
  }

  private static Source open(Path file) throws IOException, DataException {
    if (Files.isDirectory(file)) {
      throw new DataException(file + ": is a directory (expected an IDX file)");
    }
    long size = Files.size(file);
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      raw.mark(2);
      boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      InputStream in = raw;
      if (gzip) {
        try {
          in = new GzipSource(raw);
        } catch (EOFException e) {
          throw new TruncatedGzipException();
        }
      }
      return new Source(new DataInputStream(in), size, gzip);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }
}
