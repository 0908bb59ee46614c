package dev.digitarcade.training.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Both forms of ReLU + max pool give the same values and gradients, bit for bit, ties and all. */
class ReluPoolTest {

  private static final int N = 6;
  private static final int C = 5;
  private static final float[] LEVELS = {-1f, -0.5f, 0f, 0.25f, 0.5f, 1f};

  /** Values from a few levels: most windows hold ties, at zero, below it and above it. */
  private static float[] tied(int side, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[N * side * side * C];
    for (int i = 0; i < v.length; i++) {
      v[i] = LEVELS[r.nextInt(LEVELS.length)];
    }
    return v;
  }

  private static float[] gradient(int side, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int out = (side + 1) / 2;
    float[] g = new float[N * out * out * C];
    for (int i = 0; i < g.length; i++) {
      g[i] = r.nextInt(10) == 0 ? -0f : (float) r.nextGaussian();
    }
    return g;
  }

  /** Values of the pool's output, then the gradient with respect to its input, for one form. */
  private static List<float[]> run(boolean fast, int side, float[] x, float[] dy, List<String> types) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> in = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(N, side, side, C)));
      int out = (side + 1) / 2;
      Placeholder<TFloat32> up = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(N, out, out, C)));
      Operand<TFloat32> y = fast ? ReluPool.fast(tf, in) : ReluPool.exported(tf, in);
      Output<?>[] dx = g.addGradients("grad", new Output<?>[] {y.asOutput()}, new Output<?>[] {in.asOutput()},
          new Output<?>[] {up.asOutput()});
      g.operations().forEachRemaining((GraphOperation op) -> types.add(op.type()));
      try (Session s = new Session(g);
          TFloat32 xt = TFloat32.tensorOf(Shape.of(N, side, side, C), DataBuffers.of(x, true, false));
          TFloat32 dyt = TFloat32.tensorOf(Shape.of(N, out, out, C), DataBuffers.of(dy, true, false));
          Result r = s.runner().feed(in, xt).feed(up, dyt).fetch(y).fetch(dx[0]).run()) {
        float[] values = new float[N * out * out * C];
        float[] grads = new float[x.length];
        ((TFloat32) r.get(0)).copyTo(DataBuffers.of(values, false, false));
        ((TFloat32) r.get(1)).copyTo(DataBuffers.of(grads, false, false));
        return List.of(values, grads);
      }
    }
  }

  private static int[] bits(float[] v) {
    int[] b = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = Float.floatToRawIntBits(v[i]);
    }
    return b;
  }

  /** Windows (of an even side) whose largest value is positive and held by more than one element. */
  private static int positiveTies(float[] x, int side) {
    int ties = 0;
    for (int n = 0; n < N; n++) {
      for (int r = 0; r + 1 < side; r += 2) {
        for (int c = 0; c + 1 < side; c += 2) {
          for (int ch = 0; ch < C; ch++) {
            float[] w = new float[4];
            int k = 0;
            for (int dr = 0; dr < 2; dr++) {
              for (int dc = 0; dc < 2; dc++) {
                w[k++] = x[((n * side + r + dr) * side + c + dc) * C + ch];
              }
            }
            float max = Math.max(Math.max(w[0], w[1]), Math.max(w[2], w[3]));
            int held = 0;
            for (float v : w) {
              held += v == max ? 1 : 0;
            }
            ties += max > 0 && held > 1 ? 1 : 0;
          }
        }
      }
    }
    return ties;
  }

  @Test
  void bothFormsGiveTheSameValuesAndGradientsBitForBit() {
    for (int side : new int[] {8, 7, 28}) {
      float[] x = tied(side, 100 + side);
      float[] dy = gradient(side, 200 + side);
      List<String> exportedOps = new ArrayList<>();
      List<String> fastOps = new ArrayList<>();
      List<float[]> exported = run(false, side, x, dy, exportedOps);
      List<float[]> fast = run(true, side, x, dy, fastOps);
      assertThat(bits(fast.get(0))).as("values, side %d", side).containsExactly(bits(exported.get(0)));
      assertThat(bits(fast.get(1))).as("gradients, side %d", side).containsExactly(bits(exported.get(1)));
      assertThat(exportedOps).contains("MaxPoolV2", "MaxPoolGradV2").doesNotContain("MaxPool");
      assertThat(fastOps).contains("MaxPool", "MaxPoolGrad").doesNotContain("MaxPoolV2");
    }
    // the comparison means something: many windows have a positive tie, and gradients flow
    assertThat(positiveTies(tied(8, 108), 8)).isGreaterThan(20);
    float[] grads = run(true, 8, tied(8, 108), gradient(8, 208), new ArrayList<>()).get(1);
    int flowing = 0;
    for (float v : grads) {
      flowing += v != 0 ? 1 : 0;
    }
    assertThat(flowing).isGreaterThan(20).isLessThan(grads.length / 4);
  }
}
