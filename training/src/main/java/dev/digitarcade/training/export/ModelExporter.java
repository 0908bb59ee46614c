package dev.digitarcade.training.export;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.training.data.FileErrors;
import dev.digitarcade.training.data.FileTrees;
import dev.digitarcade.training.model.NetworkDefinition;
import dev.digitarcade.training.model.NetworkSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Writes the inference model as a SavedModel that follows {@link ModelContract}.
 *
 * <p>Inference only: the graph is {@link NetworkDefinition#inference} (batch norm folded into the
 * convolutions, the calibration temperature baked in, the weights stored as constants of a fresh
 * graph), so no optimizer slot, no training op and no dropout reach the file.
 *
 * <p>Only where allowed: the target must be new, empty or a previous model ({@link
 * ModelDirectory}); anything else is refused before anything is written.
 *
 * <p>Atomic: the model is written to a temporary directory beside the target and renamed into
 * place; the previous model is moved aside first and its files deleted only after the new one is
 * in place. A run killed at any point leaves either the old model or the new one at the target (a
 * model moved aside by a run killed between the two renames is put back by the next export).
 * Scratch directories are named {@code .NAME.tmp-PID-N}, {@code .NAME.old-PID-N} and {@code
 * .NAME.new-PID-N}; the next export beside them cleans those of processes no longer running.
 */
public final class ModelExporter {

  /** Called with the finished temporary directory just before it is renamed into place (tests). */
  @FunctionalInterface
  interface BeforeSwap {
    void accept(Path tmp) throws IOException;
  }

  private static final Pattern SCRATCH = Pattern.compile("\\.(.+)\\.(tmp|old|new)-(\\d+)-\\d+");

  private ModelExporter() {}

  /** Exports and writes {@code extraFiles} (name to text, e.g. MODEL.md) into the model directory. */
  public static void export(NetworkSpec spec, Map<String, float[]> state, Path outDir,
      LongFunction<Map<String, String>> extraFiles) throws IOException {
    export(spec, state, outDir, extraFiles, tmp -> { });
  }

  /** Exports and writes {@code extraFiles} (name to bytes, e.g. MODEL.md and PNG plots) into the model directory. */
  public static void exportFiles(NetworkSpec spec, Map<String, float[]> state, Path outDir,
      LongFunction<Map<String, byte[]>> extraFiles) throws IOException {
    exportFiles(spec, state, outDir, extraFiles, tmp -> { });
  }

  /**
   * @param extraFiles given the SavedModel's size in bytes, the extra files (name to text) to
   *     write into the model directory
   * @throws ExportRefusedException if {@code outDir} is neither new, empty nor a previous model
   * @throws IOException with a one-line message if writing failed (the target is then unchanged)
   */
  static void export(NetworkSpec spec, Map<String, float[]> state, Path outDir,
      LongFunction<Map<String, String>> extraFiles, BeforeSwap hook) throws IOException {
    exportFiles(spec, state, outDir, size -> {
      Map<String, byte[]> bytes = new java.util.LinkedHashMap<>();
      extraFiles.apply(size).forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
      return bytes;
    }, hook);
  }

  /** As {@link #export(NetworkSpec, Map, Path, LongFunction, BeforeSwap)}, the extra files given as bytes. */
  static void exportFiles(NetworkSpec spec, Map<String, float[]> state, Path outDir,
      LongFunction<Map<String, byte[]>> extraFiles, BeforeSwap hook) throws IOException {
    Path target = ModelDirectory.resolve(outDir);
    ModelDirectory.State before = ModelDirectory.inspect(target);
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    Path tmp = null;
    try {
      Files.createDirectories(parent);
      recover(parent, name, target);
      tmp = scratch(parent, name, "tmp");
      writeSavedModel(spec, state, tmp);
      long size = sizeOf(tmp);
      for (Map.Entry<String, byte[]> f : extraFiles.apply(size).entrySet()) {
        Files.write(tmp.resolve(f.getKey()), f.getValue());
      }
      ModelDirectory.writeManifest(tmp);
      hook.accept(tmp);
      swap(tmp, target);
    } catch (IOException | RuntimeException e) {
      if (tmp != null) {
        FileTrees.deleteTree(tmp);
      }
      throw failure(target, before, e);
    }
  }

