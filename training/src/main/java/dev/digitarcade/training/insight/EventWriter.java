package dev.digitarcade.training.insight;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.Summary;

/**
 * A TensorBoard event file: {@code Event} protos (TensorFlow's own classes) in TFRecord frames,
 * written by plain Java. Each record is its length (u64, little-endian), the masked CRC-32C of
 * those 8 bytes, the data, the masked CRC-32C of the data. The first event names the file
 * version; each later one carries the scalar summaries of one step.
 *
 * <p>Every run gets a file of its own, {@code events.out.tfevents.SECONDS.HOST.PID.N}, created
 * with {@code CREATE_NEW}: nothing in the directory is ever overwritten or deleted. Records go
 * through a buffer and reach the disk on {@link #flush} and {@link #close}.
 */
public final class EventWriter implements AutoCloseable {

  /** One named value at a step. */
  public record Scalar(String tag, double value) {}

  private final Path file;
  private final OutputStream out;
  private final CRC32C crc = new CRC32C();
  private final byte[] header = new byte[12];
  private boolean closed;

  private EventWriter(Path file, OutputStream out) {
    this.file = file;
    this.out = out;
  }

  /**
   * Refuses, in one line and changing nothing, a directory a run could not write its event file
   * into: a file, something under a file, or a directory that cannot be written.
   *
   * @param option the option's name for the message, e.g. {@code --logdir}
   */
  public static void check(Path dir, String option) {
    Path abs = dir.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new IllegalArgumentException(option + " " + dir + " is a file (expected a directory)");
    }
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new IllegalArgumentException(option + " " + dir + ": no part of the path exists (expected a directory)");
    }
    if (!Files.isDirectory(existing)) {
      throw new IllegalArgumentException(option + " " + dir + ": " + existing + " is a file (expected a directory)");
    }
    if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
      throw new IllegalArgumentException(option + " " + dir + ": " + existing
          + " cannot be written (permission denied; expected a writable directory)");
    }
  }

  /** Creates {@code dir} if needed and a new event file in it, and writes the file-version event. */
  public static EventWriter open(Path dir) throws IOException {
    Files.createDirectories(dir);
    long seconds = System.currentTimeMillis() / 1000;
    String host = host();
    long pid = ProcessHandle.current().pid();
    for (int n = 0; ; n++) {
      Path f = dir.resolve(String.format(Locale.ROOT, "events.out.tfevents.%010d.%s.%d.%d", seconds, host, pid, n));
      OutputStream raw;
      try {
        raw = Files.newOutputStream(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      EventWriter w = new EventWriter(f, new BufferedOutputStream(raw, 1 << 16));
      try {
        w.write(Event.newBuilder().setWallTime(System.currentTimeMillis() / 1000.0).setFileVersion("brain.Event:2")
            .build().toByteArray());
        w.flush();
      } catch (IOException | RuntimeException e) {
        w.close();
        throw e;
      }
      return w;
    }
  }

  private static String host() {
    String h = null;
    try {
      Path linux = Path.of("/proc/sys/kernel/hostname");
      h = Files.isReadable(linux) ? Files.readString(linux).strip() : null;
    } catch (IOException e) {
      // the variable, then a fixed name
    }
    if (h == null || h.isBlank()) {
      h = System.getenv("HOSTNAME");
    }
    if (h == null || h.isBlank()) {
      h = "localhost";
    }
    return h.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** The event file. */
  public Path file() {
    return file;
  }

  /** One event at {@code step} holding {@code scalars} (as float32 simple values, as TensorBoard reads them). */
  public void scalars(long step, List<Scalar> scalars) throws IOException {
    Summary.Builder s = Summary.newBuilder();
    for (Scalar v : scalars) {
      s.addValue(Summary.Value.newBuilder().setTag(v.tag()).setSimpleValue((float) v.value()));
    }
    write(Event.newBuilder().setWallTime(System.currentTimeMillis() / 1000.0).setStep(step).setSummary(s).build()
        .toByteArray());
  }

  /** Writes one TFRecord frame holding {@code data}. */
  private void write(byte[] data) throws IOException {
    if (closed) {
      throw new IOException("event file " + file + " is closed");
    }
    long length = data.length;
    for (int i = 0; i < 8; i++) {
      header[i] = (byte) (length >>> (8 * i));
    }
    putInt(header, 8, maskedCrc(header, 0, 8));
    out.write(header, 0, 12);
    out.write(data);
    byte[] tail = new byte[4];
    putInt(tail, 0, maskedCrc(data, 0, data.length));
    out.write(tail);
  }

  /** TFRecord's masked CRC-32C: the CRC rotated right by 15 bits plus a constant. */
  int maskedCrc(byte[] b, int off, int len) {
    crc.reset();
    crc.update(b, off, len);
    return mask((int) crc.getValue());
  }

  static int mask(int crc) {
    return ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
  }

  private static void putInt(byte[] b, int off, int v) {
    for (int i = 0; i < 4; i++) {
      b[off + i] = (byte) (v >>> (8 * i));
    }
  }

  /** Pushes buffered events to the file (TensorBoard sees them from then on). */
  public void flush() throws IOException {
    if (!closed) {
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      out.close();
    }
  }
}
