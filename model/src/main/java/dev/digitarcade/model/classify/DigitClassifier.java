package dev.digitarcade.model.classify;

import dev.digitarcade.model.ModelContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat32;

/**
 * Reads digits with a SavedModel that follows {@link ModelContract}.
 *
 * <p>Thread safety: every method is safe to call from any thread; calls are serialised on this
 * object (the game calls it from one worker thread, so there is no contention in practice). The
 * TensorFlow session runs with the thread counts given to {@link #load(Path, int)}; the default is
 * one thread, which is also the fastest for a single 28x28 image.
 */
public final class DigitClassifier implements AutoCloseable {

  private final Path modelDir;
  private final SavedModelBundle bundle;
  private final Session session;
  private final String inputTensor;
  private final String outputTensor;
  private final String notDigitTensor;
  private final String fragmentTensor;
  /** The optional saliency output's tensor, or null when the model has none. */
  private final String saliencyTensor;
  /** Reused input tensor for single-image calls, guarded by {@code this}. */
  private final TFloat32 single;

  private boolean closed;

  /**
   * All three outputs of the model for one image ({@link ModelContract}).
   *
   * @param probabilities ten calibrated digit probabilities
   * @param notDigit the not-a-digit score
   * @param fragment the unfinished-digit score
   */
  public record Scores(float[] probabilities, float notDigit, float fragment) {}

  private DigitClassifier(Path modelDir, SavedModelBundle bundle, String in, Map<String, String> outs) {
    this.modelDir = modelDir;
    this.bundle = bundle;
    this.session = bundle.session();
    this.inputTensor = in;
    this.outputTensor = outs.get(ModelContract.OUTPUT);
    this.notDigitTensor = outs.get(ModelContract.NOT_DIGIT);
    this.fragmentTensor = outs.get(ModelContract.FRAGMENT);
    this.saliencyTensor = outs.get(ModelContract.SALIENCY);
    this.single = TFloat32.tensorOf(Shape.of(1, ModelContract.IMAGE_SIZE, ModelContract.IMAGE_SIZE, 1));
  }

  /** Loads {@code modelDir} with one TensorFlow thread. See {@link #load(Path, int)}. */
  public static DigitClassifier load(Path modelDir) throws ModelLoadException {
    return load(modelDir, 1);
  }

