package dev.digitarcade.training.model;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.train.ApplyAdam;
import org.tensorflow.types.TFloat32;

/**
 * Adam whose every step is a pure function of its inputs, so a run is reproducible bit for bit.
 *
 * <p>Why not a stock optimizer: the usual Adam keeps its bias-correction powers (beta1^t,
 * beta2^t) in variables that the step itself updates; with several update ops in flight, which of
 * them sees the old or the new power depends on thread timing, and the weights differ from run to
 * run. Here the powers and the learning rate are computed in Java from the step number and fed as
 * scalars, the only state an op changes is its own variable's moments, and each update runs
 * after (control dependencies) every gradient has been computed, so no update races with a
 * backward op that still reads the old weights.
 */
final class DeterministicAdam {

  static final float BETA1 = 0.9f;
  static final float BETA2 = 0.999f;
  static final float EPSILON = 1e-7f;

  private final Placeholder<TFloat32> learningRate;
  private final Placeholder<TFloat32> beta1Power;
  private final Placeholder<TFloat32> beta2Power;
  private final List<Op> updates = new ArrayList<>();

  /** Builds the placeholders; {@link #update} adds one variable's step. */
  DeterministicAdam(Ops tf) {
    learningRate = tf.withName("lr").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
    beta1Power = tf.withName("beta1_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
    beta2Power = tf.withName("beta2_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
  }

  /**
   * Adds the step of {@code param} with moments {@code m}, {@code v} from gradient {@code grad};
   * {@code after} carries the control dependencies on every gradient.
   */
  void update(Ops tf, Ops after, Variable<TFloat32> param, Variable<TFloat32> m, Variable<TFloat32> v,
      Operand<TFloat32> grad) {
    updates.add(after.train.applyAdam(param, m, v, beta1Power, beta2Power, learningRate, tf.constant(BETA1),
        tf.constant(BETA2), tf.constant(EPSILON), grad, ApplyAdam.useLocking(true)));
  }

  List<Op> updates() {
    return updates;
  }

  /** Feeds step {@code step} (1-based) at learning rate {@code lr}; the caller closes the tensors. */
  List<TFloat32> feed(Session.Runner runner, float lr, long step) {
    TFloat32 rate = TFloat32.scalarOf(lr);
    TFloat32 p1 = TFloat32.scalarOf((float) Math.pow(BETA1, step));
    TFloat32 p2 = TFloat32.scalarOf((float) Math.pow(BETA2, step));
    runner.feed(learningRate, rate).feed(beta1Power, p1).feed(beta2Power, p2);
    return List.of(rate, p1, p2);
  }
}
