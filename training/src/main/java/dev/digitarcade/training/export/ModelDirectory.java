package dev.digitarcade.training.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the exporter may replace, and how it recognises a model it wrote.
 *
 * <p>The exporter writes into a directory only if it does not exist, is empty, or holds a
 * previous model and nothing else: {@code saved_model.pb} plus only files the exporter writes.
 * Those are the ones listed in the directory's {@value #MANIFEST} (written by every export) and,
 * for models exported before the manifest existed such as the shipped {@code assets/model},
 * the fixed set a SavedModel export of ours holds ({@code saved_model.pb}, {@code MODEL.md},
 * {@code variables/} with TensorFlow's variable files, {@code fingerprint.pb}). Anything else in
 * the directory (a user's notes, a working directory) makes it off limits: the export is refused
 * and nothing is touched. When an old model is removed, only its model files are deleted.
 *
 * <p>The pictures {@code train} writes beside {@code MODEL.md} ({@code training.png} and the
 * evaluation plots) are covered by the manifest like every file of an export; they are not in
 * the fixed set, so in a directory without a manifest a picture by one of those names is
 * someone else's: it makes the directory off limits and is never deleted.
 */
public final class ModelDirectory {

  /** The file every export writes, listing the files of the model (directories end with '/'). */
  public static final String MANIFEST = "MANIFEST.txt";
  static final String MANIFEST_HEADER = "digit-trainer model export";
  private static final Set<String> KNOWN = Set.of("saved_model.pb", "MODEL.md", "fingerprint.pb", "variables/",
      "variables/variables.index", ".MODEL.md.tmp", MANIFEST);

  /** What is at an export target. */
  public enum State {
    /** Nothing: the export creates it. */
    ABSENT,
    /** An empty directory: the export fills it. */
    EMPTY,
    /** A previous model: the export replaces it. */
    PREVIOUS_MODEL
  }

  private ModelDirectory() {}

  /** The target as the exporter uses it: absolute, normalised, a symbolic link resolved. */
  static Path resolve(Path outDir) throws IOException {
    Path abs = outDir.toAbsolutePath().normalize();
    return Files.exists(abs) ? abs.toRealPath() : abs;
  }

  /** Inspects {@code target} (already {@linkplain #resolve resolved}); refuses what may not be replaced. */
  public static State inspect(Path target) throws IOException {
    return inspect(target, Path.of("").toAbsolutePath());
  }

  static State inspect(Path target, Path workingDir) throws IOException {
    if (target.getParent() == null) {
      throw new ExportRefusedException("refusing to export the model to " + target + ": it is a file system root "
          + "(expected a directory of its own for the model)");
    }
    if (workingDir.normalize().startsWith(target)) {
      throw new ExportRefusedException("refusing to export the model to " + target + ": it is the working directory "
          + "or contains it (expected a directory of its own for the model, e.g. " + target.resolve("model") + ")");
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Path ancestor = target.getParent();
      while (ancestor != null && !Files.exists(ancestor)) {
        ancestor = ancestor.getParent();
      }
      if (ancestor != null && !Files.isDirectory(ancestor)) {
        throw new ExportRefusedException("refusing to export the model to " + target + ": " + ancestor
            + " is a file (expected a directory)");
      }
      return State.ABSENT;
    }
    if (!Files.isDirectory(target)) {
      throw new ExportRefusedException("refusing to export the model to " + target + ": it is a file (expected a new, "
          + "empty or previous model directory); nothing was changed");
    }
    List<String> entries = entries(target);
    if (entries.isEmpty()) {
      return State.EMPTY;
    }
    Set<String> listed = listed(target);
    List<String> foreign = entries.stream().filter(e -> !isModelFile(e, listed)).toList();
    if (foreign.isEmpty() && entries.contains("saved_model.pb")) {
      return State.PREVIOUS_MODEL;
    }
    String shown = foreign.isEmpty() ? "no saved_model.pb"
        : String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
            + (foreign.size() > 3 ? " and " + (foreign.size() - 3) + " more" : "");
    throw new ExportRefusedException("refusing to export the model to " + target + ": it holds files digit-trainer "
        + "did not write (" + shown + "); choose a new or empty directory, or a previous model's; nothing was changed");
  }

  /** Paths under {@code dir}, relative, '/'-separated, directories with a trailing '/', sorted. */
  static List<String> entries(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> !p.equals(dir)).forEach(p -> {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        out.add(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? rel + "/" : rel);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static boolean isModelFile(String entry, Set<String> listed) {
    return KNOWN.contains(entry) || listed.contains(entry) || entry.startsWith("variables/variables.data-");
  }

  /** The files a manifest lists (empty without a valid manifest). */
  private static Set<String> listed(Path dir) {
    Path m = dir.resolve(MANIFEST);
    try {
      if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS) || Files.size(m) > 64 * 1024) {
        return Set.of();
      }
      List<String> lines = Files.readAllLines(m, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(MANIFEST_HEADER)) {
        return Set.of();
      }
      Set<String> out = new TreeSet<>();
      for (String l : lines.subList(1, lines.size())) {
        if (!l.isBlank() && !l.startsWith("#") && !l.startsWith("/") && !l.contains("..")) {
          out.add(l.strip());
        }
      }
      return out;
    } catch (IOException e) {
      return Set.of();
    }
  }

  /** Writes the manifest of everything now in {@code dir} (a finished export before it is renamed into place). */
  static void writeManifest(Path dir) throws IOException {
    StringBuilder b = new StringBuilder(MANIFEST_HEADER).append('\n')
        .append("# The files digit-trainer wrote here. It replaces this directory only while it holds nothing else.\n");
    for (String e : entries(dir)) {
      b.append(e).append('\n');
    }
    b.append(MANIFEST).append('\n');
    Files.writeString(dir.resolve(MANIFEST), b, StandardCharsets.UTF_8);
  }

  /**
   * Deletes a replaced model: its model files, then its directories once empty. Anything else
   * (nothing, unless someone wrote into it meanwhile) is left where it is, with the directory.
   *
   * @return whether the directory is gone
   */
  static boolean deleteModel(Path dir) {
    Set<String> listed = listed(dir);
    List<String> entries;
    try {
      entries = entries(dir);
    } catch (IOException e) {
      return false;
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      String e = entries.get(i);
      try {
        if (isModelFile(e, listed)) {
          Files.deleteIfExists(dir.resolve(e)); // a directory only once empty
        }
      } catch (DirectoryNotEmptyException | NoSuchFileException ignored) {
        // keeps what is not ours
      } catch (IOException ignored) {
        // best effort; the next export tries again
      }
    }
    try {
      Files.deleteIfExists(dir);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