  /**
   * Loads the SavedModel in {@code modelDir}, checks its {@value ModelContract#SIGNATURE}
   * signature against {@link ModelContract} and makes one warm-up call (two when the model has
   * the optional {@value ModelContract#SALIENCY} output).
   *
   * @param threads intra-op threads for the session (ops themselves run on the calling thread)
   * @throws ModelLoadException with a one-line message naming the directory and what was expected
   */
  public static DigitClassifier load(Path modelDir, int threads) throws ModelLoadException {
    Path dir = modelDir.toAbsolutePath().normalize();
    if (Files.isRegularFile(dir)) {
      throw new ModelLoadException("model " + dir + " is a file (expected a SavedModel directory holding saved_model.pb)");
    }
    if (!Files.isDirectory(dir)) {
      throw new ModelLoadException("model directory " + dir + " does not exist (expected a SavedModel directory)");
    }
    if (!Files.isRegularFile(dir.resolve("saved_model.pb"))) {
      throw new ModelLoadException("model directory " + dir + " has no saved_model.pb (expected a SavedModel directory)");
    }
    GraphCheck.check(dir.resolve("saved_model.pb"));
    // A negative inter-op count runs the graph's ops on the calling thread. Handing them to
    // TensorFlow's pool instead cost 2-8 ms of wall time (0.3 ms of CPU) per reading whenever
    // the game's rendering kept both cores busy.
    ConfigProto config =
        ConfigProto.newBuilder()
            .setIntraOpParallelismThreads(Math.max(1, threads))
            .setInterOpParallelismThreads(-1)
            .build();
    SavedModelBundle bundle;
    try {
      bundle = SavedModelBundle.loader(dir.toString()).withTags(ModelContract.TAG).withConfigProto(config).load();
    } catch (RuntimeException e) {
      throw new ModelLoadException(
          "model directory " + dir + " could not be loaded as a SavedModel with tag '" + ModelContract.TAG + "': "
              + firstLine(e.getMessage()), e);
    }
    DigitClassifier classifier = null;
    try {
      Signature signature = bundle.signatures().stream()
          .filter(s -> s.key().equals(ModelContract.SIGNATURE))
          .findFirst()
          .orElseThrow(() -> new ModelLoadException(
              "model " + dir + " has no signature '" + ModelContract.SIGNATURE + "' (found "
                  + bundle.signatures().stream().map(Signature::key).toList() + ")"));
      String in = check(dir, "input", signature.getInputs(), ModelContract.INPUT, ModelContract.inputShape());
      Map<String, String> outs = checkOutputs(dir, signature.getOutputs());
      classifier = new DigitClassifier(dir, bundle, in, outs);
      float[] probs = classifier.predict(new float[ModelContract.PIXELS]);
      if (probs.length != ModelContract.CLASSES) {
        throw new ModelLoadException("model " + dir + " returned " + probs.length + " values (expected " + ModelContract.CLASSES + ")");
      }
      for (float p : probs) {
        if (!Float.isFinite(p) || p < 0f || p > 1f) {
          throw new ModelLoadException("model " + dir + " returned " + p + " in its warm-up call (expected probabilities"
              + " in [0, 1]); retrain it with digit-trainer train");
        }
      }
      if (classifier.hasSaliency()) {
        warmUpSaliency(dir, classifier);
      }
      return classifier;
    } catch (ModelLoadException e) {
      closeAfterFailure(classifier, bundle, e);
      throw e;
    } catch (RuntimeException e) {
      closeAfterFailure(classifier, bundle, e);
      throw new ModelLoadException("model " + dir + " failed its warm-up call: " + firstLine(e.getMessage()), e);
    }
  }

