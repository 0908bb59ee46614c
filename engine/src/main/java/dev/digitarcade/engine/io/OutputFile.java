package dev.digitarcade.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file the user named, written the way ordinary tools write it.
 *
 * <ul>
 *   <li>A symbolic link is followed: what is written replaces the link's target and the link
 *       stays.
 *   <li>A regular file (or none yet) is written {@linkplain #replace atomically}: into a hidden
 *       temporary beside it, renamed over it by {@link #commit()}; an existing file keeps its
 *       permissions, a new one gets the usual ones (the umask's).
 *   <li>Anything else that is not a directory (a device such as {@code /dev/null} or {@code
 *       /dev/full}, a FIFO) is written directly, never renamed over or replaced.
 *   <li>{@link #write} writes all of its bytes or, on failure, cuts a regular file back to what it
 *       held before the call: a file of lines never ends in half a line.
 * </ul>
 *
 * Closing without {@link #commit()} abandons an atomic write (its temporary is removed and the
 * old file stays); for a {@linkplain #stream stream} closing is the end.
 */
public final class OutputFile implements AutoCloseable {
  private static final int MAX_LINKS = 40;

  private final Path destination;
  private final Path temp;
  private final SeekableByteChannel channel;
  private final boolean truncatable;
  private long complete;
  private boolean open = true;

  OutputFile(Path destination, Path temp, SeekableByteChannel channel, boolean truncatable) {
    this.destination = destination;
    this.temp = temp;
    this.channel = channel;
    this.truncatable = truncatable;
  }

  /** For a whole file: atomic replace (special files: written directly). */
  public static OutputFile replace(Path target) throws IOException {
    Path dest = followLinks(target);
    Kind kind = kind(target, dest);
    if (kind == Kind.SPECIAL) {
      return new OutputFile(dest, null, FileChannel.open(dest, StandardOpenOption.WRITE), false);
    }
    Path dir = parentOf(dest);
    Path temp = null;
    FileChannel ch = null;
    for (int attempt = 0; ch == null; attempt++) {
      temp = dir.resolve("." + dest.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
          + ".tmp");
      try {
        ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
    try {
      if (kind == Kind.REGULAR) {
        keepPermissions(dest, temp);
      }
    } catch (IOException | RuntimeException e) {
      ch.close();
      Files.deleteIfExists(temp);
      throw e;
    }
    return new OutputFile(dest, temp, ch, true);
  }

  /** The directory {@code dest} goes in, which must exist: as with ordinary tools, none is made. */
  private static Path parentOf(Path dest) throws IOException {
    Path dir = dest.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new NoSuchFileException(String.valueOf(dir), null, "no such directory");
    }
    return dir;
  }

  /** For a stream written as it happens (an event log): in place, a regular file truncated first. */
  public static OutputFile stream(Path target) throws IOException {
    Path dest = followLinks(target);
    Kind kind = kind(target, dest);
    if (kind == Kind.SPECIAL) {
      return new OutputFile(dest, null, FileChannel.open(dest, StandardOpenOption.WRITE), false);
    }
    parentOf(dest);
    FileChannel ch = FileChannel.open(dest, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
    return new OutputFile(dest, null, ch, true);
  }

  /** Replaces {@code target}'s content with {@code bytes} (atomically when it is a regular file). */
  public static void write(Path target, byte[] bytes) throws IOException {
    try (OutputFile out = replace(target)) {
      out.write(bytes);
      out.commit();
    }
  }

  /** The file written in the end: the target, with symbolic links followed. */
  public Path destination() {
    return destination;
  }

  /** Writes all of {@code bytes}; on failure a regular file is cut back to where it was. */
  public void write(byte[] bytes) throws IOException {
    if (!open) {
      throw new IOException("closed");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    try {
      while (b.hasRemaining()) {
        channel.write(b);
      }
      complete += bytes.length;
    } catch (IOException e) {
      if (truncatable) {
        try {
          channel.truncate(complete);
          channel.position(complete);
        } catch (IOException ignored) {
          // The write's own failure is what the caller needs to hear about.
        }
      }
      throw e;
    }
  }

  /** Bytes written so far (all of them complete). */
  public long size() {
    return complete;
  }

  /** Ends the write: the temporary (synced) is renamed over the destination; a stream is closed. */
  public void commit() throws IOException {
    if (!open) {
      throw new IOException("closed");
    }
    open = false;
    try {
      if (temp != null && channel instanceof FileChannel fc) {
        fc.force(true);
      }
    } finally {
      channel.close();
    }
    if (temp == null) {
      return;
    }
    try {
      try {
        Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Without {@link #commit()}: abandons an atomic write (the old file stays) or ends a stream. */
  @Override
  public void close() throws IOException {
    if (!open) {
      return;
    }
    open = false;
    try {
      channel.close();
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private enum Kind { ABSENT, REGULAR, SPECIAL }

  private static Kind kind(Path target, Path dest) throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(dest, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Kind.ABSENT;
    }
    if (a.isDirectory()) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    return a.isRegularFile() ? Kind.REGULAR : Kind.SPECIAL;
  }

  /** {@code target} with every symbolic link on its last component followed, absolute. */
  static Path followLinks(Path target) throws IOException {
    Path p = target.toAbsolutePath();
    for (int i = 0; Files.isSymbolicLink(p); i++) {
      if (i == MAX_LINKS) {
        throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
      }
      p = p.getParent().resolve(Files.readSymbolicLink(p));
    }
    return p;
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (src != null && dst != null) {
      dst.setPermissions(src.readAttributes().permissions());
    }
  }
}
