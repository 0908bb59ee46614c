package dev.digitarcade.training.model;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.tensorflow.op.train.ApplyAdam;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * The training graph: the CNN of a {@link NetworkSpec} with batch norm and dropout, its loss, an
 * Adam update and an inference branch that shares the weights.
 *
 * <p>Determinism: every initial value is drawn in Java from the seed and assigned through
 * placeholders; the dropout mask is fed from Java; Adam's bias corrections (beta powers) and the
 * learning rate are fed as scalars computed from the step number, so no op in the graph updates
 * shared state except one update op per variable, and all updates wait (control dependencies) for
 * every gradient, so no update races with a backward op that still reads the old weights.
 */
public final class Network implements AutoCloseable {

  public static final float BN_EPSILON = 1e-3f;
  static final float BN_MOMENTUM = 0.9f;
  static final float ADAM_BETA1 = 0.9f;
  static final float ADAM_BETA2 = 0.999f;
  static final float ADAM_EPSILON = 1e-7f;

  /** What a variable holds. Only {@code PARAM} and {@code STAT} are needed for inference. */
  public enum Kind { PARAM, STAT, SLOT }

  private record Var(String name, long[] shape, Kind kind, Variable<TFloat32> variable,
      Placeholder<TFloat32> value, Op assign, float fill, float initStd) {
    int size() {
      return (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
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
  private final Placeholder<TFloat32> learningRate;
  private final Placeholder<TFloat32> beta1Power;
  private final Placeholder<TFloat32> beta2Power;
  private final Operand<TFloat32> loss;
  private final Operand<TFloat32> correct;
  private final Op trainOp;
  private final Placeholder<TFloat32> evalImages;
  private final Operand<TFloat32> evalProbabilities;
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
      images = tf.withName("images").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 28, 28, 1)));
      labels = tf.withName("labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 10)));
      keep = tf.withName("keep").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, spec.hidden())));
      learningRate = tf.withName("lr").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
      beta1Power = tf.withName("beta1_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
      beta2Power = tf.withName("beta2_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));

      int[] k = spec.kernels();
      int[] c = spec.channels();
      int in = 1;
      List<Var> convW = new ArrayList<>();
      List<Var> gamma = new ArrayList<>();
      List<Var> beta = new ArrayList<>();
      List<Var> movMean = new ArrayList<>();
      List<Var> movVar = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        convW.add(var("conv" + i + "/w", Kind.PARAM, 0f, (float) Math.sqrt(2.0 / (k[i] * k[i] * in)), k[i], k[i], in, c[i]));
        gamma.add(var("conv" + i + "/gamma", Kind.PARAM, 1f, 0f, c[i]));
        beta.add(var("conv" + i + "/beta", Kind.PARAM, 0f, 0f, c[i]));
        movMean.add(var("conv" + i + "/moving_mean", Kind.STAT, 0f, 0f, c[i]));
        movVar.add(var("conv" + i + "/moving_var", Kind.STAT, 1f, 0f, c[i]));
        in = c[i];
      }
      Var denseW = var("dense/w", Kind.PARAM, 0f, (float) Math.sqrt(2.0 / spec.flat()), spec.flat(), spec.hidden());
      Var denseB = var("dense/b", Kind.PARAM, 0f, 0f, spec.hidden());
      Var outW = var("out/w", Kind.PARAM, 0f, (float) Math.sqrt(1.0 / spec.hidden()), spec.hidden(), 10);
      Var outB = var("out/b", Kind.PARAM, 0f, 0f, 10);

      // Training forward pass: batch statistics, dropout.
      List<Var> params = vars.stream().filter(v -> v.kind() == Kind.PARAM).toList();
      Map<Var, Operand<TFloat32>> read = new LinkedHashMap<>();
      for (Var p : params) {
        read.put(p, tf.identity(p.variable()));
      }
      Operand<TFloat32> empty = tf.constant(new float[0]);
      Operand<TFloat32> x = images;
      List<FusedBatchNorm<TFloat32, TFloat32>> bns = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Operand<TFloat32> y = tf.nn.conv2d(x, read.get(convW.get(i)), List.of(1L, 1L, 1L, 1L), "SAME");
        FusedBatchNorm<TFloat32, TFloat32> bn = tf.nn.fusedBatchNorm(y, read.get(gamma.get(i)), read.get(beta.get(i)),
            empty, empty, FusedBatchNorm.isTraining(true), FusedBatchNorm.epsilon(BN_EPSILON));
        bns.add(bn);
        x = pool(tf.nn.relu(bn.y()));
      }
      Operand<TFloat32> flat = tf.reshape(x, tf.constant(new int[] {-1, spec.flat()}));
      Operand<TFloat32> hidden = tf.math.mul(
          tf.nn.relu(tf.math.add(tf.linalg.matMul(flat, read.get(denseW)), read.get(denseB))), keep);
      Operand<TFloat32> logits = tf.math.add(tf.linalg.matMul(hidden, read.get(outW)), read.get(outB));
      loss = tf.withName("loss").math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, labels).loss(), tf.constant(0));
      correct = tf.withName("correct").reduceSum(tf.dtypes.cast(tf.math.equal(
          tf.math.argMax(logits, tf.constant(1)), tf.math.argMax(labels, tf.constant(1))), TFloat32.class),
          tf.constant(0));

      Output<?>[] xs = params.stream().map(p -> read.get(p).asOutput()).toArray(Output<?>[]::new);
      Output<?>[] grads = graph.addGradients(loss.asOutput(), xs);
      List<GraphOperation> gradOps = Arrays.stream(grads).map(g -> (GraphOperation) g.op()).toList();
      Ops after = tf.withControlDependencyOps(new ArrayList<>(gradOps));
      List<Op> updates = new ArrayList<>();
      Operand<TFloat32> b1 = tf.constant(ADAM_BETA1);
      Operand<TFloat32> b2 = tf.constant(ADAM_BETA2);
      Operand<TFloat32> eps = tf.constant(ADAM_EPSILON);
      for (int i = 0; i < params.size(); i++) {
        Var p = params.get(i);
        Var m = var(p.name() + "/adam_m", Kind.SLOT, 0f, 0f, p.shape());
        Var v = var(p.name() + "/adam_v", Kind.SLOT, 0f, 0f, p.shape());
        @SuppressWarnings("unchecked")
        Operand<TFloat32> g = (Operand<TFloat32>) grads[i];
        updates.add(after.train.applyAdam(p.variable(), m.variable(), v.variable(), beta1Power, beta2Power,
            learningRate, b1, b2, eps, g, ApplyAdam.useLocking(true)));
      }
      Operand<TFloat32> mom = tf.constant(BN_MOMENTUM);
      Operand<TFloat32> oneMinus = tf.constant(1f - BN_MOMENTUM);
      for (int i = 0; i < 3; i++) {
        FusedBatchNorm<TFloat32, TFloat32> bn = bns.get(i);
        Var mm = movMean.get(i);
        Var mv = movVar.get(i);
        updates.add(after.assign(mm.variable(), tf.math.add(tf.math.mul(tf.identity(mm.variable()), mom),
            tf.math.mul(bn.batchMean(), oneMinus))));
        updates.add(after.assign(mv.variable(), tf.math.add(tf.math.mul(tf.identity(mv.variable()), mom),
            tf.math.mul(bn.batchVariance(), oneMinus))));
      }
      trainOp = tf.withControlDependencies(updates).withName("train").noOp();

      // Inference branch: moving statistics, no dropout, same weights.
      evalImages = tf.withName("eval_images").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 28, 28, 1)));
      Operand<TFloat32> e = evalImages;
      for (int i = 0; i < 3; i++) {
        Operand<TFloat32> y = tf.nn.conv2d(e, convW.get(i).variable(), List.of(1L, 1L, 1L, 1L), "SAME");
        e = pool(tf.nn.relu(tf.nn.fusedBatchNorm(y, gamma.get(i).variable(), beta.get(i).variable(),
            movMean.get(i).variable(), movVar.get(i).variable(), FusedBatchNorm.isTraining(false),
            FusedBatchNorm.epsilon(BN_EPSILON)).y()));
      }
      Operand<TFloat32> eflat = tf.reshape(e, tf.constant(new int[] {-1, spec.flat()}));
      Operand<TFloat32> eh = tf.nn.relu(tf.math.add(tf.linalg.matMul(eflat, denseW.variable()), denseB.variable()));
      evalProbabilities = tf.nn.softmax(tf.math.add(tf.linalg.matMul(eh, outW.variable()), outB.variable()));

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

  private Operand<TFloat32> pool(Operand<TFloat32> x) {
    return tf.nn.maxPool(x, tf.constant(new int[] {1, 2, 2, 1}), tf.constant(new int[] {1, 2, 2, 1}), "SAME");
  }

  private Var var(String name, Kind kind, float fill, float initStd, long... shape) {
    String op = name.replace('/', '.');
    Variable<TFloat32> v = tf.withName(op).variable(Shape.of(shape), TFloat32.class);
    Placeholder<TFloat32> value = tf.withName(op + ".value").placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape)));
    Op assign = tf.withName(op + ".assign").assign(v, value);
    Var result = new Var(name, shape, kind, v, value, assign, fill, initStd);
    vars.add(result);
    return result;
  }

  private Var var(String name, Kind kind, float fill, float initStd, int... shape) {
    return var(name, kind, fill, initStd, Arrays.stream(shape).asLongStream().toArray());
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
      if (v.initStd() > 0) {
        for (int i = 0; i < values.length; i++) {
          double g;
          do {
            g = gaussian(random);
          } while (Math.abs(g) > 2);
          values[i] = (float) (g * v.initStd() / 0.88);
        }
      } else {
        Arrays.fill(values, v.fill());
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
        m.put(v.name(), v.shape().clone());
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
        TFloat32 t = TFloat32.tensorOf(Shape.of(v.shape()), DataBuffers.of(values, true, false));
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
   * @param oneHot n*10 targets
   * @param keepMask n*hidden dropout multipliers (0 or 1/keepProbability)
   * @param step 1-based step number (for Adam's bias correction)
   */
  public StepResult train(float[] imagesNhwc, float[] oneHot, float[] keepMask, int n, float lr, long step) {
    ensureOpen();
    try (TFloat32 img = TFloat32.tensorOf(Shape.of(n, 28, 28, 1), DataBuffers.of(imagesNhwc, true, false).narrow(n * 784L));
        TFloat32 lab = TFloat32.tensorOf(Shape.of(n, 10), DataBuffers.of(oneHot, true, false).narrow(n * 10L));
        TFloat32 kp = TFloat32.tensorOf(Shape.of(n, spec.hidden()),
            DataBuffers.of(keepMask, true, false).narrow((long) n * spec.hidden()));
        TFloat32 rate = TFloat32.scalarOf(lr);
        TFloat32 p1 = TFloat32.scalarOf((float) Math.pow(ADAM_BETA1, step));
        TFloat32 p2 = TFloat32.scalarOf((float) Math.pow(ADAM_BETA2, step));
        Result r = session.runner()
            .feed(images, img).feed(labels, lab).feed(keep, kp)
            .feed(learningRate, rate).feed(beta1Power, p1).feed(beta2Power, p2)
            .fetch(loss).fetch(correct).addTarget(trainOp).run()) {
      return new StepResult(((TFloat32) r.get(0)).getFloat(), Math.round(((TFloat32) r.get(1)).getFloat()));
    }
  }

  /** Probabilities (n*10) for n images with the inference branch (moving BN statistics). */
  public float[] predict(float[] imagesNhwc, int n) {
    ensureOpen();
    try (TFloat32 img = TFloat32.tensorOf(Shape.of(n, 28, 28, 1), DataBuffers.of(imagesNhwc, true, false).narrow(n * 784L));
        Result r = session.runner().feed(evalImages, img).fetch(evalProbabilities).run()) {
      float[] out = new float[n * 10];
      ((TFloat32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
      return out;
    }
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