  private static Map<String, String> checkOutputs(Path dir, Map<String, Signature.TensorDescription> outputs)
      throws ModelLoadException {
    for (String name : ModelContract.OUTPUTS) {
      if (!outputs.containsKey(name)) {
        throw new ModelLoadException("model " + dir + " has no output '" + name + "' (found " + outputs.keySet()
            + "; expected " + ModelContract.OUTPUTS + ": a model from before not-a-digit training; train one with"
            + " digit-trainer train)");
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : ModelContract.OUTPUTS) {
      names.put(name, check(dir, "output", Map.of(name, outputs.get(name)), name, ModelContract.shapeOf(name)));
    }
    for (String name : ModelContract.OPTIONAL_OUTPUTS) {
      if (outputs.containsKey(name)) {
        names.put(name, check(dir, "output", Map.of(name, outputs.get(name)), name, ModelContract.shapeOf(name)));
      }
    }
    return names;
  }

  private static void warmUpSaliency(Path dir, DigitClassifier classifier) throws ModelLoadException {
    for (float v : classifier.saliency(new float[][] {new float[ModelContract.PIXELS]})[0].heat()) {
      if (!Float.isFinite(v)) {
        throw new ModelLoadException("model " + dir + " returned " + v + " in its '" + ModelContract.SALIENCY
            + "' warm-up call (expected finite gradients); retrain it with digit-trainer train");
      }
    }
  }

  private static String check(Path dir, String kind, Map<String, Signature.TensorDescription> tensors,
      String name, long[] expectedShape) throws ModelLoadException {
    String expected = kind + " '" + name + "' float32 " + shapeText(expectedShape);
    if (tensors.size() != 1 || !tensors.containsKey(name)) {
      throw new ModelLoadException("model " + dir + " signature '" + ModelContract.SIGNATURE + "' has " + kind + "s "
          + tensors.keySet() + " (expected exactly " + expected + ")");
    }
    Signature.TensorDescription d = tensors.get(name);
    if (d.dataType != DataType.DT_FLOAT) {
      throw new ModelLoadException("model " + dir + " " + kind + " '" + name + "' is " + d.dataType + " (expected " + expected + ")");
    }
    long[] actual = d.shape.isUnknown() ? null : d.shape.asArray();
    boolean ok = actual != null && actual.length == expectedShape.length;
    for (int i = 1; ok && i < expectedShape.length; i++) {
      ok = actual[i] == expectedShape[i];
    }
    if (ok && actual[0] > 0) {
      ok = false; // a fixed batch size would break single and batch calls alike
    }
    if (!ok) {
      throw new ModelLoadException("model " + dir + " " + kind + " '" + name + "' has shape "
          + (actual == null ? "unknown" : shapeText(actual)) + " (expected " + expected + ")");
    }
    return d.name;
  }

  private static String shapeText(long[] shape) {
    return Arrays.toString(Arrays.stream(shape).mapToObj(v -> v < 0 ? "N" : Long.toString(v)).toArray());
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** Releases what a failed load opened; a failure to close is kept on {@code cause}, never thrown over it. */
  private static void closeAfterFailure(DigitClassifier classifier, SavedModelBundle bundle, Exception cause) {
    try {
      if (classifier != null) {
        classifier.close();
      } else {
        bundle.close();
      }
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** The directory this model was loaded from (absolute). */
  public Path modelDir() {
    return modelDir;
  }

  /**
   * Classifies one image.
   *
   * @param image784 28x28 pixels, row-major, values in [0,1], white ink on black
   * @return 10 softmax probabilities, index = digit
   */
  public synchronized float[] predict(float[] image784) {
    ensureOpen();
    checkImage(image784, 0);
    single.copyFrom(DataBuffers.of(image784, true, false));
    return run(single, 1)[0];
  }

  /**
   * Classifies several images in one TensorFlow call.
   *
   * @param images each of 784 pixels as for {@link #predict(float[])}
   * @return one row of 10 probabilities per image
   */
  public synchronized float[][] predictBatch(float[][] images) {
    ensureOpen();
    if (images.length == 0) {
      return new float[0][];
    }
    try (TFloat32 input = batch(images)) {
      return run(input, images.length);
    }
  }

  /** All three outputs for one image (784 pixels as for {@link #predict(float[])}). */
  public synchronized Scores score(float[] image784) {
    ensureOpen();
    checkImage(image784, 0);
    single.copyFrom(DataBuffers.of(image784, true, false));
    return runAll(single, 1)[0];
  }

  /** All three outputs for several images in one TensorFlow call. */
  public synchronized Scores[] scoreBatch(float[][] images) {
    ensureOpen();
    if (images.length == 0) {
      return new Scores[0];
    }
    try (TFloat32 input = batch(images)) {
      return runAll(input, images.length);
    }
  }

  /** Whether the model has the optional {@value ModelContract#SALIENCY} output ("why" it read what it read). */
  public boolean hasSaliency() {
    return saliencyTensor != null;
  }

  /**
   * Why each image was read as it was: its top digit and the gradient of that digit's logit with
   * respect to its pixels, in one TensorFlow call that fetches the probabilities and the saliency
   * only (the other readings never compute it).
   *
   * @param images each of 784 pixels as for {@link #predict(float[])}
   * @throws IllegalStateException when the model has no saliency output ({@link #hasSaliency})
   */
  public synchronized Saliency[] saliency(float[][] images) {
    ensureOpen();
    if (saliencyTensor == null) {
      throw new IllegalStateException("model " + modelDir + " has no '" + ModelContract.SALIENCY + "' output");
    }
    if (images.length == 0) {
      return new Saliency[0];
    }
    int n = images.length;
    try (TFloat32 input = batch(images);
        var result = session.runner().feed(inputTensor, input).fetch(outputTensor).fetch(saliencyTensor).run()) {
      float[] probs = copy(result.get(0), n, ModelContract.CLASSES);
      Tensor t = result.get(1);
      if (!(t instanceof TFloat32 heat) || heat.shape().numDimensions() != 4 || heat.shape().get(0) != n
          || heat.shape().size() != (long) n * ModelContract.PIXELS) {
        throw new IllegalStateException("model " + modelDir + " returned " + t.dataType() + " " + t.shape()
            + " for '" + ModelContract.SALIENCY + "' (expected float32 [" + n + ", 28, 28, 1])");
      }
      float[] flat = new float[n * ModelContract.PIXELS];
      heat.copyTo(DataBuffers.of(flat, false, false));
      Saliency[] out = new Saliency[n];
      for (int i = 0; i < n; i++) {
        int top = 0;
        for (int d = 1; d < ModelContract.CLASSES; d++) {
          if (probs[i * ModelContract.CLASSES + d] > probs[i * ModelContract.CLASSES + top]) {
            top = d;
          }
        }
        out[i] = new Saliency(top, probs[i * ModelContract.CLASSES + top],
            Arrays.copyOfRange(flat, i * ModelContract.PIXELS, (i + 1) * ModelContract.PIXELS));
      }
      return out;
    }
  }

  /** One input tensor of several checked 784-pixel images. */
  private static TFloat32 batch(float[][] images) {
    float[] flat = new float[images.length * ModelContract.PIXELS];
    for (int i = 0; i < images.length; i++) {
      checkImage(images[i], i);
      System.arraycopy(images[i], 0, flat, i * ModelContract.PIXELS, ModelContract.PIXELS);
    }
    return TFloat32.tensorOf(Shape.of(images.length, ModelContract.IMAGE_SIZE, ModelContract.IMAGE_SIZE, 1),
        DataBuffers.of(flat, true, false));
  }

  private Scores[] runAll(TFloat32 input, int n) {
    try (var result = session.runner().feed(inputTensor, input)
        .fetch(outputTensor).fetch(notDigitTensor).fetch(fragmentTensor).run()) {
      float[] probs = copy(result.get(0), n, ModelContract.CLASSES);
      float[] notDigit = copy(result.get(1), n, 1);
      float[] fragment = copy(result.get(2), n, 1);
      Scores[] rows = new Scores[n];
      for (int i = 0; i < n; i++) {
        rows[i] = new Scores(Arrays.copyOfRange(probs, i * ModelContract.CLASSES, (i + 1) * ModelContract.CLASSES),
            notDigit[i], fragment[i]);
      }
      return rows;
    }
  }

  private float[] copy(Tensor t, int n, int width) {
    if (!(t instanceof TFloat32 out) || out.shape().numDimensions() != 2 || out.shape().get(0) != n
        || out.shape().get(1) != width) {
      throw new IllegalStateException("model " + modelDir + " returned " + t.dataType() + " " + t.shape()
          + " (expected float32 [" + n + ", " + width + "])");
    }
    float[] flat = new float[n * width];
    out.copyTo(DataBuffers.of(flat, false, false));
    return flat;
  }

  private float[][] run(TFloat32 input, int n) {
    try (var result = session.runner().feed(inputTensor, input).fetch(outputTensor).run()) {
      Tensor t = result.get(0);
      if (!(t instanceof TFloat32 out) || out.shape().numDimensions() != 2 || out.shape().get(0) != n
          || out.shape().get(1) != ModelContract.CLASSES) {
        throw new IllegalStateException("model " + modelDir + " returned " + t.dataType() + " " + t.shape()
            + " (expected float32 [" + n + ", " + ModelContract.CLASSES + "])");
      }
      float[] flat = new float[n * ModelContract.CLASSES];
      out.copyTo(DataBuffers.of(flat, false, false));
      float[][] rows = new float[n][];
      for (int i = 0; i < n; i++) {
        rows[i] = Arrays.copyOfRange(flat, i * ModelContract.CLASSES, (i + 1) * ModelContract.CLASSES);
      }
      return rows;
    }
  }

  private static void checkImage(float[] image, int index) {
    if (image == null || image.length != ModelContract.PIXELS) {
      throw new IllegalArgumentException("image " + index + " has " + (image == null ? "no" : image.length)
          + " pixels (expected " + ModelContract.PIXELS + ")");
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("classifier for " + modelDir + " is closed");
    }
  }

  /** Releases the session and graph. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      single.close();
    } finally {
      bundle.close();
    }
  }
}
