package dev.digitarcade.training.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.training.export.ModelExporter;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkDefinitionTest {

  private static final NetworkSpec SMALL = new NetworkSpec(3, 4, 6, 8, 16);

  @TempDir Path tmp;

  private static float[] images(int n) {
    SplittableRandom r = new SplittableRandom(11);
    float[] out = new float[n * ModelContract.PIXELS];
    for (int i = 0; i < out.length; i++) {
      out[i] = r.nextDouble() < 0.2 ? (float) r.nextDouble() : 0f;
    }
    return out;
  }

  /** Non-trivial batch-norm statistics, so folding has something to fold. */
  private static Map<String, float[]> perturbed(Network n) {
    Map<String, float[]> s = n.state(false);
    SplittableRandom r = new SplittableRandom(5);
    for (Map.Entry<String, float[]> e : s.entrySet()) {
      if (e.getKey().contains("moving") || e.getKey().contains("gamma") || e.getKey().contains("beta")) {
        float[] v = e.getValue();
        for (int i = 0; i < v.length; i++) {
          v[i] = e.getKey().contains("var") || e.getKey().contains("gamma") ? 0.5f + (float) r.nextDouble()
              : (float) r.nextGaussian() * 0.3f;
        }
      }
    }
    return s;
  }

  @Test
  void exportedModelReloadsWithTheSameThreeOutputsAsTheTrainingGraph() throws Exception {
    int n = 5;
    float[] img = images(n);
    float[] expected;
    Map<String, float[]> state;
    try (Network net = new Network(SMALL, 1)) {
      net.initialize(3);
      net.setState(perturbed(net));
      net.setTemperature(1.7f);
      expected = net.predict(img, n);
      state = net.state(true);
    }
    Path dir = tmp.resolve("model");
    ModelExporter.export(SMALL, state, dir, size -> Map.of());
    try (DigitClassifier c = DigitClassifier.load(dir)) {
      for (int i = 0; i < n; i++) {
        float[] one = java.util.Arrays.copyOfRange(img, i * ModelContract.PIXELS, (i + 1) * ModelContract.PIXELS);
        DigitClassifier.Scores s = c.score(one);
        int w = ModelContract.CLASSES + 2;
        for (int k = 0; k < ModelContract.CLASSES; k++) {
          assertThat(s.probabilities()[k]).isCloseTo(expected[i * w + k], within(2e-5f));
        }
        assertThat(s.notDigit()).isCloseTo(expected[i * w + ModelContract.CLASSES], within(2e-5f));
        assertThat(s.fragment()).isCloseTo(expected[i * w + ModelContract.CLASSES + 1], within(2e-5f));
        assertThat(c.predict(one)).containsExactly(s.probabilities());
      }
    }
  }

  @Test
  void theTemperatureSoftensOnlyTheDigitProbabilities() {
    float[] img = images(1);
    try (Network net = new Network(SMALL, 1)) {
      net.initialize(4);
      float[] cold = net.predict(img, 1);
      net.setTemperature(3f);
      float[] warm = net.predict(img, 1);
      float coldMax = 0;
      float warmMax = 0;
      for (int k = 0; k < ModelContract.CLASSES; k++) {
        coldMax = Math.max(coldMax, cold[k]);
        warmMax = Math.max(warmMax, warm[k]);
      }
      assertThat(warmMax).isLessThan(coldMax);
      assertThat(warm[ModelContract.CLASSES]).isEqualTo(cold[ModelContract.CLASSES]);
      // The digit probabilities are a softmax over the digits alone: they sum to one.
      double sum = 0;
      for (int k = 0; k < ModelContract.CLASSES; k++) {
        sum += warm[k];
      }
      assertThat(sum).isCloseTo(1.0, within(1e-5));
    }
  }

  @Test
  void aBadTemperatureIsRefusedAtExport() {
    Map<String, float[]> state;
    try (Network net = new Network(SMALL, 1)) {
      net.initialize(1);
      net.setTemperature(0f);
      state = net.state(true);
    }
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state, tmp.resolve("bad"), size -> Map.of()))
        .hasMessageContaining("temperature");
  }

  @Test
  void theSpecCountsTheTwelveLogits() {
    long params = NetworkDefinition.variables(SMALL).stream()
        .filter(v -> v.kind() == NetworkDefinition.Kind.PARAM).mapToLong(NetworkDefinition.VarSpec::size).sum();
    assertThat(params).isEqualTo(SMALL.parameterCount());
    assertThat(NetworkSpec.LOGITS).isEqualTo(12);
  }
}
