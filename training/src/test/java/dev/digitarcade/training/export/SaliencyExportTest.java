package dev.digitarcade.training.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.Saliency;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.model.Network;
import dev.digitarcade.training.model.NetworkSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported model's saliency output: served, checked on load, the true gradient, and on the ink once trained. */
class SaliencyExportTest {

  private static final NetworkSpec SMALL = new NetworkSpec(3, 4, 4, 4, 8);

  @TempDir Path tmp;

  private static float[] image(int seed) {
    Random r = new Random(seed);
    float[] img = new float[784];
    for (int i = 0; i < 784; i++) {
      img[i] = r.nextFloat();
    }
    return img;
  }

  private static int top(float[] logits) {
    int best = 0;
    for (int d = 1; d < ModelContract.CLASSES; d++) {
      best = logits[d] > logits[best] ? d : best;
    }
    return best;
  }

  @Test
  void theExportedSaliencyIsTheGradientOfTheTopDigitsLogit() throws Exception {
    Path out = tmp.resolve("model");
    try (Network net = new Network(SMALL, 1)) {
      net.initialize(3);
      ModelExporter.export(SMALL, net.state(true), out, size -> Map.of());
      float[] img = image(5);
      float[] logits = net.logits(img, 1);
      int k = top(logits);
      try (DigitClassifier c = DigitClassifier.load(out)) {
        assertThat(c.hasSaliency()).isTrue();
        Saliency s = c.saliency(new float[][] {img})[0];
        assertThat(s.digit()).isEqualTo(k);
        assertThat(s.peak()).isGreaterThan(0f);
        // Central differences of the training graph's own logit at a few pixels (the network is
        // piecewise linear, so a small step measures the slope the gradient claims).
        float h = 1e-3f;
        int checked = 0;
        for (int p = 0; p < 784; p += 37) {
          float[] up = img.clone();
          float[] down = img.clone();
          up[p] += h;
          down[p] -= h;
          float slope = (net.logits(up, 1)[k] - net.logits(down, 1)[k]) / (2 * h);
          assertThat(s.heat()[p]).as("pixel %d", p).isCloseTo(slope, org.assertj.core.data.Offset.offset(
              2e-2f * Math.max(1f, Math.abs(slope))));
          checked++;
        }
        assertThat(checked).isGreaterThan(20);
        // A batch gives each image its own gradient.
        Saliency[] two = c.saliency(new float[][] {image(9), img});
        assertThat(two[1].heat()).containsExactly(s.heat(), org.assertj.core.data.Offset.offset(1e-5f));
      }
    }
  }

  /**
   * A small network trained for a few seconds on real MNIST: for held-out test digits most of the
   * positive heat lies on the ink or within two pixels of it, well above that region's share of
   * the field (measured: 60 % of the heat on 40 % of the area; the game shows the heat on the ink,
   * gradient times input).
   */
  @Test
  void onATrainedModelMostOfTheHeatLiesOnAndNearTheInk() throws Exception {
    MnistData mnist = MnistData.load(MnistFetcher.standard().ensure());
    NetworkSpec spec = new NetworkSpec(5, 16, 32, 32, 64);
    Path out = tmp.resolve("trained");
    int batch = 64;
    int steps = 300;
    try (Network net = new Network(spec, 2)) {
      net.initialize(11);
      float[] images = new float[batch * 784];
      float[] labels = new float[batch * NetworkSpec.LOGITS];
      float[] keep = new float[batch * spec.hidden()];
      Arrays.fill(keep, 1f);
      for (int step = 0; step < steps; step++) {
        Arrays.fill(labels, 0f);
        for (int i = 0; i < batch; i++) {
          int n = (step * batch + i) % 20_000;
          for (int p = 0; p < 784; p++) {
            images[i * 784 + p] = (mnist.trainImages()[n * 784 + p] & 0xff) / 255f;
          }
          labels[i * NetworkSpec.LOGITS + mnist.trainLabels()[n]] = 1f;
        }
        net.train(images, labels, keep, batch, 2e-3f, step + 1);
      }
      ModelExporter.export(spec, net.state(true), out, size -> Map.of());
    }
    int count = 200;
    float[][] test = new float[count][784];
    for (int i = 0; i < count; i++) {
      for (int p = 0; p < 784; p++) {
        test[i][p] = (mnist.testImages()[i * 784 + p] & 0xff) / 255f;
      }
    }
    double onInk = 0;
    double all = 0;
    double area = 0;
    int right = 0;
    try (DigitClassifier c = DigitClassifier.load(out)) {
      Saliency[] s = c.saliency(test);
      for (int i = 0; i < count; i++) {
        boolean[] near = near(test[i], 2);
        right += s[i].digit() == mnist.testLabels()[i] ? 1 : 0;
        for (int p = 0; p < 784; p++) {
          float v = Math.max(0f, s[i].heat()[p]);
          all += v;
          onInk += near[p] ? v : 0;
          area += near[p] ? 1 : 0;
        }
      }
    }
    double share = onInk / all;
    double areaShare = area / (784.0 * count);
    System.out.printf("saliency: %d/%d right, %.1f %% of the positive heat on or near the ink (%.1f %% of the area)%n",
        right, count, 100 * share, 100 * areaShare);
    assertThat(right).isGreaterThan(count * 85 / 100);
    assertThat(share).isGreaterThan(0.5).isGreaterThan(areaShare + 0.12);
  }

  /** Pixels with ink (above 0.2) within {@code radius} pixels (a square). */
  private static boolean[] near(float[] img, int radius) {
    boolean[] out = new boolean[784];
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        if (img[y * 28 + x] <= 0.2f) {
          continue;
        }
        for (int dy = -radius; dy <= radius; dy++) {
          for (int dx = -radius; dx <= radius; dx++) {
            int yy = y + dy;
            int xx = x + dx;
            if (yy >= 0 && yy < 28 && xx >= 0 && xx < 28) {
              out[yy * 28 + xx] = true;
            }
          }
        }
      }
    }
    return out;
  }
}
