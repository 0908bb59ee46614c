package dev.digitarcade.training.model;

import org.tensorflow.Operand;
import org.tensorflow.Operation;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The end of each convolution block, ReLU then a 2x2 max pool (stride 2, SAME padding), in two
 * forms that give the same values and the same gradients, bit for bit (signed zeros included).
 *
 * <p>{@link #exported}: {@code MaxPoolV2} (window and strides as tensors), the op of earlier
 * exports (models that have it still load); kept as the reference the other form is checked against.
 * {@link #fast}, for the training graph and the export: {@code MaxPool} (window and strides as
 * attributes). With oneDNN (TensorFlow's default on x86-64 Linux) {@code MaxPool} and its gradient
 * run in oneDNN, while {@code MaxPoolV2}'s gradient takes TensorFlow's own CPU kernel, which alone
 * was about a quarter of a training step (and makes the exported saliency output dearer).
 * Elsewhere both take TensorFlow's kernels.
 *
 * <p>The pool's values are exact (a maximum), and both gradients send a window's gradient to its
 * first largest value in row-major order, so the two agree wherever a window holds ties.
 * {@code ReluPoolTest} checks them on values full of ties, forward and backward. (Pooling first and
 * then ReLU on a quarter of the values would be cheaper still, but it changes the sign of some zero
 * gradients, so it is not done.)
 */
final class ReluPool {

  private ReluPool() {}

  /** ReLU, then {@code MaxPoolV2}: the earlier exports' form (the reference in tests). */
  static Operand<TFloat32> exported(Ops tf, Operand<TFloat32> x) {
    return tf.nn.maxPool(tf.nn.relu(x), tf.constant(new int[] {1, 2, 2, 1}), tf.constant(new int[] {1, 2, 2, 1}),
        "SAME");
  }

  /** ReLU, then {@code MaxPool} with attributes: the same values and gradients, faster to train. */
  static Operand<TFloat32> fast(Ops tf, Operand<TFloat32> x) {
    Operation pool = tf.scope().opBuilder("MaxPool", "MaxPool")
        .addInput(tf.nn.relu(x).asOutput())
        .setAttr("ksize", new long[] {1, 2, 2, 1})
        .setAttr("strides", new long[] {1, 2, 2, 1})
        .setAttr("padding", "SAME")
        .build();
    return pool.<TFloat32>output(0);
  }
}
