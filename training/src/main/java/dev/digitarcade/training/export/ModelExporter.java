package dev.digitarcade.training.export;

import dev.digitarcade.model.ModelContract;
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
 * <p>Atomic: the model is written to a temporary directory beside the target and renamed into
 * place; the previous model is moved aside first and deleted only after the new one is in place.
 * A run killed at any point leaves either the old model or the new one at the target (a model
 * moved aside by a run killed between the two renames is put back by the next export).
 */
public final class ModelExporter {

  /** Called with the finished temporary directory just before it is renamed into place (tests). */
  @FunctionalInterface
  interface BeforeSwap {
    void accept(Path tmp) throws IOException;
  }

  private ModelExporter() {}

  /** Exports and writes {@code extraFiles} (name to text, e.g. MODEL.md) into the model directory. */
  public static void export(NetworkSpec spec, Map<String, float[]> state, Path outDir,
      LongFunction<Map<String, String>> extraFiles) throws IOException {
    export(spec, state, outDir, extraFiles, tmp -> { });
  }

  /**
   * @param extraFiles given the SavedModel's size in bytes, the extra files (name to text) to
   *     write into the model directory
   */
  static void export(NetworkSpec spec, Map<String, float[]> state, Path outDir,
      LongFunction<Map<String, String>> extraFiles, BeforeSwap hook) throws IOException {
    Path target = outDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    recover(parent, name, target);
    Path tmp = parent.resolve("." + name + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    Path old = parent.resolve("." + name + ".old-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    try {
      writeSavedModel(spec, state, tmp);
      long size = sizeOf(tmp);
      for (Map.Entry<String, String> f : extraFiles.apply(size).entrySet()) {
        Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      hook.accept(tmp);
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      FileTrees.deleteTree(tmp);
      if (!Files.exists(target) && Files.exists(old)) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    FileTrees.deleteTree(old);
  }

  /** Cleans what a killed export left: temporary directories, and a moved-aside model with no successor. */
  private static void recover(Path parent, String name, Path target) throws IOException {
    List<Path> leftovers;
    try (Stream<Path> s = Files.list(parent)) {
      leftovers = s.filter(p -> p.getFileName().toString().startsWith("." + name + ".")).sorted().toList();
    }
    for (Path p : leftovers) {
      String n = p.getFileName().toString();
      if (n.startsWith("." + name + ".old-") && !Files.exists(target)) {
        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
      } else if (n.startsWith("." + name + ".tmp-") || n.startsWith("." + name + ".old-")) {
        FileTrees.deleteTree(p);
      }
    }
  }

  private static void writeSavedModel(NetworkSpec spec, Map<String, float[]> state, Path dir) throws IOException {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> image = tf.withName(ModelContract.INPUT)
          .placeholder(TFloat32.class, Placeholder.shape(Shape.of(ModelContract.inputShape())));
      NetworkDefinition.Outputs out = NetworkDefinition.inference(tf, spec, image, state);
      Operand<TFloat32> probabilities = tf.withName(ModelContract.OUTPUT).identity(out.probabilities());
      Operand<TFloat32> notDigit = tf.withName(ModelContract.NOT_DIGIT).identity(out.notDigit());
      Operand<TFloat32> fragment = tf.withName(ModelContract.FRAGMENT).identity(out.fragment());
      try (Session session = new Session(g)) {
        Signature signature = Signature.builder().key(ModelContract.SIGNATURE)
            .input(ModelContract.INPUT, image).output(ModelContract.OUTPUT, probabilities)
            .output(ModelContract.NOT_DIGIT, notDigit).output(ModelContract.FRAGMENT, fragment).build();
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
