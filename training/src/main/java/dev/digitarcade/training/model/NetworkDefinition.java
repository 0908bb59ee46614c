package dev.digitarcade.training.model;

import dev.digitarcade.model.ModelContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The network, written once: the variables it has and the forward pass from images to logits,
 * for the three ways batch norm is applied (training, the training graph's inference branch, the
 * exported model), and the three outputs of {@link ModelContract} computed from the logits.
 */
public final class NetworkDefinition {

  public static final float BN_EPSILON = 1e-3f;

  /** Name of the calibration temperature (a one-value statistic, fitted after training). */
  public static final String TEMPERATURE = "calibration/temperature";

  /** How batch norm is applied. */
  public enum BatchNorm {
    /** Training: statistics of the batch (their means and variances are returned for the moving averages). */
    BATCH_STATISTICS,
    /** Inference with the variables: the moving statistics. */
    MOVING_STATISTICS,
    /** Exported: folded into each convolution's weights and a bias ({@link #fold}). */
    FOLDED
  }

  /** What a variable holds. Only {@code PARAM} and {@code STAT} are needed for inference. */
  public enum Kind { PARAM, STAT, SLOT }

  /**
   * One variable of the network.
   *
   * @param fill initial value of every element when {@code initStd} is 0
   * @param initStd standard deviation of the He-normal initial values (0: filled)
   */
  public record VarSpec(String name, long[] shape, Kind kind, float fill, float initStd) {
    public int size() {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      return (int) n;
    }
  }

  /** Where the forward pass gets a weight by name (a variable, its snapshot, or a constant). */
  @FunctionalInterface
  public interface Weights {
    Operand<TFloat32> get(String name);
  }

  /** The logits and, with batch statistics, each block's batch norm (for the moving averages). */
  public record Forward(Operand<TFloat32> logits, List<FusedBatchNorm<TFloat32, TFloat32>> batchNorms) {}

  /** The three outputs of the exported model (and of the training graph's inference branch). */
  public record Outputs(Operand<TFloat32> probabilities, Operand<TFloat32> notDigit, Operand<TFloat32> fragment) {}

  /** What the exported model serves: the three outputs and the saliency ({@link #saliency}). */
  public record Served(Outputs outputs, Operand<TFloat32> saliency) {}

  private NetworkDefinition() {}

  /** The inference variables in graph order (parameters, then the statistics and the temperature). */
  public static List<VarSpec> variables(NetworkSpec spec) {
    List<VarSpec> out = new ArrayList<>();
    int[] k = spec.kernels();
    int[] c = spec.channels();
    int in = ModelContract.CHANNELS;
    for (int i = 0; i < NetworkSpec.BLOCKS; i++) {
      String p = "conv" + i + "/";
      out.add(new VarSpec(p + "w", new long[] {k[i], k[i], in, c[i]}, Kind.PARAM, 0f,
          (float) Math.sqrt(2.0 / (k[i] * k[i] * in))));
      out.add(new VarSpec(p + "gamma", new long[] {c[i]}, Kind.PARAM, 1f, 0f));
      out.add(new VarSpec(p + "beta", new long[] {c[i]}, Kind.PARAM, 0f, 0f));
      out.add(new VarSpec(p + "moving_mean", new long[] {c[i]}, Kind.STAT, 0f, 0f));
      out.add(new VarSpec(p + "moving_var", new long[] {c[i]}, Kind.STAT, 1f, 0f));
      in = c[i];
    }
    out.add(new VarSpec("dense/w", new long[] {spec.flat(), spec.hidden()}, Kind.PARAM, 0f,
        (float) Math.sqrt(2.0 / spec.flat())));
    out.add(new VarSpec("dense/b", new long[] {spec.hidden()}, Kind.PARAM, 0f, 0f));
    out.add(new VarSpec("out/w", new long[] {spec.hidden(), NetworkSpec.LOGITS}, Kind.PARAM, 0f,
        (float) Math.sqrt(1.0 / spec.hidden())));
    out.add(new VarSpec("out/b", new long[] {NetworkSpec.LOGITS}, Kind.PARAM, 0f, 0f));
    out.add(new VarSpec(TEMPERATURE, new long[] {1}, Kind.STAT, 1f, 0f));
    return out;
  }

