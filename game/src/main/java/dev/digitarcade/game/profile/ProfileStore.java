package dev.digitarcade.game.profile;

import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.io.OutputFile;
import dev.digitarcade.model.profile.Example;
import dev.digitarcade.model.profile.Profile;
import dev.digitarcade.model.segment.Stroke;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A player's profile on disk: a directory holding {@code examples/}, one small JSON file per
 * example ({@link ExampleCodec}), so a damaged file costs that one example only.
 *
 * <ul>
 *   <li>Each example is written atomically (a temporary beside it, renamed into place): a crash
 *       leaves the example whole or absent, and the others untouched.
 *   <li>A file that cannot be read as an example is set aside as {@code NAME.damaged-<UTC time>}
 *       (never over another file) with a warning; the other examples are kept. Files that do not
 *       end in {@code .json} are left alone.
 *   <li>Deleting an example or resetting the profile deletes only example files this store read
 *       or wrote.
 * </ul>
 *
 * The profile in memory is immutable and replaced whole after each change ({@link #current()} is
 * safe from any thread; changes come from one thread, the game's).
 */
public final class ProfileStore {

  /** The default profile's directory name in the user's data directory. */
  public static final String DEFAULT_NAME = "profile";

  /** Where examples live inside a profile directory. */
  public static final String EXAMPLES = "examples";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final Consumer<String> warn;
  private final Clock clock;
  private final ExampleCodec codec = new ExampleCodec();
  private final KeptDrawings drawings;
  private volatile Profile current = Profile.empty();
  private int made;

  private ProfileStore(Path dir, Consumer<String> warn, Clock clock) {
    this.dir = dir;
    this.warn = warn;
    this.clock = clock;
    this.drawings = new KeptDrawings(dir == null ? null : dir.resolve(KeptDrawings.DIR),
        KeptDrawings.DEFAULT_MAX_FILES, KeptDrawings.DEFAULT_MAX_BYTES, clock);
  }

  /** A profile kept in memory only (tests, and a run whose profile directory cannot be used). */
  public static ProfileStore inMemory() {
    return new ProfileStore(null, w -> { }, Clock.systemUTC());
  }

  /** Opens (and reads) the profile in {@code dir}; nothing is created until the first example. */
  public static ProfileStore open(Path dir, Consumer<String> warn) {
    return open(dir, warn, Clock.systemUTC());
  }

  static ProfileStore open(Path dir, Consumer<String> warn, Clock clock) {
    ProfileStore s = new ProfileStore(dir, warn, clock);
    s.load();
    return s;
  }

  /** The profile directory, or null in memory. */
  public Path dir() {
    return dir;
  }

  /** The drawings "Keep my drawings" keeps in this profile (apart from its examples). */
  public KeptDrawings drawings() {
    return drawings;
  }

  /** The profile as it is now. */
  public Profile current() {
    return current;
  }

  private void load() {
    Path ex = dir.resolve(EXAMPLES);
    if (!Files.isDirectory(ex)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(ex, "*.json")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      warn.accept("profile: cannot read " + ex + " (" + IoErrors.describe(e) + "); reading without your examples");
      return;
    }
    files.sort(Comparator.comparing(Path::toString));
    List<Example> examples = new ArrayList<>();
    for (Path f : files) {
      try {
        Example e = codec.decode(Files.readAllBytes(f));
        if (!(e.id() + ".json").equals(f.getFileName().toString())) {
          throw new IOException("its id " + e.id() + " does not match its name");
        }
        examples.add(e);
      } catch (IOException e) {
        setAside(f, e.getMessage());
      }
    }
    examples.sort(Comparator.comparingLong(Example::createdMillis).thenComparing(Example::id));
    current = Profile.of(Profile.empty().embedding(), examples);
  }

  private void setAside(Path f, String why) {
    String stamp = STAMP.format(clock.instant());
    for (int n = 1; n <= 100; n++) {
      Path aside = f.resolveSibling(f.getFileName() + ".damaged-" + stamp + (n == 1 ? "" : "-" + n));
      try {
        Files.move(f, aside);
        warn.accept("profile: example " + f.getFileName() + " is damaged (" + why + "); moved it to "
            + aside.getFileName() + " and kept the other examples");
        return;
      } catch (FileAlreadyExistsException e) {
        // try the next name
      } catch (IOException e) {
        warn.accept("profile: example " + f + " is damaged (" + why + ") and could not be moved aside ("
            + IoErrors.describe(e) + "); it is skipped");
        return;
      }
    }
  }

  /**
   * Teaches an example: written to disk first (atomically), then part of {@link #current()}.
   *
   * @param input the 784 recipe values the model was given for the drawing
   * @param strokes its strokes (empty when not known), canvas pixels
   * @param canvas the canvas side, 0 when not known
   * @throws IOException when it could not be written (the profile is then unchanged)
   */
  public synchronized Example add(int digit, float[] input, List<Stroke> strokes, int canvas) throws IOException {
    long now = clock.millis();
    String id;
    do {
      id = digit + "-" + STAMP.format(clock.instant()) + "-" + (made++);
    } while (dir != null && Files.exists(dir.resolve(EXAMPLES).resolve(id + ".json")));
    Example e = new Example(id, digit, input.clone(), strokes, canvas, now);
    if (dir != null) {
      Path ex = dir.resolve(EXAMPLES);
      Files.createDirectories(ex);
      OutputFile.write(ex.resolve(id + ".json"), codec.encode(e));
    }
    current = current.with(e);
    return e;
  }

  /** Forgets example {@code id} and deletes its file; false when there is no such example. */
  public synchronized boolean delete(String id) throws IOException {
    boolean known = current.examples().stream().anyMatch(e -> e.id().equals(id));
    if (!known) {
      return false;
    }
    if (dir != null) {
      try {
        Files.delete(dir.resolve(EXAMPLES).resolve(id + ".json"));
      } catch (NoSuchFileException e) {
        // already gone
      }
    }
    current = current.without(id);
    return true;
  }

  /** Deletes every example (only the files of this profile's examples); the profile is then empty. */
  public synchronized void reset() throws IOException {
    for (Example e : current.examples()) {
      delete(e.id());
    }
  }
}
