package dev.digitarcade.game.scores;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.engine.io.InputFiles;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.io.OutputFile;
import dev.digitarcade.game.files.DataDirs;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The high-score table, kept as JSON in one file.
 *
 * <ul>
 *   <li>Writes replace the file atomically (temporary, then rename; through a symbolic link, the
 *       link's target), so a crash mid-write leaves the previous table.
 *   <li>The file is read with a size limit ({@value #MAX_BYTES} bytes; ten entries take about
 *       1 kB), so a huge file is an error, never an {@code OutOfMemoryError}.
 *   <li>A file that cannot be read or parsed (unreadable, too large, not JSON, wrong shape) is set
 *       aside: renamed to {@code scores.json.damaged-<UTC time>} (never over an existing file),
 *       reported through the warning sink, and the table starts empty. Nothing is deleted.
 *   <li>A file that can be neither read nor moved aside, or that is not a regular file (a
 *       directory, a device), is never written over: saving then fails with a reason.
 * </ul>
 */
public final class HighScoreStore {

  /** How many entries the table keeps. */
  public static final int CAPACITY = 10;
  /** Larger files are not a table. */
  public static final int MAX_BYTES = 1 << 20;
  private static final int FORMAT_VERSION = 1;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The file operations the table needs; tests inject faults that root cannot make for real. */
  interface Storage {
    /** The bytes of a regular file, at most {@code limit}; see {@link InputFiles#readRegular}. */
    byte[] read(Path file, int limit) throws IOException;

    /** Renames {@code file} to {@code aside}; {@link FileAlreadyExistsException} if that is taken. */
    void moveAside(Path file, Path aside) throws IOException;

    /** Replaces the file's content atomically. */
    void write(Path file, byte[] bytes) throws IOException;

    Storage FILES = new Storage() {
      @Override
      public byte[] read(Path file, int limit) throws IOException {
        return InputFiles.readRegular(file, limit);
      }

      @Override
      public void moveAside(Path file, Path aside) throws IOException {
        Files.move(file, aside);
      }

      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && dir.equals(DataDirs.userData().toAbsolutePath())) {
          Files.createDirectories(dir); // the app's own data directory is made on first use; others must exist
        }
        OutputFile.write(file, bytes);
      }
    };
  }

  /** What reading found: a table to build on, or a file that must be left alone. */
  private sealed interface State {
    record Table(List<HighScore> scores) implements State { }

    record Blocked(String reason) implements State { }
  }

  private final Path file;
  private final Consumer<String> warnings;
  private final Storage storage;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private final Set<String> warned = new HashSet<>();
  private volatile String blocked;

  public HighScoreStore(Path file, Consumer<String> warnings) {
    this(file, warnings, Storage.FILES, Clock.systemUTC());
  }

  HighScoreStore(Path file, Consumer<String> warnings, Storage storage, Clock clock) {
    this.file = file;
    this.warnings = warnings;
    this.storage = storage;
    this.clock = clock;
  }

  /** Where the table lives. */
  public Path file() {
    return file;
  }

  /** The table, best first; empty when there is no file yet or it could not be read. */
  public List<HighScore> load() {
    return read() instanceof State.Table t ? t.scores() : List.of();
  }

  /**
   * Why scores cannot be saved, as the last read found ("scores.json is a directory"), or empty
   * when they can.
   */
  public Optional<String> blockedReason() {
    return Optional.ofNullable(blocked);
  }

  /**
   * Adds a finished game: keeps the best {@link #CAPACITY}, writes the table atomically. A game
   * without a point is not a high score and is not written. Never throws: a failure is a {@link
   * Saved.Failed} (also sent to the warning sink) and the file on disk is as it was.
   */
  public Saved save(HighScore score) {
    if (score.score() == 0) {
      return new Saved.NoPoints();
    }
    State state = read();
    if (state instanceof State.Blocked b) {
      return failed(b.reason());
    }
    List<HighScore> table = new ArrayList<>(((State.Table) state).scores());
    table.add(score);
    table.sort(HighScore.BEST_FIRST);
    int rank = table.indexOf(score);
    if (table.size() > CAPACITY) {
      table = new ArrayList<>(table.subList(0, CAPACITY));
    }
    try {
      storage.write(file, encode(table));
    } catch (IOException e) {
      return failed(IoErrors.describe(e));
    }
    return rank < CAPACITY ? new Saved.Ranked(rank + 1) : new Saved.NotRanked();
  }

  /**
   * Puts {@code name} on a game saved before (found by everything but its name). Atomic like
   * {@link #save}; never throws.
   *
   * @return why it could not be written, or empty when it was (or the game is no longer in the table)
   */
  public Optional<String> rename(HighScore saved, String name) {
    State state = read();
    if (state instanceof State.Blocked b) {
      return Optional.of(((Saved.Failed) failed(b.reason())).message());
    }
    List<HighScore> table = new ArrayList<>(((State.Table) state).scores());
    boolean found = false;
    for (int i = 0; i < table.size(); i++) {
      if (table.get(i).withName("").equals(saved.withName(""))) {
        table.set(i, table.get(i).withName(name));
        found = true;
        break;
      }
    }
    if (!found) {
      return Optional.empty();
    }
    try {
      storage.write(file, encode(table));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(((Saved.Failed) failed(IoErrors.describe(e))).message());
    }
  }

  /**
   * As {@link #save}, for callers that want an exception.
   *
   * @return the 1-based rank the score earned, or empty when it did not make the table
   * @throws IOException when the table cannot be written (the old table is intact)
   */
  public Optional<Integer> add(HighScore score) throws IOException {
    Saved s = save(score);
    if (s instanceof Saved.Failed f) {
      throw new IOException(f.message());
    }
    return s instanceof Saved.Ranked r ? Optional.of(r.rank()) : Optional.empty();
  }

  private Saved failed(String reason) {
    Saved.Failed f = new Saved.Failed(reason, "high scores: could not save to " + file + ": " + reason);
    warn(f.message());
    return f;
  }

  private State read() {
    State s = readState();
    blocked = s instanceof State.Blocked b ? b.reason() : null;
    return s;
  }

  private State readState() {
    byte[] bytes;
    try {
      bytes = storage.read(file, MAX_BYTES);
    } catch (NoSuchFileException e) {
      return new State.Table(List.of());
    } catch (InputFiles.NotRegularFileException e) {
      // Not ours to rename or replace (a directory, /dev/null, a FIFO).
      warn("high scores: " + file + " " + IoErrors.describe(e) + "; scores will not be saved there");
      return new State.Blocked(file.getFileName() + " " + IoErrors.describe(e));
    } catch (IOException e) {
      return setAside("could not be read (" + IoErrors.describe(e) + ")");
    }
    try {
      return new State.Table(parse(bytes));
    } catch (IOException | RuntimeException e) {
      String why = e instanceof DateTimeParseException ? "a date that is not ISO-8601"
          : e instanceof JsonProcessingException j ? "not JSON: " + j.getOriginalMessage() : e.getMessage();
      return setAside("is damaged (" + firstLine(why) + ")");
    }
  }

  /** Renames the file out of the way, never over another file; a file that will not move stays and blocks saving. */
  private State setAside(String problem) {
    String stamp = STAMP.format(clock.instant());
    IOException last = null;
    for (int n = 1; n <= 100; n++) {
      Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + (n == 1 ? "" : "-" + n));
      try {
        storage.moveAside(file, aside);
        warn("high scores: " + file + " " + problem + "; moved it to " + aside.getFileName()
            + " and started a new table");
        return new State.Table(List.of());
      } catch (FileAlreadyExistsException e) {
        last = e;
      } catch (NoSuchFileException e) {
        return new State.Table(List.of()); // gone meanwhile
      } catch (IOException e) {
        last = e;
        break;
      }
    }
    String why = problem + " and could not be moved aside (" + IoErrors.describe(last) + ")";
    warn("high scores: " + file + " " + why + "; it is left as it is and new scores will not be saved over it");
    return new State.Blocked(file.getFileName() + " " + why);
  }

  private void warn(String message) {
    if (warned.add(message)) { // the screens load the table often; say each thing once
      warnings.accept(message);
    }
  }

  private List<HighScore> parse(byte[] bytes) throws IOException {
    JsonNode root = json.readTree(bytes);
    if (root == null || !root.isObject() || root.path("version").asInt(-1) != FORMAT_VERSION
        || !root.path("scores").isArray()) {
      throw new IOException("expected a JSON object with \"version\": " + FORMAT_VERSION + " and a \"scores\" array");
    }
    List<HighScore> scores = new ArrayList<>();
    for (JsonNode n : root.get("scores")) {
      scores.add(new HighScore(
          requiredInt(n, "score"), requiredInt(n, "roundsWon"), requiredInt(n, "rounds"),
          requiredInt(n, "bestStreak"), Instant.parse(requiredText(n, "when")), optionalText(n, "name")));
    }
    scores.sort(HighScore.BEST_FIRST);
    return List.copyOf(scores.subList(0, Math.min(CAPACITY, scores.size())));
  }

  private static int requiredInt(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new IOException("entry without an integer \"" + field + "\"");
    }
    return v.intValue();
  }

  private static String requiredText(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IOException("entry without a text \"" + field + "\"");
    }
    return v.textValue();
  }

  private static String optionalText(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null) {
      return "";
    }
    if (!v.isTextual()) {
      throw new IOException("entry with a \"" + field + "\" that is not text");
    }
    return v.textValue();
  }

  private byte[] encode(List<HighScore> table) throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ArrayNode arr = root.putArray("scores");
    for (HighScore s : table) {
      ObjectNode entry = arr.addObject();
      entry.put("score", s.score())
          .put("roundsWon", s.roundsWon())
          .put("rounds", s.rounds())
          .put("bestStreak", s.bestStreak())
          .put("when", s.when().toString());
      if (!s.name().isEmpty()) {
        entry.put("name", s.name());
      }
    }
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot encode high scores", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