  /**
   * Checks, before a long run, that a model could be exported to {@code outDir}: what is there
   * may be replaced and the directory it goes in is writable. Changes nothing.
   */
  public static ModelDirectory.State check(Path outDir) throws IOException {
    Path target = ModelDirectory.resolve(outDir);
    ModelDirectory.State state = ModelDirectory.inspect(target);
    Path dir = target.getParent();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent();
    }
    if (dir != null && !Files.isWritable(dir)) {
      throw new ExportRefusedException("cannot export the model to " + target + ": " + dir + " is not writable");
    }
    return state;
  }

  /**
   * A new directory beside {@code outDir} to export a model into first (see {@link #install});
   * it does not exist yet, its parent ({@code .NAME.new-PID-N}) does. {@link #discard} removes it.
   */
  public static Path stage(Path outDir) throws IOException {
    Path target = ModelDirectory.resolve(outDir);
    ModelDirectory.State before = ModelDirectory.inspect(target);
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    try {
      Files.createDirectories(parent);
      recover(parent, name, target);
      return scratch(parent, name, "new").resolve(name);
    } catch (IOException | RuntimeException e) {
      throw failure(target, before, e);
    }
  }

  /** Moves a model exported into {@link #stage}'s directory to {@code outDir}, atomically, as an export would. */
  public static void install(Path staged, Path outDir) throws IOException {
    Path target = ModelDirectory.resolve(outDir);
    ModelDirectory.State before = ModelDirectory.inspect(target);
    try {
      if (!Files.isRegularFile(staged.resolve("saved_model.pb"))) {
        throw new IOException("no model was staged at " + staged);
      }
      swap(staged, target);
    } catch (IOException | RuntimeException e) {
      throw failure(target, before, e);
    }
    discard(staged);
  }

  /** Removes a {@link #stage}d model and its scratch parent (after install or when the model is not wanted). */
  public static void discard(Path staged) {
    Path container = staged.toAbsolutePath().getParent();
    if (container != null && SCRATCH.matcher(container.getFileName().toString()).matches()) {
      FileTrees.deleteTree(container);
    }
  }

  /** Renames {@code src} to {@code target}, moving a previous model aside first and deleting its files after. */
  private static void swap(Path src, Path target) throws IOException {
    // Again, right before the rename: the directory may have changed during the export.
    ModelDirectory.State state = ModelDirectory.inspect(target);
    Path old = null;
    try {
      if (state == ModelDirectory.State.EMPTY) {
        Files.delete(target);
      } else if (state == ModelDirectory.State.PREVIOUS_MODEL) {
        old = scratch(target.getParent(), target.getFileName().toString(), "old");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(src, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (old != null && Files.exists(old) && !Files.exists(target)) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    if (old != null) {
      ModelDirectory.deleteModel(old);
    }
  }

  private static IOException failure(Path target, ModelDirectory.State before, Exception e) {
    if (e instanceof ExportRefusedException r) {
      return r;
    }
    String reason = e instanceof IOException io ? FileErrors.reason(io)
        : "TensorFlow: " + firstLine(String.valueOf(e.getMessage()));
    return new IOException("cannot write the model to " + target + " (" + reason + "); "
        + (before == ModelDirectory.State.PREVIOUS_MODEL ? "the previous model is unchanged" : "nothing was written"), e);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** A new, empty scratch directory {@code .NAME.KIND-PID-N} in {@code parent}. */
  private static Path scratch(Path parent, String name, String kind) throws IOException {
    long pid = ProcessHandle.current().pid();
    for (int i = 0; ; i++) {
      Path p = parent.resolve("." + name + "." + kind + "-" + pid + "-" + (System.nanoTime() + i));
      try {
        return Files.createDirectory(p);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // try the next name
      }
    }
  }

  /**
   * Cleans what a killed export left beside {@code target}: scratch directories of processes no
   * longer running, and a moved-aside model with no successor (put back).
   */
  private static void recover(Path parent, String name, Path target) throws IOException {
    List<Path> leftovers;
    try (Stream<Path> s = Files.list(parent)) {
      leftovers = s.filter(p -> p.getFileName().toString().startsWith("." + name + ".")).sorted().toList();
    }
    for (Path p : leftovers) {
      Matcher m = SCRATCH.matcher(p.getFileName().toString());
      if (!m.matches() || !m.group(1).equals(name) || running(Long.parseLong(m.group(3)))) {
        continue;
      }
      if (m.group(2).equals("old")) {
        if (!Files.exists(target)) {
          Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
          ModelDirectory.deleteModel(p);
        }
      } else {
        FileTrees.deleteTree(p);
      }
    }
  }

  private static boolean running(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void writeSavedModel(NetworkSpec spec, Map<String, float[]> state, Path dir) throws IOException {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> image = tf.withName(ModelContract.INPUT)
          .placeholder(TFloat32.class, Placeholder.shape(Shape.of(ModelContract.inputShape())));
      NetworkDefinition.Served served = NetworkDefinition.served(tf, spec, image, state);
      NetworkDefinition.Outputs out = served.outputs();
      Operand<TFloat32> probabilities = tf.withName(ModelContract.OUTPUT).identity(out.probabilities());
      Operand<TFloat32> notDigit = tf.withName(ModelContract.NOT_DIGIT).identity(out.notDigit());
      Operand<TFloat32> fragment = tf.withName(ModelContract.FRAGMENT).identity(out.fragment());
      Operand<TFloat32> saliency = tf.withName(ModelContract.SALIENCY).identity(served.saliency());
      try (Session session = new Session(g)) {
        Signature signature = Signature.builder().key(ModelContract.SIGNATURE)
            .input(ModelContract.INPUT, image).output(ModelContract.OUTPUT, probabilities)
            .output(ModelContract.NOT_DIGIT, notDigit).output(ModelContract.FRAGMENT, fragment)
            .output(ModelContract.SALIENCY, saliency).build();
        SavedModelBundle.exporter(dir.toString()).withTags(ModelContract.TAG)
            .withFunction(SessionFunction.create(signature, session)).export();
      }
    }
  }

  /** Total bytes of the files under {@code dir}. */
  public static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

}
