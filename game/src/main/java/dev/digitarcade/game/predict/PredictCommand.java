package dev.digitarcade.game.predict;

import dev.digitarcade.game.files.AppPaths;
import dev.digitarcade.game.reading.DigitModel;
import dev.digitarcade.game.reading.ShippedModel;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.engine.io.IoErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code predict FILE|DIR...}: reads digits from PNG and JPEG files with the same recipe and
 * model as the game, and prints CSV {@code file,digit,confidence}.
 *
 * <ul>
 *   <li>Any size; light ink on dark or dark ink on light (detected from the border colour).
 *   <li>A directory stands for the PNG and JPEG files under it, recursively, sorted by path.
 *   <li>An image without ink prints {@code empty} as the digit and an empty confidence; the model
 *       is not asked.
 *   <li>A file that cannot be read, a directory that cannot be listed (its images are skipped,
 *       the rest are read) and a directory without images each get one line on stderr naming it
 *       and what was expected; the other files are still read.
 * </ul>
 *
 * Exit codes: 0 every file read; 1 at least one file could not be read; 2 bad usage; 3 the model
 * could not be loaded.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Read the digit in each PNG/JPEG image and print CSV: file,digit,confidence.",
        "Any size, light-on-dark or dark-on-light. Directories are searched recursively for"
            + " .png/.jpg/.jpeg files, in sorted order. An image with no ink prints digit 'empty'"
            + " and no confidence."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
        "0:every file was read",
        "1:a file or directory could not be read, a directory held no images, or the results could not be written (see stderr)",
        "2:bad usage",
        "3:the model could not be loaded"})
public final class PredictCommand implements Callable<Integer> {

  /** Loads a model from a directory. */
  @FunctionalInterface
  public interface ReaderLoader {
    DigitModel load(Path modelDir) throws ModelLoadException;
  }

  /** The digit column of an image without ink. */
  public static final String EMPTY = "empty";

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Images (PNG, JPEG) or directories of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--model", paramLabel = "DIR",
      description = "SavedModel directory (default: assets/model next to the working directory or the jar).")
  Path model;

  private final PrintWriter out;
  private final PrintWriter err;
  private final ReaderLoader loader;
  private final FileAccess files;

  /** Standard output and error, the shipped classifier. */
  public PredictCommand() {
    this(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** The given writers, the shipped classifier. */
  public PredictCommand(PrintWriter out, PrintWriter err) {
    this(out, err, ShippedModel::open);
  }

  /** The given writers and model loader (tests). */
  public PredictCommand(PrintWriter out, PrintWriter err, ReaderLoader loader) {
    this(out, err, loader, FileAccess.REAL);
  }

  PredictCommand(PrintWriter out, PrintWriter err, ReaderLoader loader, FileAccess files) {
    this.out = out;
    this.err = err;
    this.loader = loader;
    this.files = files;
  }

  @Override
  public Integer call() {
    boolean failed = false;
    List<Path> images = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        boolean complete = walk(p, found);
        failed |= !complete;
        if (found.isEmpty() && complete) {
          err.println("predict: no images found in " + p + " (expected .png, .jpg or .jpeg files in it or below)");
          failed = true;
        }
        found.sort(null);
        images.addAll(found);
      } else {
        images.add(p);
      }
    }
    if (images.isEmpty()) {
      err.flush();
      return 1; // every input was reported; no model needed
    }
    Path dir = model != null ? model : AppPaths.defaultModel();
    DigitModel reader;
    try {
      reader = loader.load(dir);
    } catch (ModelLoadException e) {
      err.println("predict: " + e.getMessage());
      err.flush();
      return 3;
    }
    MnistRecipe recipe = new MnistRecipe();
    try (reader) {
      out.println("file,digit,confidence");
      for (Path f : images) {
        InkImage img;
        try {
          img = ImageLoader.load(f, files);
        } catch (ImageLoader.UnreadableImageException e) {
          err.println(e.getMessage());
          failed = true;
          continue;
        }
        Optional<MnistInput> input = recipe.apply(img.ink(), img.width(), img.height());
        if (input.isEmpty()) {
          out.println(csv(f.toString()) + "," + EMPTY + ",");
          continue;
        }
        float[] p = reader.predict(input.get().pixels());
        int best = 0;
        for (int k = 1; k < p.length; k++) {
          if (p[k] > p[best]) {
            best = k;
          }
        }
        out.println(csv(f.toString()) + "," + best + "," + String.format(Locale.ROOT, "%.4f", p[best]));
        if (out.checkError()) {
          break; // a closed pipe or a full disk: reading on would print nothing
        }
      }
    } finally {
      out.flush();
      err.flush();
    }
    if (out.checkError()) {
      err.println("predict: cannot write the results to standard output (closed, or the disk is full)");
      err.flush();
      return 1;
    }
    return failed ? 1 : 0;
  }

  /**
   * Adds the images under {@code dir} to {@code found} (subdirectories too, not following links to
   * directories). A directory that cannot be listed is reported on stderr and the others are still
   * searched.
   *
   * @return true when every directory could be listed
   */
  private boolean walk(Path dir, List<Path> found) {
    boolean complete = true;
    List<Path> subdirs = new ArrayList<>();
    try (DirectoryStream<Path> entries = files.list(dir)) {
      for (Path e : entries) {
        if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
          subdirs.add(e);
        } else if (isImageName(e) && Files.isRegularFile(e)) {
          found.add(e);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      IOException io = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
      err.println(dir + ": cannot list directory: " + IoErrors.describe(io)
          + " (expected a readable directory of PNG/JPEG images); its images were skipped");
      complete = false;
    }
    subdirs.sort(null);
    for (Path d : subdirs) {
      complete &= walk(d, found);
    }
    return complete;
  }

  private static boolean isImageName(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
  }

  /** Quotes a CSV field when it holds a comma, quote or line break. */
  static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
