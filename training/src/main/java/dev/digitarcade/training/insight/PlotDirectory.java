package dev.digitarcade.training.insight;

import dev.digitarcade.training.data.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Map;

/**
 * A directory plots are written into ({@code evaluate --plots DIR}). It is created if missing;
 * other files in it are left alone; a file by a plot's name is replaced only if it is a plot
 * this program wrote (its PNG carries our mark, see {@link Png}), otherwise the whole write is
 * refused before anything is written. Each file is written atomically (a temporary file, then a
 * rename).
 */
public final class PlotDirectory {
  private PlotDirectory() {}

  /** Refuses, in one line and changing nothing, a directory {@code names} could not be written into. */
  public static void check(Path dir, Collection<String> names, String option) {
    EventWriter.check(dir, option);
    for (String name : names) {
      Path f = dir.resolve(name);
      if (Files.exists(f, LinkOption.NOFOLLOW_LINKS) && !Png.isOurs(f)) {
        throw new IllegalArgumentException(option + " " + dir + ": " + name + " is there and digit-trainer did not "
            + "write it (expected a new directory, or one whose " + String.join(", ", names)
            + " are digit-trainer's plots); nothing was written");
      }
    }
  }

  /** Checks again, creates the directory and writes every file atomically. */
  public static void write(Path dir, Map<String, byte[]> files, String option) throws IOException {
    check(dir, files.keySet(), option);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      AtomicFile.write(dir.resolve(f.getKey()), tmp -> {
        Files.write(tmp, f.getValue());
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
          // a temporary file is private (0600); a picture is for everyone who may read the directory
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
      });
    }
  }
}
