package dev.digitarcade.game.predict;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Where {@code predict --saliency DIR} puts each picture and how: {@code DIR/NAME.why.png}, NAME
 * the input's file name without its extension; when that name is taken (by anything: a file of
 * an earlier run, another input of the same name) {@code NAME-2.why.png}, {@code NAME-3...}:
 * nothing in DIR is ever overwritten. Each file appears whole or not at all: the PNG is written
 * to a hidden temporary file in DIR, then linked to its name (which fails if the name exists)
 * and the temporary removed.
 */
final class SaliencyFiles {
  /** The most names tried for one input before giving up. */
  static final int MAX_TRIES = 10_000;

  private final Path dir;

  SaliencyFiles(Path dir) {
    this.dir = dir;
  }

  /** The base name for {@code input}: its file name without the extension. */
  static String baseName(Path input) {
    String n = input.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String base = dot > 0 ? n.substring(0, dot) : n;
    return base.isEmpty() ? "drawing" : base;
  }

  /** The name of try {@code k} (1 based) for {@code base}. */
  static String name(String base, int k) {
    return base + (k == 1 ? "" : "-" + k) + ".why.png";
  }

  /**
   * Writes {@code image} under the first free name for {@code input}.
   *
   * @return the file written
   */
  Path write(Path input, BufferedImage image) throws IOException {
    String base = baseName(input);
    Path tmp = Files.createTempFile(dir, "." + base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"), ".tmp");
    try {
      if (!ImageIO.write(image, "png", tmp.toFile())) {
        throw new IOException("no PNG writer");
      }
      for (int k = 1; k <= MAX_TRIES; k++) {
        Path target = dir.resolve(name(base, k));
        try {
          Files.createLink(target, tmp);
          return target;
        } catch (FileAlreadyExistsException e) {
          // taken: try the next name
        } catch (UnsupportedOperationException e) {
          // no hard links here: a move that refuses an existing target
          if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.move(tmp, target);
            return target;
          }
        }
      }
      throw new IOException("every name from " + name(base, 1) + " to " + name(base, MAX_TRIES) + " is taken");
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
