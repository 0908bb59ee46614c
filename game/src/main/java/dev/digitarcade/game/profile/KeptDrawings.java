package dev.digitarcade.game.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.model.segment.Stroke;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drawings "Keep my drawings" keeps: {@code PROFILE/drawings/kept/d-<UTC time>-<n>.json}, one
 * small JSON file per finished drawing ({@link KeptDrawing}), apart from the taught examples so
 * they never change a reading.
 *
 * <ul>
 *   <li>Each file is written to a temporary beside it and renamed to a name no file has (never over
 *       another file): a crash leaves the drawing whole or absent.
 *   <li>Disk use is bounded: beyond {@code maxFiles} drawings or {@code maxBytes} bytes the oldest
 *       are deleted, and only files this app wrote (its name pattern and its format on the first
 *       line); anything else in the folder is left alone and not counted.
 * </ul>
 */
public final class KeptDrawings {
  /** Where kept drawings live inside a profile directory. */
  public static final String DIR = "drawings/kept";
  public static final String FORMAT = "digit-arcade-drawing/1";
  public static final int DEFAULT_MAX_FILES = 2000;
  public static final long DEFAULT_MAX_BYTES = 40L << 20;

  private static final Pattern NAME = Pattern.compile("d-(\\d{8}T\\d{9}Z)-(\\d{1,9})\\.json");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final byte[] MARK = ("{\"format\":\"" + FORMAT + "\"").getBytes(StandardCharsets.UTF_8);

  private final Path dir;
  private final int maxFiles;
  private final long maxBytes;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  /** The app's files in {@link #dir}, oldest first; null until the first keep. */
  private List<Known> known;
  private long bytes;
  private int made;

  private record Known(Path file, String stamp, int n, long size) {}

  /** @param dir the kept drawings' folder; null keeps nothing (a profile in memory) */
  KeptDrawings(Path dir, int maxFiles, long maxBytes, Clock clock) {
    if (maxFiles < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("the caps must be positive");
    }
    this.dir = dir;
    this.maxFiles = maxFiles;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** The folder, or null when nothing is kept. */
  public Path dir() {
    return dir;
  }

  /**
   * Keeps a finished drawing; nothing when there are no strokes or no folder.
   *
   * @return the drawing kept, or empty when nothing was kept
   * @throws IOException when it could not be written (nothing else has changed then)
   */
  public synchronized Optional<KeptDrawing> keep(String source, Optional<String> label, Optional<String> target,
      Optional<String> taught, List<float[]> inputs, List<Stroke> strokes, int canvas) throws IOException {
    if (dir == null || strokes.isEmpty()) {
      return Optional.empty();
    }
    Files.createDirectories(dir);
    if (known == null) {
      scan();
    }
    String stamp = STAMP.format(clock.instant());
    Path temp = Files.createTempFile(dir, ".kept-", ".tmp");
    try {
      for (int tries = 0; tries < 1000; tries++) {
        int n = made++;
        String id = "d-" + stamp + "-" + n;
        KeptDrawing d = new KeptDrawing(id, source, label, target, taught, inputs, strokes, canvas, clock.millis());
        byte[] body = encode(d);
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          ByteBuffer b = ByteBuffer.wrap(body);
          while (b.hasRemaining()) {
            ch.write(b);
          }
          ch.force(true);
        }
        Path file = dir.resolve(id + ".json");
        try {
          Files.move(temp, file); // no REPLACE_EXISTING: never over another file
        } catch (FileAlreadyExistsException e) {
          continue;
        }
        known.add(new Known(file, stamp, n, body.length));
        bytes += body.length;
        trim();
        return Optional.of(d);
      }
      throw new IOException("no free name for a drawing in " + dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void scan() throws IOException {
    List<Known> found = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "d-*.json")) {
      for (Path f : ds) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (m.matches() && Files.isRegularFile(f)) {
          found.add(new Known(f, m.group(1), Integer.parseInt(m.group(2)), Files.size(f)));
        }
      }
    }
    found.sort(Comparator.comparing(Known::stamp).thenComparingInt(Known::n));
    known = found;
    bytes = found.stream().mapToLong(Known::size).sum();
    for (Known k : found) {
      if (k.stamp().equals(STAMP.format(clock.instant()))) {
        made = Math.max(made, k.n() + 1);
      }
    }
  }

  /** Deletes the oldest of the app's drawings while over a cap (never the one just kept). */
  private void trim() throws IOException {
    while (known.size() > 1 && (known.size() > maxFiles || bytes > maxBytes)) {
      Known oldest = known.remove(0);
      bytes -= oldest.size();
      if (ours(oldest.file())) {
        try {
          Files.delete(oldest.file());
        } catch (NoSuchFileException e) {
          // already gone
        }
      }
    }
  }

  private static boolean ours(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      byte[] head = in.readNBytes(MARK.length);
      return java.util.Arrays.equals(head, MARK);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Every kept drawing, oldest first; a file that cannot be read is skipped with a warning (and
   * left where it is).
   */
  public List<KeptDrawing> all(Consumer<String> warn) {
    List<KeptDrawing> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "d-*.json")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      warn.accept("cannot read " + dir + " (" + IoErrors.describe(e) + ")");
      return out;
    }
    for (Path f : files) {
      try {
        out.add(decode(Files.readAllBytes(f)));
      } catch (IOException e) {
        warn.accept("kept drawing " + f.getFileName() + " is skipped (" + e.getMessage() + ")");
      }
    }
    out.sort(Comparator.comparingLong(KeptDrawing::createdMillis).thenComparing(KeptDrawing::id));
    return out;
  }

  byte[] encode(KeptDrawing d) throws IOException {
    ObjectNode o = json.createObjectNode().put("format", FORMAT).put("id", d.id()).put("source", d.source());
    o.put("label", d.label().orElse(null)).put("target", d.target().orElse(null))
        .put("taught", d.taught().orElse(null)).put("canvas", d.canvas()).put("created", d.createdMillis());
    ArrayNode inputs = o.putArray("inputs");
    d.inputs().forEach(in -> inputs.add(ExampleCodec.inputText(in)));
    ExampleCodec.putStrokes(o.putArray("strokes"), d.strokes());
    return (json.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** @throws IOException with a short reason when the bytes are not a kept drawing */
  KeptDrawing decode(byte[] bytes) throws IOException {
    JsonNode o = ExampleCodec.readTagged(json, bytes, FORMAT);
    List<float[]> inputs = new ArrayList<>();
    for (JsonNode in : o.path("inputs")) {
      inputs.add(ExampleCodec.input(in.asText()));
    }
    try {
      return new KeptDrawing(o.path("id").asText(), o.path("source").asText(), text(o, "label"), text(o, "target"),
          text(o, "taught"), inputs, ExampleCodec.strokes(o.path("strokes")), o.path("canvas").asInt(0),
          o.path("created").asLong(0));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage());
    }
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode v = o.path(field);
    return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }
}