  /**
   * The forward pass.
   *
   * @param keep dropout multipliers {@code [N, hidden]} for the dense layer, or null (no dropout)
   */
  public static Forward forward(Ops tf, NetworkSpec spec, Operand<TFloat32> images, Weights w, BatchNorm bn,
      Operand<TFloat32> keep) {
    Operand<TFloat32> empty = tf.constant(new float[0]);
    Operand<TFloat32> x = images;
    List<FusedBatchNorm<TFloat32, TFloat32>> bns = new ArrayList<>();
    for (int i = 0; i < NetworkSpec.BLOCKS; i++) {
      String p = "conv" + i + "/";
      Operand<TFloat32> y = tf.nn.conv2d(x, w.get(p + "w"), List.of(1L, 1L, 1L, 1L), "SAME");
      Operand<TFloat32> normed = switch (bn) {
        case BATCH_STATISTICS -> {
          FusedBatchNorm<TFloat32, TFloat32> b = tf.nn.fusedBatchNorm(y, w.get(p + "gamma"), w.get(p + "beta"),
              empty, empty, FusedBatchNorm.isTraining(true), FusedBatchNorm.epsilon(BN_EPSILON));
          bns.add(b);
          yield b.y();
        }
        case MOVING_STATISTICS -> tf.nn.fusedBatchNorm(y, w.get(p + "gamma"), w.get(p + "beta"),
            w.get(p + "moving_mean"), w.get(p + "moving_var"), FusedBatchNorm.isTraining(false),
            FusedBatchNorm.epsilon(BN_EPSILON)).y();
        case FOLDED -> tf.nn.biasAdd(y, w.get(p + "bias"));
      };
      // Pools with the op oneDNN differentiates (the same values as MaxPoolV2, see ReluPool): faster
      // training steps, and a cheaper saliency in the exported graph.
      x = ReluPool.fast(tf, normed);
    }
    Operand<TFloat32> flat = tf.reshape(x, tf.constant(new int[] {-1, spec.flat()}));
    Operand<TFloat32> hidden = tf.nn.relu(tf.math.add(tf.linalg.matMul(flat, w.get("dense/w")), w.get("dense/b")));
    if (keep != null) {
      hidden = tf.math.mul(hidden, keep);
    }
    return new Forward(tf.math.add(tf.linalg.matMul(hidden, w.get("out/w")), w.get("out/b")), bns);
  }

  /**
   * The contract's outputs from the logits: the digit probabilities are a softmax over the ten
   * digit logits divided by the temperature (calibrated); the not-a-digit and fragment scores are
   * the last two entries of the softmax over all logits.
   *
   * @param inverseTemperature {@code [1]}, one over the fitted temperature
   */
  public static Outputs outputs(Ops tf, Operand<TFloat32> logits, Operand<TFloat32> inverseTemperature) {
    Operand<TFloat32> digits = tf.slice(logits, tf.constant(new int[] {0, 0}),
        tf.constant(new int[] {-1, ModelContract.CLASSES}));
    Operand<TFloat32> probabilities = tf.nn.softmax(tf.math.mul(digits, inverseTemperature));
    Operand<TFloat32> all = tf.nn.softmax(logits);
    Operand<TFloat32> notDigit = tf.slice(all, tf.constant(new int[] {0, NetworkSpec.NOT_DIGIT}),
        tf.constant(new int[] {-1, 1}));
    Operand<TFloat32> fragment = tf.slice(all, tf.constant(new int[] {0, NetworkSpec.FRAGMENT}),
        tf.constant(new int[] {-1, 1}));
    return new Outputs(probabilities, notDigit, fragment);
  }

