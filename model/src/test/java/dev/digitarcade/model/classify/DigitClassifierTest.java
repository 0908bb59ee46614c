package dev.digitarcade.model.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.model.ModelContract;
import java.nio.file.Files;
import java.nio.file.Path;
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

class DigitClassifierTest {

  /**
   * A tiny linear model: logit k = sum of the pixels in row band k (rows 0-1 for class 0, ...),
   * so an image with ink only in rows 2k..2k+1 is classified as k.
   */
  private static void exportBandModel(Path dir, String inputName, String outputName, boolean wrongShape)
      throws Exception {
    exportBandModel(dir, inputName, outputName, wrongShape, true, (tf, probs) -> probs);
  }

  /** Lets a test add operations to the band model's graph or change its output. */
  @FunctionalInterface
  interface Twist {
    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> probabilities);
  }

  /** The band model with the not-a-digit and fragment outputs and {@code twist} applied to its output. */
  static void exportBandModel(Path dir, String inputName, String outputName, boolean wrongShape, Twist twist)
      throws Exception {
    exportBandModel(dir, inputName, outputName, wrongShape, true, twist);
  }

  /**
   * With {@code scores}, also the not-a-digit and fragment outputs (the first two probabilities,
   * halved); {@code twist} is applied to the probabilities before export.
   */
  private static void exportBandModel(Path dir, String inputName, String outputName, boolean wrongShape,
      boolean scores, Twist twist) throws Exception {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> image = tf.placeholder(TFloat32.class,
          Placeholder.shape(wrongShape ? Shape.of(-1, 784) : Shape.of(-1, 28, 28, 1)));
      float[][] w = new float[784][10];
      for (int p = 0; p < 784; p++) {
        int row = p / 28;
        if (row / 2 < 10) {
          w[p][row / 2] = 2f;
        }
      }
      Operand<TFloat32> flat = tf.reshape(image, tf.constant(new int[] {-1, 784}));
      Operand<TFloat32> probs = twist.apply(tf, tf.nn.softmax(tf.linalg.matMul(flat, tf.constant(w))));
      try (Session s = new Session(g)) {
        Signature.Builder b = Signature.builder().key(ModelContract.SIGNATURE)
            .input(inputName, image).output(outputName, probs);
        if (scores) {
          Operand<TFloat32> half = tf.math.mul(probs, tf.constant(0.5f));
          b.output(ModelContract.NOT_DIGIT, tf.slice(half, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, 1})))
              .output(ModelContract.FRAGMENT, tf.slice(half, tf.constant(new int[] {0, 1}), tf.constant(new int[] {-1, 1})));
        }
        Signature sig = b.build();
        SavedModelBundle.exporter(dir.toString()).withTags(ModelContract.TAG)
            .withFunction(SessionFunction.create(sig, s)).export();
      }
    }
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
  void aModelWithoutTheNotDigitOutputsIsRefusedWithOneLineSayingHowToTrainOne(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("old");
    exportBandModel(dir, ModelContract.INPUT, ModelContract.OUTPUT, false, false, (tf, probs) -> probs);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DigitClassifier.load(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("no output 'not_digit'").hasMessageContaining("digit-trainer train")
        .hasMessageNotContaining("\n");
  }

  @Test
  void scoresCarryAllThreeOutputs(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    exportBandModel(dir, ModelContract.INPUT, ModelContract.OUTPUT, false);
    try (DigitClassifier c = DigitClassifier.load(dir)) {
      DigitClassifier.Scores s = c.score(band(0));
      assertThat(s.probabilities()).containsExactly(c.predict(band(0)));
      assertThat(s.notDigit()).isEqualTo(s.probabilities()[0] / 2, org.assertj.core.data.Offset.offset(1e-6f));
      assertThat(s.fragment()).isEqualTo(s.probabilities()[1] / 2, org.assertj.core.data.Offset.offset(1e-6f));
      DigitClassifier.Scores[] batch = c.scoreBatch(new float[][] {band(0), band(3)});
      assertThat(batch[1].probabilities()).containsExactly(c.predict(band(3)));
      assertThat(batch[0].notDigit()).isEqualTo(s.notDigit());
    }
  }

  @Test
  void predictsWithAMatchingModel(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    exportBandModel(dir, ModelContract.INPUT, ModelContract.OUTPUT, false);
    try (DigitClassifier c = DigitClassifier.load(dir)) {
      for (int k = 0; k < 10; k++) {
        float[] p = c.predict(band(k));
        assertThat(p).hasSize(10);
        int best = 0;
        float sum = 0;
        for (int i = 0; i < 10; i++) {
          sum += p[i];
          if (p[i] > p[best]) {
            best = i;
          }
        }
        assertThat(best).isEqualTo(k);
        assertThat(sum).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
      }
      float[][] batch = c.predictBatch(new float[][] {band(3), band(7)});
      assertThat(batch).hasNumberOfRows(2);
      assertThat(batch[0]).containsExactly(c.predict(band(3)), org.assertj.core.data.Offset.offset(1e-6f));
      assertThat(batch[1]).containsExactly(c.predict(band(7)), org.assertj.core.data.Offset.offset(1e-6f));
      assertThatThrownBy(() -> c.predict(new float[10])).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("784");
      c.close();
      c.close();
      assertThatThrownBy(() -> c.predict(band(1))).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void refusesWrongInputName(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    exportBandModel(dir, "pixels", ModelContract.OUTPUT, false);
    assertThatThrownBy(() -> DigitClassifier.load(dir)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("pixels")
        .hasMessageContaining("expected exactly input 'image'").hasMessageNotContaining("\n");
  }

  @Test
  void refusesWrongOutputName(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    exportBandModel(dir, ModelContract.INPUT, "logits", false);
    assertThatThrownBy(() -> DigitClassifier.load(dir)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("logits").hasMessageContaining("'probabilities'").hasMessageNotContaining("\n");
  }

  @Test
  void refusesWrongInputShape(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("m");
    exportBandModel(dir, ModelContract.INPUT, ModelContract.OUTPUT, true);
    assertThatThrownBy(() -> DigitClassifier.load(dir)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("[N, 784]").hasMessageContaining("[N, 28, 28, 1]").hasMessageNotContaining("\n");
  }

  @Test
  void refusesMissingAndCorruptDirectories(@TempDir Path tmp) throws Exception {
    Path missing = tmp.resolve("nope");
    assertThatThrownBy(() -> DigitClassifier.load(missing)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    Path corrupt = tmp.resolve("corrupt");
    Files.createDirectories(corrupt);
    Files.write(corrupt.resolve("saved_model.pb"), new byte[] {1, 2, 3, 4, 5});
    assertThatThrownBy(() -> DigitClassifier.load(corrupt)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining(corrupt.toString()).hasMessageNotContaining("\n");
  }

  @Test
  void refusesAFileWhereADirectoryIsExpectedAndAnEmptyGraph(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("model.pb"), "x");
    assertThatThrownBy(() -> DigitClassifier.load(file)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("is a file").hasMessageNotContaining("does not exist");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Files.write(empty.resolve("saved_model.pb"), new byte[0]);
    assertThatThrownBy(() -> DigitClassifier.load(empty)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("is empty").hasMessageNotContaining("python").hasMessageNotContaining("\n");
  }

  @Test
  void refusesAModelWhoseOutputIsNotANumber(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("nan");
    exportBandModel(dir, ModelContract.INPUT, ModelContract.OUTPUT, false,
        (tf, probs) -> tf.math.mul(probs, tf.constant(Float.NaN)));
    assertThatThrownBy(() -> DigitClassifier.load(dir)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("NaN").hasMessageContaining("warm-up");
  }

  @SuppressWarnings("unused")
  private static Class<?> keep = TInt32.class;
}
