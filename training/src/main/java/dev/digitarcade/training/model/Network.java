package dev.digitarcade.training.model;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.training.model.NetworkDefinition.BatchNorm;
import dev.digitarcade.training.model.NetworkDefinition.Kind;
import dev.digitarcade.training.model.NetworkDefinition.VarSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * The training graph: the network of {@link NetworkDefinition} with batch statistics and dropout,
 * its loss, a {@link DeterministicAdam} update, and an inference branch (moving statistics, the
 * contract's outputs) that shares the weights.
 *
 * <p>Determinism: every initial value is drawn in Java from the seed and assigned through
 * placeholders; the dropout mask is fed from Java; see {@link DeterministicAdam} for the update.
 */
public final class Network implements AutoCloseable {

  public static final float BN_EPSILON = NetworkDefinition.BN_EPSILON;
  static final float BN_MOMENTUM = 0.9f;
  private static final int PIXELS = ModelContract.PIXELS;
  private static final int LOGITS = NetworkSpec.LOGITS;

  private record Var(VarSpec spec, Variable<TFloat32> variable, Placeholder<TFloat32> value, Op assign) {
    String name() {
      return spec.name();
    }

    Kind kind() {
      return spec.kind();
    }

    int size() {
      return spec.size();
    }
  }

  /** Loss (mean over the batch) and number of correct predictions of one training step. */
  public record StepResult(float loss, int correct) {}

  private final NetworkSpec spec;
  private final Graph graph;
  private final Session session;
  private final List<Var> vars = new ArrayList<>();
  private final Ops tf;

  private final Placeholder<TFloat32> images;
  private final Placeholder<TFloat32> labels;
  private final Placeholder<TFloat32> keep;
  private final DeterministicAdam adam;
  private final Operand<TFloat32> loss;
  private final Operand<TFloat32> correct;
  private final Op trainOp;
  private final Placeholder<TFloat32> evalImages;
  private final Operand<TFloat32> evalLogits;
  private final NetworkDefinition.Outputs evalOutputs;
  private boolean closed;

  /**
   * Builds the graph and a session with {@code threads} intra-op threads (inter-op 1). Call
   * {@link #initialize(long)} or {@link #setState(Map)} before training.
   */
  public Network(NetworkSpec spec, int threads) {
    this.spec = spec;
    this.graph = new Graph();
    try {
      this.tf = Ops.create(graph);
      long side = ModelContract.IMAGE_SIZE;
      images = tf.withName("images").placeholder(TFloat32.class,
          Placeholder.shape(Shape.of(-1, side, side, ModelContract.CHANNELS)));
      labels = tf.withName("labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, LOGITS)));
      keep = tf.withName("keep").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, spec.hidden())));
      adam = new DeterministicAdam(tf);
      Map<String, Var> byName = new HashMap<>();
      for (VarSpec v : NetworkDefinition.variables(spec)) {
        byName.put(v.name(), var(v));
      }

      // Training forward pass: batch statistics, dropout; gradients flow through snapshots.
      List<Var> params = vars.stream().filter(v -> v.kind() == Kind.PARAM).toList();
      Map<String, Operand<TFloat32>> read = new LinkedHashMap<>();
      for (Var p : params) {
        read.put(p.name(), tf.identity(p.variable()));
      }
      NetworkDefinition.Forward train = NetworkDefinition.forward(tf, spec, images, read::get,
          BatchNorm.BATCH_STATISTICS, keep);
      Operand<TFloat32> logits = train.logits();
      loss = tf.withName("loss").math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, labels).loss(), tf.constant(0));
      correct = tf.withName("correct").reduceSum(tf.dtypes.cast(tf.math.equal(
          tf.math.argMax(logits, tf.constant(1)), tf.math.argMax(labels, tf.constant(1))), TFloat32.class),
          tf.constant(0));

      Output<?>[] xs = params.stream().map(p -> read.get(p.name()).asOutput()).toArray(Output<?>[]::new);
      Output<?>[] grads = graph.addGradients(loss.asOutput(), xs);
      List<GraphOperation> gradOps = Arrays.stream(grads).map(g -> (GraphOperation) g.op()).toList();
      Ops after = tf.withControlDependencyOps(new ArrayList<>(gradOps));
      for (int i = 0; i < params.size(); i++) {
        Var p = params.get(i);
        Var m = var(new VarSpec(p.name() + "/adam_m", p.spec().shape(), Kind.SLOT, 0f, 0f));
        Var v = var(new VarSpec(p.name() + "/adam_v", p.spec().shape(), Kind.SLOT, 0f, 0f));
        @SuppressWarnings("unchecked")
        Operand<TFloat32> g = (Operand<TFloat32>) grads[i];
        adam.update(tf, after, p.variable(), m.variable(), v.variable(), g);
      }
      List<Op> updates = new ArrayList<>(adam.updates());
      Operand<TFloat32> mom = tf.constant(BN_MOMENTUM);
      Operand<TFloat32> oneMinus = tf.constant(1f - BN_MOMENTUM);
      for (int i = 0; i < NetworkSpec.BLOCKS; i++) {
        FusedBatchNorm<TFloat32, TFloat32> bn = train.batchNorms().get(i);
        Var mm = byName.get("conv" + i + "/moving_mean");
        Var mv = byName.get("conv" + i + "/moving_var");
        updates.add(after.assign(mm.variable(), tf.math.add(tf.math.mul(tf.identity(mm.variable()), mom),
            tf.math.mul(bn.batchMean(), oneMinus))));
        updates.add(after.assign(mv.variable(), tf.math.add(tf.math.mul(tf.identity(mv.variable()), mom),
            tf.math.mul(bn.batchVariance(), oneMinus))));
      }
      trainOp = tf.withControlDependencies(updates).withName("train").noOp();

      // Inference branch: moving statistics, no dropout, the same weights, the contract's outputs.
      evalImages = tf.withName("eval_images").placeholder(TFloat32.class,
          Placeholder.shape(Shape.of(-1, side, side, ModelContract.CHANNELS)));
      evalLogits = NetworkDefinition.forward(tf, spec, evalImages, name -> byName.get(name).variable(),
          BatchNorm.MOVING_STATISTICS, null).logits();
      evalOutputs = NetworkDefinition.outputs(tf, evalLogits,
          tf.math.reciprocal(byName.get(NetworkDefinition.TEMPERATURE).variable()));

      ConfigProto config = ConfigProto.newBuilder()
          .setIntraOpParallelismThreads(Math.max(1, threads))
          .setInterOpParallelismThreads(1)
          .build();
      session = new Session(graph, config);
    } catch (RuntimeException | Error e) {
      graph.close();
      throw e;
    }
  }

  private Var var(VarSpec spec) {
    String op = spec.name().replace('/', '.');
    Shape shape = Shape.of(spec.shape());
    Variable<TFloat32> v = tf.withName(op).variable(shape, TFloat32.class);
    Placeholder<TFloat32> value = tf.withName(op + ".value").placeholder(TFloat32.class, Placeholder.shape(shape));
    Op assign = tf.withName(op + ".assign").assign(v, value);
    Var result = new Var(spec, v, value, assign);
    vars.add(result);
    return result;
  }

  public NetworkSpec spec() {
    return spec;
  }

  /** Fresh weights from {@code seed}: He-normal (truncated at 2 sigma) kernels, zero biases. */
  public void initialize(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, float[]> state = new LinkedHashMap<>();
    for (Var v : vars) {
      float[] values = new float[v.size()];
      if (v.spec().initStd() > 0) {
        for (int i = 0; i < values.length; i++) {
          double g;
          do {
            g = gaussian(random);
          } while (Math.abs(g) > 2);
          values[i] = (float) (g * v.spec().initStd() / 0.88);
        }
      } else {
        Arrays.fill(values, v.spec().fill());
      }
      state.put(v.name(), values);
    }
    setState(state);
  }

  private static double gaussian(SplittableRandom r) {
    double u1 = r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Names and shapes of every variable, in graph order. */
  public Map<String, long[]> shapes(boolean inferenceOnly) {
    Map<String, long[]> m = new LinkedHashMap<>();
    for (Var v : vars) {
      if (!inferenceOnly || v.kind() != Kind.SLOT) {
        m.put(v.name(), v.spec().shape().clone());
      }
    }
    return m;
  }

  /** Current values of every variable (or only those inference needs), keyed by name. */
  public Map<String, float[]> state(boolean inferenceOnly) {
    ensureOpen();
    List<Var> wanted = vars.stream().filter(v -> !inferenceOnly || v.kind() != Kind.SLOT).toList();
    var runner = session.runner();
    for (Var v : wanted) {
      runner.fetch(v.variable());
    }
    Map<String, float[]> state = new LinkedHashMap<>();
    try (Result r = runner.run()) {
      for (int i = 0; i < wanted.size(); i++) {
        float[] values = new float[wanted.get(i).size()];
        ((TFloat32) r.get(i)).copyTo(DataBuffers.of(values, false, false));
        state.put(wanted.get(i).name(), values);
      }
    }
    return state;
  }

  /** Sets every variable from {@code state}, which must hold each name with the right size. */
  public void setState(Map<String, float[]> state) {
    ensureOpen();
    List<TFloat32> tensors = new ArrayList<>();
    try {
      var runner = session.runner();
      for (Var v : vars) {
        float[] values = state.get(v.name());
        if (values == null || values.length != v.size()) {
          throw new IllegalArgumentException("state for " + v.name() + " has "
              + (values == null ? "no" : values.length) + " values (expected " + v.size() + ")");
        }
        TFloat32 t = TFloat32.tensorOf(Shape.of(v.spec().shape()), DataBuffers.of(values, true, false));
        tensors.add(t);
        runner.feed(v.value(), t).addTarget(v.assign());
      }
      runner.run().close();
    } finally {
      tensors.forEach(TFloat32::close);
    }
  }

  /**
   * One Adam step on a batch.
   *
   * @param imagesNhwc n*784 pixels in [0,1]
   * @param oneHot n*{@link NetworkSpec#LOGITS} targets
   * @param keepMask n*hidden dropout multipliers (0 or 1/keepProbability)
   * @param step 1-based step number (for Adam's bias correction)
   */
  public StepResult train(float[] imagesNhwc, float[] oneHot, float[] keepMask, int n, float lr, long step) {
    ensureOpen();
    List<TFloat32> fed = List.of();
    try (TFloat32 img = imageTensor(imagesNhwc, n);
        TFloat32 lab = TFloat32.tensorOf(Shape.of(n, LOGITS), DataBuffers.of(oneHot, true, false).narrow((long) n * LOGITS));
        TFloat32 kp = TFloat32.tensorOf(Shape.of(n, spec.hidden()),
            DataBuffers.of(keepMask, true, false).narrow((long) n * spec.hidden()))) {
      Session.Runner runner = session.runner().feed(images, img).feed(labels, lab).feed(keep, kp);
      fed = adam.feed(runner, lr, step);
      try (Result r = runner.fetch(loss).fetch(correct).addTarget(trainOp).run()) {
        return new StepResult(((TFloat32) r.get(0)).getFloat(), Math.round(((TFloat32) r.get(1)).getFloat()));
      }
    } finally {
      fed.forEach(TFloat32::close);
    }
  }

  private static TFloat32 imageTensor(float[] imagesNhwc, int n) {
    long side = ModelContract.IMAGE_SIZE;
    return TFloat32.tensorOf(Shape.of(n, side, side, ModelContract.CHANNELS),
        DataBuffers.of(imagesNhwc, true, false).narrow((long) n * PIXELS));
  }

  /**
   * The exported model's outputs for n images with the inference branch (moving statistics):
   * per image {@value ModelContract#CLASSES} calibrated digit probabilities, then the not-a-digit
   * and fragment scores (n*12 values).
   */
  public float[] predict(float[] imagesNhwc, int n) {
    ensureOpen();
    int width = ModelContract.CLASSES + 2;
    try (TFloat32 img = imageTensor(imagesNhwc, n);
        Result r = session.runner().feed(evalImages, img).fetch(evalOutputs.probabilities())
            .fetch(evalOutputs.notDigit()).fetch(evalOutputs.fragment()).run()) {
      float[] probs = new float[n * ModelContract.CLASSES];
      float[] notDigit = new float[n];
      float[] fragment = new float[n];
      ((TFloat32) r.get(0)).copyTo(DataBuffers.of(probs, false, false));
      ((TFloat32) r.get(1)).copyTo(DataBuffers.of(notDigit, false, false));
      ((TFloat32) r.get(2)).copyTo(DataBuffers.of(fragment, false, false));
      float[] out = new float[n * width];
      for (int i = 0; i < n; i++) {
        System.arraycopy(probs, i * ModelContract.CLASSES, out, i * width, ModelContract.CLASSES);
        out[i * width + ModelContract.CLASSES] = notDigit[i];
        out[i * width + ModelContract.CLASSES + 1] = fragment[i];
      }
      return out;
    }
  }

  /** The raw logits (n*{@link NetworkSpec#LOGITS}) of the inference branch, for calibration. */
  public float[] logits(float[] imagesNhwc, int n) {
    ensureOpen();
    try (TFloat32 img = imageTensor(imagesNhwc, n);
        Result r = session.runner().feed(evalImages, img).fetch(evalLogits).run()) {
      float[] out = new float[n * LOGITS];
      ((TFloat32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
      return out;
    }
  }

  /** Sets the calibration temperature (baked into the exported model's digit probabilities). */
  public void setTemperature(float temperature) {
    Map<String, float[]> state = state(false);
    state.put(NetworkDefinition.TEMPERATURE, new float[] {temperature});
    setState(state);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("network is closed");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      session.close();
    } finally {
      graph.close();
    }
  }
}
