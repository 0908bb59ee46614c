package dev.digitarcade.game.scores;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The high-score table, kept as JSON in one file.
 *
 * <p>Writes go to a temporary file beside the table and are renamed over it, so a crash
 * mid-write leaves the previous table. A table that cannot be read is set aside (renamed
 * with a {@code .corrupt-<millis>} suffix), reported through the warning sink, and
 * treated as empty: a broken file never stops the game.
 */
public final class HighScoreStore {

  /** How many entries the table keeps. */
  public static final int CAPACITY = 10;
  private static final int FORMAT_VERSION = 1;

  private final Path file;
  private final Consumer<String> warnings;
  private final ObjectMapper json = new ObjectMapper();

  public HighScoreStore(Path file, Consumer<String> warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  /** Where the table lives. */
  public Path file() {
    return file;
  }

  /** The table, best first; empty when there is no file yet or it was unreadable. */
  public List<HighScore> load() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      warnings.accept("high scores: cannot read " + file + " (" + e.getMessage() + "); starting a new table");
      return List.of();
    }
    try {
      return parse(bytes);
    } catch (IOException | RuntimeException e) {
      setAside(e);
      return List.of();
    }
  }

  /**
   * Adds a result, keeps the best {@link #CAPACITY}, writes the table atomically.
   *
   * @return the 1-based rank the score earned, or empty when it did not make the table
   * @throws IOException when the table cannot be written (the old table is intact)
   */
  public Optional<Integer> add(HighScore score) throws IOException {
    List<HighScore> table = new ArrayList<>(load());
    table.add(score);
    table.sort(HighScore.BEST_FIRST);
    int rank = table.indexOf(score);
    if (table.size() > CAPACITY) {
      table = new ArrayList<>(table.subList(0, CAPACITY));
    }
    write(table);
    return rank < CAPACITY ? Optional.of(rank + 1) : Optional.empty();
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
          requiredInt(n, "bestStreak"), Instant.parse(requiredText(n, "when"))));
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

  private void write(List<HighScore> table) throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ArrayNode arr = root.putArray("scores");
    for (HighScore s : table) {
      arr.addObject()
          .put("score", s.score())
          .put("roundsWon", s.roundsWon())
          .put("rounds", s.rounds())
          .put("bestStreak", s.bestStreak())
          .put("when", s.when().toString());
    }
    byte[] bytes;
    try {
      bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot encode high scores", e);
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void setAside(Exception cause) {
    Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
    String why = cause instanceof DateTimeParseException ? "a date that is not ISO-8601" : cause.getMessage();
    try {
      Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      warnings.accept("high scores: " + file + " is unreadable (" + firstLine(why) + "); moved it to "
          + aside.getFileName() + " and started a new table");
    } catch (IOException e) {
      warnings.accept("high scores: " + file + " is unreadable (" + firstLine(why)
          + ") and could not be moved aside (" + e.getMessage() + "); starting a new table");
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
