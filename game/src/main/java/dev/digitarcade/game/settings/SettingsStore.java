package dev.digitarcade.game.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.engine.io.InputFiles;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.io.OutputFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The settings, kept as JSON in one file of the user's data directory. Written atomically (a
 * temporary beside it, renamed into place). A file that cannot be read or understood is set
 * aside as {@code settings.json.damaged-<UTC time>} with one warning and the defaults are used;
 * it is never deleted or written over. A file that is not a regular file is left alone and the
 * settings are not saved over it.
 */
public final class SettingsStore {
  /** Larger files are not settings. */
  static final int MAX_BYTES = 64 * 1024;
  private static final int FORMAT_VERSION = 1;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path file;
  private final boolean ownDirectory;
  private final Consumer<String> warnings;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private String blocked;

  /**
   * @param ownDirectory whether the file's directory is the app's own data directory, which is
   *     made on the first save (any other directory must exist)
   */
  public SettingsStore(Path file, boolean ownDirectory, Consumer<String> warnings) {
    this(file, ownDirectory, warnings, Clock.systemUTC());
  }

  SettingsStore(Path file, boolean ownDirectory, Consumer<String> warnings, Clock clock) {
    this.file = file;
    this.ownDirectory = ownDirectory;
    this.warnings = warnings;
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  /** The stored settings, or the defaults when there are none or they are damaged (set aside). */
  public Settings load() {
    byte[] bytes;
    try {
      bytes = InputFiles.readRegular(file, MAX_BYTES);
    } catch (NoSuchFileException e) {
      return Settings.DEFAULTS;
    } catch (InputFiles.NotRegularFileException e) {
      blocked = file.getFileName() + " " + IoErrors.describe(e);
      warnings.accept("settings: " + file + " " + IoErrors.describe(e) + "; using the defaults, not saving there");
      return Settings.DEFAULTS;
    } catch (IOException e) {
      return setAside("could not be read (" + IoErrors.describe(e) + ")");
    }
    try {
      return parse(bytes);
    } catch (IOException | RuntimeException e) {
      String why = e instanceof JsonProcessingException j ? "not JSON: " + j.getOriginalMessage() : e.getMessage();
      return setAside("is damaged (" + firstLine(why) + ")");
    }
  }

  private Settings setAside(String problem) {
    String stamp = STAMP.format(clock.instant());
    for (int n = 1; n <= 100; n++) {
      Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + (n == 1 ? "" : "-" + n));
      try {
        Files.move(file, aside);
        warnings.accept("settings: " + file + " " + problem + "; moved it to " + aside.getFileName()
            + " and started from the defaults");
        return Settings.DEFAULTS;
      } catch (FileAlreadyExistsException e) {
        // try the next name
      } catch (NoSuchFileException e) {
        return Settings.DEFAULTS;
      } catch (IOException e) {
        blocked = file.getFileName() + " " + problem;
        warnings.accept("settings: " + file + " " + problem + " and could not be moved aside ("
            + IoErrors.describe(e) + "); using the defaults, not saving over it");
        return Settings.DEFAULTS;
      }
    }
    blocked = file.getFileName() + " " + problem;
    warnings.accept("settings: " + file + " " + problem + "; no free name to move it to; using the defaults");
    return Settings.DEFAULTS;
  }

  /**
   * Writes {@code settings} atomically.
   *
   * @return why they could not be saved (one line naming the file), or empty when they were
   */
  public Optional<String> save(Settings settings) {
    if (blocked != null) {
      return Optional.of("settings not saved: " + blocked);
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (ownDirectory && dir != null) {
        Files.createDirectories(dir);
      }
      OutputFile.write(file, encode(settings));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("settings: could not save to " + file + ": " + IoErrors.describe(e));
    }
  }

  private Settings parse(byte[] bytes) throws IOException {
    JsonNode root = json.readTree(bytes);
    if (root == null || !root.isObject() || root.path("version").asInt(-1) != FORMAT_VERSION) {
      throw new IOException("expected a JSON object with \"version\": " + FORMAT_VERSION);
    }
    Settings d = Settings.DEFAULTS;
    String difficulty = root.path("difficulty").asText(d.difficulty().name()).toUpperCase(Locale.ROOT);
    Difficulty level;
    try {
      level = Difficulty.valueOf(difficulty);
    } catch (IllegalArgumentException e) {
      throw new IOException("\"difficulty\" must be easy, normal or hard");
    }
    return new Settings(number(root, "roundSeconds", d.roundSeconds()), (int) number(root, "rounds", d.rounds()),
        level, (float) number(root, "brush", d.brush()), (float) number(root, "soundVolume", d.soundVolume()),
        (float) number(root, "voiceVolume", d.voiceVolume()), flag(root, "muted", d.muted()),
        flag(root, "keepDrawings", d.keepDrawings()), flag(root, "biggerText", d.biggerText()),
        text(root, "playerName", d.playerName()));
  }

  /** A missing field takes its default (a file from an older version); a field of the wrong type is damage. */
  private static double number(JsonNode root, String field, double fallback) throws IOException {
    JsonNode v = root.get(field);
    if (v == null) {
      return fallback;
    }
    if (!v.isNumber()) {
      throw new IOException("\"" + field + "\" is not a number");
    }
    return v.doubleValue();
  }

  private static boolean flag(JsonNode root, String field, boolean fallback) throws IOException {
    JsonNode v = root.get(field);
    if (v == null) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw new IOException("\"" + field + "\" is not true or false");
    }
    return v.booleanValue();
  }

  private static String text(JsonNode root, String field, String fallback) throws IOException {
    JsonNode v = root.get(field);
    if (v == null) {
      return fallback;
    }
    if (!v.isTextual()) {
      throw new IOException("\"" + field + "\" is not text");
    }
    return v.textValue();
  }

  private byte[] encode(Settings s) throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put("version", FORMAT_VERSION)
        .put("roundSeconds", s.roundSeconds())
        .put("rounds", s.rounds())
        .put("difficulty", s.difficulty().name().toLowerCase(Locale.ROOT))
        .put("brush", s.brush())
        .put("soundVolume", s.soundVolume())
        .put("voiceVolume", s.voiceVolume())
        .put("muted", s.muted())
        .put("keepDrawings", s.keepDrawings())
        .put("biggerText", s.biggerText())
        .put("playerName", s.playerName());
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot encode the settings", e);
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
