package dev.digitarcade.model.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.model.ModelContract;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.tensorflow.types.TInt32;

/** The optional saliency output: absent (older models), right (checked and served), wrong (refused). */
class SaliencyOutputTest {

  /**
   * A linear model whose logit k is twice the ink in rows 2k and 2k+1, so the gradient of the top
   * logit is exactly 2 on that band and 0 elsewhere; {@code saliency} (given the image and the
   * logits) is the saliency output, null for none.
   */
  private static void export(Path dir,
      BiFunction<Ops, Operand<TFloat32>[], Operand<TFloat32>> saliency) throws Exception {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> image = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 28, 28, 1)));
      float[][] w = new float[784][10];
      for (int p = 0; p < 784; p++) {
        if (p / 28 / 2 < 10) {
          w[p][p / 28 / 2] = 2f;
        }
      }
      Operand<TFloat32> logits = tf.linalg.matMul(tf.reshape(image, tf.constant(new int[] {-1, 784})), tf.constant(w));
      Operand<TFloat32> probs = tf.nn.softmax(logits);
      try (Session s = new Session(g)) {
        Operand<TFloat32> half = tf.math.mul(probs, tf.constant(0.5f));
        Signature.Builder b = Signature.builder().key(ModelContract.SIGNATURE)
            .input(ModelContract.INPUT, image).output(ModelContract.OUTPUT, probs)
            .output(ModelContract.NOT_DIGIT, tf.slice(half, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, 1})))
            .output(ModelContract.FRAGMENT, tf.slice(half, tf.constant(new int[] {0, 1}), tf.constant(new int[] {-1, 1})));
        if (saliency != null) {
          @SuppressWarnings("unchecked")
          Operand<TFloat32>[] io = new Operand[] {image, logits};
          b.output(ModelContract.SALIENCY, saliency.apply(tf, io));
        }
        SavedModelBundle.exporter(dir.toString()).withTags(ModelContract.TAG)
            .withFunction(SessionFunction.create(b.build(), s)).export();
      }
    }
  }

  /** The gradient of each image's top logit with respect to the image, as the exporter builds it. */
  @SuppressWarnings("unchecked")
  private static Operand<TFloat32> gradient(Ops tf, Operand<TFloat32>[] io) {
    Operand<TInt32> top = tf.math.argMax(io[1], tf.constant(1), TInt32.class);
    Operand<TFloat32> mask = tf.stopGradient(tf.oneHot(top, tf.constant(10), tf.constant(1f), tf.constant(0f)));
    Operand<TFloat32> score = tf.reduceSum(tf.math.mul(io[1], mask), tf.constant(new int[] {0, 1}));
    Operand<TFloat32> grad = (Operand<TFloat32>) (Operand<?>) tf.gradients(score, List.of(io[0])).dy(0);
    return tf.reshape(grad, tf.constant(new int[] {-1, 28, 28, 1}));
  }

  private static float[] band(int k) {
    float[] img = new float[784];
    for (int c = 5; c < 20; c++) {
      img[(2 * k) * 28 + c] = 1f;
      img[(2 * k + 1) * 28 + c] = 1f;
    }
    return img;
  }

  @Test
  void aModelWithoutSaliencyLoadsAndSaysSo(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    export(dir, null);
    try (DigitClassifier c = DigitClassifier.load(dir)) {
      assertThat(c.hasSaliency()).isFalse();
      assertThat(c.predict(band(4))[4]).isGreaterThan(0.9f);
      assertThatThrownBy(() -> c.saliency(new float[][] {band(4)})).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no 'saliency' output");
    }
  }

  @Test
  void theSaliencyOfEachImageIsTheGradientOfItsOwnTopDigit(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    export(dir, SaliencyOutputTest::gradient);
    try (DigitClassifier c = DigitClassifier.load(dir)) {
      assertThat(c.hasSaliency()).isTrue();
      Saliency[] s = c.saliency(new float[][] {band(3), band(7)});
      assertThat(s).hasSize(2);
      for (int i = 0; i < 2; i++) {
        int k = i == 0 ? 3 : 7;
        assertThat(s[i].digit()).isEqualTo(k);
        assertThat(s[i].probability()).isEqualTo(c.predict(band(k))[k]);
        for (int p = 0; p < 784; p++) {
          assertThat(s[i].heat()[p]).as("pixel %d of image %d", p, i).isEqualTo(p / 28 / 2 == k ? 2f : 0f);
        }
      }
      assertThat(c.saliency(new float[0][])).isEmpty();
    }
  }

  @Test
  void aWrongShapedSaliencyIsRefusedWithOneLine(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    export(dir, (tf, io) -> io[1]);
    assertThatThrownBy(() -> DigitClassifier.load(dir)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("output 'saliency' has shape [N, 10]")
        .hasMessageContaining("expected output 'saliency' float32 [N, 28, 28, 1]")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aSaliencyOfTheWrongTypeIsRefused(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    export(dir, (tf, io) -> {
      @SuppressWarnings("unchecked")
      Operand<TFloat32> asInt = (Operand<TFloat32>) (Operand<?>) tf.dtypes.cast(io[0], TInt32.class);
      return asInt;
    });
    assertThatThrownBy(() -> DigitClassifier.load(dir)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("output 'saliency' is DT_INT32").hasMessageNotContaining("\n");
  }
}