  /**
   * The weights of the exported model: batch norm folded into each convolution (w * gamma /
   * sqrt(var + eps), bias beta - mean * gamma / sqrt(var + eps)), the dense layers as they are.
   */
  public static Map<String, float[]> fold(NetworkSpec spec, Map<String, float[]> state) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (int i = 0; i < NetworkSpec.BLOCKS; i++) {
      String p = "conv" + i + "/";
      float[] w = get(state, p + "w").clone();
      float[] gamma = get(state, p + "gamma");
      float[] beta = get(state, p + "beta");
      float[] mean = get(state, p + "moving_mean");
      float[] var = get(state, p + "moving_var");
      int channels = gamma.length;
      float[] bias = new float[channels];
      for (int c = 0; c < channels; c++) {
        float s = (float) (gamma[c] / Math.sqrt(var[c] + BN_EPSILON));
        for (int j = c; j < w.length; j += channels) {
          w[j] *= s;
        }
        bias[c] = beta[c] - mean[c] * s;
      }
      out.put(p + "w", w);
      out.put(p + "bias", bias);
    }
    for (String name : List.of("dense/w", "dense/b", "out/w", "out/b", TEMPERATURE)) {
      out.put(name, get(state, name));
    }
    return out;
  }

  /** Shapes of the folded weights of {@link #fold}. */
  static Map<String, long[]> foldedShapes(NetworkSpec spec) {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (VarSpec v : variables(spec)) {
      if (v.kind() == Kind.PARAM && !v.name().endsWith("/gamma") && !v.name().endsWith("/beta")) {
        out.put(v.name(), v.shape());
      }
      if (v.name().endsWith("/beta")) {
        out.put(v.name().replace("/beta", "/bias"), v.shape());
      }
    }
    out.put(TEMPERATURE, new long[] {1});
    return out;
  }

  /**
   * The saliency of {@link ModelContract#SALIENCY}: the gradient, with respect to {@code image},
   * of each image's top digit logit (the largest of the ten digit logits; the temperature does not
   * change which one, and a logit does not saturate as a probability does). The top digit is
   * picked by a one-hot mask outside the gradient; the images of a batch are independent (batch
   * norm is folded), so the gradient of the batch's sum is each image's own gradient.
   */
  public static Operand<TFloat32> saliency(Ops tf, Operand<TFloat32> image, Operand<TFloat32> logits) {
    Operand<TFloat32> digits = tf.slice(logits, tf.constant(new int[] {0, 0}),
        tf.constant(new int[] {-1, ModelContract.CLASSES}));
    Operand<TInt32> top = tf.math.argMax(digits, tf.constant(1), TInt32.class);
    Operand<TFloat32> mask = tf.stopGradient(tf.oneHot(top, tf.constant(ModelContract.CLASSES), tf.constant(1f),
        tf.constant(0f)));
    Operand<TFloat32> score = tf.reduceSum(tf.math.mul(digits, mask), tf.constant(new int[] {0, 1}));
    @SuppressWarnings("unchecked")
    Operand<TFloat32> grad = (Operand<TFloat32>) (Operand<?>) tf.gradients(score, List.of(image)).dy(0);
    return tf.reshape(grad, tf.constant(new int[] {-1, ModelContract.IMAGE_SIZE, ModelContract.IMAGE_SIZE,
        ModelContract.CHANNELS}));
  }

  /** As {@link #inference} with the saliency of the same forward pass. */
  public static Served served(Ops tf, NetworkSpec spec, Operand<TFloat32> image, Map<String, float[]> state) {
    Forward f = folded(tf, spec, image, state);
    return new Served(outputs(tf, f.logits(), inverseTemperature(tf, state)), saliency(tf, image, f.logits()));
  }

  /**
   * The exported model's graph in {@code tf}: the contract's outputs from {@code image} with the
   * folded weights of {@code state} as constants and the temperature baked in.
   */
  public static Outputs inference(Ops tf, NetworkSpec spec, Operand<TFloat32> image, Map<String, float[]> state) {
    return outputs(tf, folded(tf, spec, image, state).logits(), inverseTemperature(tf, state));
  }

  private static Forward folded(Ops tf, NetworkSpec spec, Operand<TFloat32> image, Map<String, float[]> state) {
    Map<String, float[]> folded = fold(spec, state);
    Map<String, long[]> shapes = foldedShapes(spec);
    Map<String, Operand<TFloat32>> constants = new LinkedHashMap<>();
    Weights w = name -> constants.computeIfAbsent(name,
        n -> tf.constant(Shape.of(shapes.get(n)), DataBuffers.of(get(folded, n), true, false)));
    return forward(tf, spec, image, w, BatchNorm.FOLDED, null);
  }

  private static Operand<TFloat32> inverseTemperature(Ops tf, Map<String, float[]> state) {
    float temperature = get(state, TEMPERATURE)[0];
    if (!(temperature > 0 && Float.isFinite(temperature))) {
      throw new IllegalArgumentException("calibration temperature " + temperature + " (expected a positive number)");
    }
    return tf.constant(new float[] {1f / temperature});
  }

  private static float[] get(Map<String, float[]> state, String name) {
    float[] v = state.get(name);
    if (v == null) {
      throw new IllegalArgumentException("model state has no " + name);
    }
    return v;
  }
}
