package dev.digitarcade.engine.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** Reading files whose size the program does not control, with a limit, so a huge file is an error, not an OutOfMemoryError. */
public final class InputFiles {
  private InputFiles() {}

  /** A file larger than the reader accepts; {@link IoErrors#describe} says how large it may be. */
  public static final class TooLargeException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(Path file, long limit) {
      super(file.toString(), null, "larger than " + size(limit));
    }
  }

  /** A path that is there but is no regular file (a directory, device, FIFO, socket). */
  public static final class NotRegularFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    public NotRegularFileException(Path file, boolean directory) {
      super(file.toString(), null, directory ? "is a directory" : "not a regular file");
    }
  }

  /**
   * All of a regular file (symbolic links followed), at most {@code limit} bytes.
   *
   * @throws java.nio.file.NoSuchFileException when there is no such file
   * @throws NotRegularFileException for a directory, device or FIFO (never read: a FIFO would
   *     block, a device may never end)
   * @throws TooLargeException when it holds more than {@code limit} bytes
   */
  public static byte[] readRegular(Path file, int limit) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    if (!a.isRegularFile()) {
      throw new NotRegularFileException(file, a.isDirectory());
    }
    if (a.size() > limit) {
      throw new TooLargeException(file, limit);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit);
      if (in.read() >= 0) { // it grew since
        throw new TooLargeException(file, limit);
      }
      return bytes;
    }
  }

  /**
   * A stream over {@code file} (any kind that can be read, a pipe too) that fails once more than
   * {@code limit} bytes come; a regular file larger than that is refused before it is read.
   */
  public static InputStream open(Path file, long limit) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    if (a.isDirectory()) {
      throw new NotRegularFileException(file, true);
    }
    if (a.isRegularFile() && a.size() > limit) {
      throw new TooLargeException(file, limit);
    }
    return limit(Files.newInputStream(file), file, limit);
  }

  /** {@code in}, failing with {@link TooLargeException} once more than {@code limit} bytes come. */
  static InputStream limit(InputStream in, Path file, long limit) {
    return new Limited(in, file, limit);
  }

  private static final class Limited extends FilterInputStream {
    private final Path file;
    private final long limit;
    private long count;

    Limited(InputStream in, Path file, long limit) {
      super(in);
      this.file = file;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      counted(k);
      return k;
    }

    private void counted(long n) throws TooLargeException {
      count += n;
      if (count > limit) {
        throw new TooLargeException(file, limit);
      }
    }
  }

  static String size(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " kB";
    }
    return String.format(Locale.ROOT, "%d bytes", bytes);
  }
}
