package dev.digitarcade.training.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full training state after an epoch (weights, batch-norm statistics, Adam moments, step,
 * training seconds of this run so far, for information), written atomically (temporary file, then rename).
 */
public record Checkpoint(String resumeKey, int epochsDone, long step, double elapsedSeconds,
    Map<String, float[]> state) {

  private static final int MAGIC = 0x44414B31; // "DAK1"

  public void write(Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
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
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Reads a checkpoint; a missing or damaged file gives one line saying so. */
  public static Checkpoint read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("checkpoint " + file + " is not a Digit Arcade training checkpoint");
      }
      String key = in.readUTF();
      int epochs = in.readInt();
      long step = in.readLong();
      double elapsed = in.readDouble();
      int n = in.readInt();
      Map<String, float[]> state = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        String name = in.readUTF();
        int len = in.readInt();
        if (len < 0 || len > 50_000_000) {
          throw new IOException("checkpoint " + file + " is damaged (" + name + " claims " + len + " values)");
        }
        float[] v = new float[len];
        for (int j = 0; j < len; j++) {
          v[j] = in.readFloat();
        }
        state.put(name, v);
      }
      return new Checkpoint(key, epochs, step, elapsed, state);
    } catch (NoSuchFileException e) {
      throw new IOException("no checkpoint at " + file + " to resume from (train without --resume first)");
    } catch (EOFException e) {
      throw new IOException("checkpoint " + file + " is truncated");
    }
  }
}
