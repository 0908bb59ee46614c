package dev.digitarcade.game.predict;

import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.game.files.AppPaths;
import dev.digitarcade.game.profile.ProfileStore;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.Explainer;
import dev.digitarcade.game.reading.ModelPipeline;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.reading.ReadingPipeline;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.profile.Profile;
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
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code predict FILE|DIR...}: reads digits from PNG and JPEG files with the same recipe and
 * model as the game, and prints CSV {@code file,reading,confidence} (or, with {@code --json}, one
 * JSON object per file with every figure).
 *
 * <ul>
 *   <li>Any size; light ink on dark or dark ink on light (detected from the border colour).
 *   <li>A directory stands for the PNG and JPEG files under it, recursively, sorted by path.
 *   <li>{@code reading} is the digit when the app is sure of it, {@code ?} when it would not claim a
 *       digit (not a digit, not finished, not sure; the confidence is then that of its best guess),
 *       {@code empty} with an empty confidence when there is no ink (the model is not asked).
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
        "Read the number (one to six digits, written left to right) in each PNG/JPEG image and print"
            + " CSV: file,reading,confidence.",
        "reading is the number when the app is sure of every digit, '?' when it would not claim one"
            + " (not a digit or a number, not finished, not sure), 'empty' (no confidence) for an image"
            + " with no ink; confidence is that of the whole reading (the product over its digits).",
        "Any size, light-on-dark or dark-on-light. Directories are searched recursively for"
            + " .png/.jpg/.jpeg files, in sorted order."},
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
    ReadingPipeline load(Path modelDir) throws ModelLoadException;

    /** A pipeline reading each image as {@code reads} says (by default as {@link #load(Path)} does). */
    default ReadingPipeline load(Path modelDir, ModelPipeline.Reads reads) throws ModelLoadException {
      return load(modelDir);
    }

    /** As {@link #load(Path, ModelPipeline.Reads)}, reading as for the player of {@code profile}. */
    default ReadingPipeline load(Path modelDir, ModelPipeline.Reads reads, Supplier<Profile> profile)
        throws ModelLoadException {
      return load(modelDir, reads);
    }
  }

  /** The shipped kind of pipeline, reading numbers or, with {@code --single}, one digit. */
  static final ReaderLoader SHIPPED = new ReaderLoader() {
    @Override
    public ReadingPipeline load(Path modelDir) throws ModelLoadException {
      return ModelPipeline.load(modelDir);
    }

    @Override
    public ReadingPipeline load(Path modelDir, ModelPipeline.Reads reads) throws ModelLoadException {
      return ModelPipeline.load(modelDir, reads);
    }

    @Override
    public ReadingPipeline load(Path modelDir, ModelPipeline.Reads reads, Supplier<Profile> profile)
        throws ModelLoadException {
      return ModelPipeline.load(modelDir, reads, profile);
    }
  };

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Images (PNG, JPEG) or directories of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--model", paramLabel = "DIR",
      description = "SavedModel directory (default: the model shipped with the app). A model is a program:"
          + " load only models you trust.")
  Path model;

  @Option(names = "--json", description = "One JSON object per file with every figure: the verdict, the reading,"
      + " each digit with its box, probabilities, not-a-digit and fragment scores and verdict.")
  boolean json;

  @Option(names = "--single", description = "Read each image as one digit (the whole ink is one model input), as"
      + " single-digit benchmarks do.")
  boolean single;

  @Option(names = "--profile", paramLabel = "DIR", description = "Read as for the player of this handwriting"
      + " profile (see teach).")
  Path profile;

  @Option(names = "--saliency", paramLabel = "DIR", description = "Also write, for each image with ink, DIR/NAME.why.png"
      + " (NAME: the image's file name without its extension): the drawing, each digit's 28x28 model input and its"
      + " heat map (warm: what pushed the reading towards the digit, blue: what pulled it away) with the digit and"
      + " its confidence. DIR is created when missing; nothing in it is overwritten (a taken name becomes NAME-2,"
      + " NAME-3, ...). Needs a model with the 'saliency' output.")
  Path saliency;

  /** The caption font of the saliency pictures, in the assets. */
  private static final String FONT = "fonts/DejaVuSans.ttf";

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
    this(out, err, SHIPPED);
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
    if (saliency != null) {
      String bad = saliencyDirProblem(saliency);
      if (bad != null) {
        err.println("predict: --saliency " + saliency + " " + bad);
        err.flush();
        return 2;
      }
    }
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
    ReadingPipeline reader;
    try {
      ModelPipeline.Reads reads = single ? ModelPipeline.Reads.ONE_DIGIT : ModelPipeline.Reads.NUMBERS;
      if (profile != null) {
        Profile p = ProfileStore.open(profile, w -> err.println("predict: " + w)).current();
        reader = loader.load(dir, reads, () -> p);
      } else {
        reader = loader.load(dir, reads);
      }
    } catch (ModelLoadException e) {
      err.println("predict: " + e.getMessage());
      err.flush();
      return 3;
    }
    Optional<Explainer> explainer = reader.explainer();
    if (saliency != null && explainer.isEmpty()) {
      reader.close();
      err.println("predict: model " + dir + " has no 'saliency' output (--saliency needs one); train a new one with"
          + " digit-trainer train");
      err.flush();
      return 3;
    }
    if (saliency != null && !createSaliencyDir()) {
      reader.close();
      return 2;
    }
    SaliencyFiles pictures = saliency == null ? null : new SaliencyFiles(saliency);
    SaliencySheet sheet = saliency == null ? null : new SaliencySheet(AppPaths.assets().resolve(FONT));
    try (reader) {
      if (!json) {
        out.println(ReadingFormat.CSV_HEADER);
      }
      long seq = 0;
      for (Path f : images) {
        InkImage img;
        try {
          img = ImageLoader.load(f, files);
        } catch (ImageLoader.UnreadableImageException e) {
          err.println(e.getMessage());
          failed = true;
          continue;
        }
        Reading r = reader.read(img.ink(), img.width(), img.height(), ++seq, System.nanoTime());
        out.println(json ? ReadingFormat.json(f.toString(), r) : ReadingFormat.csv(f.toString(), r));
        if (pictures != null && !r.isEmpty()) {
          failed |= !writePicture(f, img, r, explainer.get(), sheet, pictures);
        }
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

  /** Writes the saliency picture of one image; a failure is told in one line on stderr. */
  private boolean writePicture(Path f, InkImage img, Reading r, Explainer explainer, SaliencySheet sheet,
      SaliencyFiles pictures) {
    try {
      float[][] inputs = r.digits().stream().map(DigitReading::modelInput).toArray(float[][]::new);
      pictures.write(f, sheet.draw(img, r, explainer.explain(inputs)));
      return true;
    } catch (IOException e) {
      err.println(f + ": cannot write its saliency picture in " + saliency + ": " + IoErrors.describe(e));
      return false;
    } catch (RuntimeException e) {
      err.println(f + ": cannot explain its reading: " + e.getMessage());
      return false;
    }
  }

  /**
   * Why {@code dir} cannot take the pictures, or null when it can: a writable directory, or a
   * name that can be created in the nearest existing directory above it. Changes nothing.
   */
  private static String saliencyDirProblem(Path dir) {
    if (Files.exists(dir)) {
      return !Files.isDirectory(dir) ? "is not a directory (expected a directory to write the pictures into)"
          : !Files.isWritable(dir) ? "is not writable (expected a writable directory)" : null;
    }
    Path above = dir.toAbsolutePath().getParent();
    while (above != null && !Files.exists(above)) {
      above = above.getParent();
    }
    if (above == null || !Files.isDirectory(above)) {
      return "cannot be created: " + above + " is not a directory (expected a writable directory)";
    }
    return Files.isWritable(above) ? null
        : "cannot be created: " + above + " is not writable (expected a writable directory)";
  }

  /** Creates the pictures' directory once the model is known to explain; a failure is one line. */
  private boolean createSaliencyDir() {
    try {
      Files.createDirectories(saliency);
      return true;
    } catch (IOException e) {
      err.println("predict: --saliency " + saliency + " cannot be created: " + IoErrors.describe(e)
          + " (expected a writable directory)");
      err.flush();
      return false;
    }
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
}
