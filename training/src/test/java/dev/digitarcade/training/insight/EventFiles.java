package dev.digitarcade.training.insight;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.tensorflow.proto.Event;

/**
 * Reads a TensorBoard event file back for tests, written apart from {@link EventWriter}: the
 * TFRecord frames (little-endian u64 length, masked CRC-32C of it, data, masked CRC-32C of the
 * data), every CRC checked, each record parsed with TensorFlow's {@code Event} class.
 */
public final class EventFiles {
  private EventFiles() {}

  /** TFRecord's mask, as TensorFlow's record writer defines it. */
  static int masked(byte[] b, int off, int len) {
    CRC32C c = new CRC32C();
    c.update(b, off, len);
    long crc = c.getValue();
    long rotated = ((crc >>> 15) | (crc << 17)) & 0xffffffffL;
    return (int) ((rotated + 0xa282ead8L) & 0xffffffffL);
  }

  public static List<Event> read(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    List<Event> out = new ArrayList<>();
    while (b.hasRemaining()) {
      int at = b.position();
      long len = b.getLong();
      int lenCrc = b.getInt();
      if (lenCrc != masked(all, at, 8)) {
        throw new IOException("bad length CRC at byte " + at);
      }
      byte[] data = new byte[Math.toIntExact(len)];
      b.get(data);
      if (b.getInt() != masked(data, 0, data.length)) {
        throw new IOException("bad data CRC in the record at byte " + at);
      }
      out.add(Event.parseFrom(data));
    }
    return out;
  }

  /** The one event file in {@code dir}. */
  public static Path only(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents.")).toList();
      if (files.size() != 1) {
        throw new IOException(files.size() + " event files in " + dir);
      }
      return files.get(0);
    }
  }
}
