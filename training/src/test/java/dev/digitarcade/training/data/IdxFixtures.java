package dev.digitarcade.training.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files for tests. */
final class IdxFixtures {
  private IdxFixtures() {}

  static byte[] images(int claimedCount, int actualCount, int rows, int cols, int magic) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(magic);
    out.writeInt(claimedCount);
    out.writeInt(rows);
    out.writeInt(cols);
    for (int i = 0; i < actualCount * rows * cols; i++) {
      out.writeByte((i * 7 + i / (rows * cols)) & 0xff);
    }
    return bytes.toByteArray();
  }

  static byte[] labels(int claimedCount, byte... labels) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(IdxReader.LABELS_MAGIC);
    out.writeInt(claimedCount);
    out.write(labels);
    return bytes.toByteArray();
  }

  static Path write(Path file, byte[] content, boolean gzip) throws IOException {
    if (gzip) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(content);
      }
    } else {
      Files.write(file, content);
    }
    return file;
  }
}
