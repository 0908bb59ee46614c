package dev.digitarcade.training.train;

import dev.digitarcade.training.data.FileErrors;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The full training state after an epoch (weights, batch-norm statistics, Adam moments, step,
 * training seconds of this run so far, for information), written atomically (temporary file,
 * then rename; the temporary file is removed if anything fails) and ending with a CRC-32 of
 * everything before it, so that a damaged file is refused instead of resumed.
 */
public record Checkpoint(String resumeKey, int epochsDone, long step, double elapsedSeconds,
    Map<String, float[]> state) {

  private static final int MAGIC = 0x44414B32; // "DAK2": with a CRC-32 at the end
  private static final int OLD_MAGIC = 0x44414B31; // "DAK1": no checksum

  /** A checkpoint that is missing, damaged or not one. The message is one line. */
  public static final class BadCheckpointException extends IOException {
    private static final long serialVersionUID = 1L;

    BadCheckpointException(String message) {
      super(message);
    }
  }

  /** Called with the finished temporary file just before it is renamed into place (tests). */
  @FunctionalInterface
  interface BeforeRename {
    void accept(Path tmp) throws IOException;
  }

  public void write(Path file) throws IOException {
    write(file, tmp -> { });
  }

  void write(Path file, BeforeRename hook) throws IOException {
    Path abs = file.toAbsolutePath();
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    boolean done = false;
    try {
      Files.createDirectories(abs.getParent());
      CRC32 crc = new CRC32();
      try (OutputStream raw = Files.newOutputStream(tmp);
           DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16),
               crc))) {
        out.writeInt(MAGIC);
        out.writeUTF(resumeKey);
        out.writeInt(epochsDone);
        out.writeLong(step);
        out.writeDouble(elapsedSeconds);
        out.writeInt(state.size());
        for (Map.Entry<String, float[]> e : state.entrySet()) {
          out.writeUTF(e.getKey());
          out.writeInt(e.getValue().length);
          for (float v : e.getValue()) {
            out.writeFloat(v);
          }
        }
        out.flush();
        int sum = (int) crc.getValue();
        out.writeInt(sum);
      }
      hook.accept(tmp);
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
    } catch (IOException e) {
      throw new IOException("cannot write checkpoint " + abs + " (" + FileErrors.reason(e) + ")", e);
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the failure being reported matters more; the next write replaces the file
        }
      }
    }
  }

  /**
   * Reads a checkpoint; a missing, damaged or foreign file gives a {@link BadCheckpointException}
   * with one line saying so. The checksum is verified before anything is parsed.
   */
  public static Checkpoint read(Path file) throws IOException {
    try {
      long size = Files.size(file);
      if (size < 12) {
        throw damaged(file, "only " + size + " bytes");
      }
      int magic = verify(file, size);
      if (magic == OLD_MAGIC) {
        throw new BadCheckpointException("checkpoint " + file + " was written by an older digit-trainer (no checksum); "
            + "train without --resume to start over");
      }
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        in.readInt();
        String key = in.readUTF();
        int epochs = in.readInt();
        long step = in.readLong();
        double elapsed = in.readDouble();
        int n = in.readInt();
        long left = size - 4;
        Map<String, float[]> state = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          String name = in.readUTF();
          int len = in.readInt();
          if (len < 0 || 4L * len > left) {
            throw damaged(file, name + " claims " + len + " values");
          }
          float[] v = new float[len];
          for (int j = 0; j < len; j++) {
            v[j] = in.readFloat();
          }
          state.put(name, v);
        }
        return new Checkpoint(key, epochs, step, elapsed, state);
      }
    } catch (NoSuchFileException e) {
      throw new BadCheckpointException("no checkpoint at " + file + " to resume from (train without --resume first)");
    } catch (BadCheckpointException e) {
      throw e;
    } catch (EOFException e) {
      throw damaged(file, "it ends early");
    } catch (IOException e) {
      throw new IOException("cannot read checkpoint " + file + " (" + FileErrors.reason(e) + ")", e);
    }
  }

  /** Checks the magic number and the CRC-32 trailer; returns the magic number. */
  private static int verify(Path file, long size) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
         DataInputStream in = new DataInputStream(raw)) {
      byte[] head = in.readNBytes(4);
      int magic = new DataInputStream(new ByteArrayInputStream(head)).readInt();
      if (magic == OLD_MAGIC) {
        return magic;
      }
      if (magic != MAGIC) {
        throw new BadCheckpointException("checkpoint " + file + " is not a Digit Arcade training checkpoint");
      }
      crc.update(head);
      CheckedInputStream body = new CheckedInputStream(raw, crc);
      long left = size - 8;
      byte[] buf = new byte[1 << 16];
      while (left > 0) {
        int r = body.read(buf, 0, (int) Math.min(buf.length, left));
        if (r < 0) {
          throw new EOFException();
        }
        left -= r;
      }
      int stored = in.readInt();
      if (stored != (int) crc.getValue()) {
        throw damaged(file, "checksum mismatch");
      }
      return magic;
    }
  }

  private static BadCheckpointException damaged(Path file, String why) {
    return new BadCheckpointException("checkpoint " + file + " is damaged (" + why + "); train without --resume to "
        + "start over");
  }
}
