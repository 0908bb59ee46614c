package dev.digitarcade.training.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST's IDX files, raw or gzip-compressed (recognised by content, not by name).
 *
 * <p>Every check happens before the pixel array is allocated: the magic number, the dimensions
 * and whether the file really holds as many bytes as its header claims (the file size for raw
 * files, the gzip trailer's length for compressed ones; a trailer that lies is caught as a
 * truncation while reading). Every failure is a {@link DataException} with one line naming the
 * file and what was expected.
 */
public final class IdxReader {

  /** Magic number of an IDX file of unsigned bytes with three dimensions (images). */
  public static final int IMAGES_MAGIC = 0x00000803;
  /** Magic number of an IDX file of unsigned bytes with one dimension (labels). */
  public static final int LABELS_MAGIC = 0x00000801;

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
      checkSize(file, s, count, (long) rows * cols, 16, "images of " + rows + "x" + cols);
      byte[] pixels = new byte[Math.multiplyExact(count, rows * cols)];
      readFully(file, s, pixels, count, "images");
      return new Images(count, rows, cols, pixels);
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
      checkSize(file, s, count, 1, 8, "labels");
      byte[] labels = new byte[count];
      readFully(file, s, labels, count, "labels");
      for (int i = 0; i < count; i++) {
        if (labels[i] < 0 || labels[i] > 9) {
          throw new DataException(file + ": label " + i + " is " + (labels[i] & 0xff) + " (expected 0-9)");
        }
      }
      return labels;
    } catch (EOFException e) {
      throw new DataException(file + ": truncated header (expected an IDX labels file)");
    } catch (IOException e) {
      throw ioFailure(file, e);
    }
  }

  private static DataException ioFailure(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new DataException(file + ": no such file (expected an IDX file, raw or .gz)");
    }
    if (e instanceof ZipException) {
      return new DataException(file + ": corrupt gzip data (" + e.getMessage() + ")");
    }
    return new DataException(file + ": cannot be read (" + e.getMessage() + ")", e);
  }

  private static void expectMagic(Path file, int magic, int expected, String what) throws DataException {
    if (magic != expected) {
      throw new DataException(String.format("%s: magic number 0x%08X (expected 0x%08X, an IDX %s file)",
          file, magic, expected, what));
    }
  }

  private static void checkSize(Path file, Source s, int count, long bytesPerItem, long header, String what)
      throws DataException {
    if (count < 0) {
      throw new DataException(file + ": header claims " + Integer.toUnsignedString(count) + " " + what
          + " (expected a count below 2^31)");
    }
    long needed = header + count * bytesPerItem;
    if (s.length >= 0 && s.length < needed) {
      throw new DataException(file + ": header claims " + count + " " + what + " (" + needed + " bytes) but the "
          + (s.compressed ? "compressed data holds " : "file holds ") + s.length + " bytes");
    }
    if (s.length > needed) {
      throw new DataException(file + ": " + (s.length - needed) + " bytes after the " + count + " " + what
          + " the header claims (expected exactly " + needed + " bytes)");
    }
  }

  private static void readFully(Path file, Source s, byte[] dst, int count, String what) throws DataException, IOException {
    try {
      s.in.readFully(dst);
    } catch (EOFException e) {
      throw new DataException(file + ": truncated (header claims " + count + " " + what + ", the data ends early)");
    }
    if (s.compressed && s.in.read() != -1) {
      throw new DataException(file + ": more data after the " + count + " " + what + " the header claims");
    }
  }

  private record Source(DataInputStream in, long length, boolean compressed) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static Source open(Path file) throws IOException, DataException {
    if (Files.isDirectory(file)) {
      throw new DataException(file + ": is a directory (expected an IDX file)");
    }
    long size = Files.size(file);
    boolean gzip = false;
    long length = size;
    if (size >= 18) {
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
        int b0 = raf.read();
        int b1 = raf.read();
        gzip = b0 == 0x1f && b1 == 0x8b;
        if (gzip) {
          raf.seek(size - 4);
          byte[] t = new byte[4];
          raf.readFully(t);
          // ISIZE: uncompressed length modulo 2^32 (MNIST files are far below 4 GB).
          length = (t[0] & 0xffL) | (t[1] & 0xffL) << 8 | (t[2] & 0xffL) << 16 | (t[3] & 0xffL) << 24;
        }
      }
    }
    InputStream raw = Files.newInputStream(file);
    try {
      InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : new BufferedInputStream(raw, 1 << 16);
      return new Source(new DataInputStream(in), length, gzip);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}
