package dev.digitarcade.training.drawn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.install.Installation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrawnBenchmarkTest {

  /** Ten fake MNIST images: the "7" of the generator test, labelled 0..9 in turn. */
  private static DrawnBenchmark bench() {
    byte[] images = new byte[10 * 784];
    byte[] labels = new byte[10];
    for (int i = 0; i < 10; i++) {
      System.arraycopy(DrawnDigitGeneratorTest.fakeMnistSeven(), 0, images, i * 784, 784);
      labels[i] = (byte) i;
    }
    return new DrawnBenchmark(new DrawnDigitGenerator(280, DrawnDigitGenerator.installedFontFamilies()), images, labels);
  }

  /** A model that always reads "3" with certainty. */
  private static final class AlwaysThree implements DrawnBenchmark.Classifier {
    int single;
    int batched;

    @Override
    public float[] predict(float[] image784) {
      single++;
      float[] p = new float[10];
      p[3] = 1f;
      return p;
    }

    @Override
    public float[][] predictBatch(float[][] images) {
      batched += images.length;
      float[][] out = new float[images.length][];
      for (int i = 0; i < images.length; i++) {
        assertThat(images[i]).hasSize(784);
        out[i] = predict(images[i]);
        single--;
      }
      return out;
    }
  }

  @Test
  void naiveInputIsTheWholeCanvasAveraged() {
    float[] canvas = new float[280 * 280];
    for (int y = 0; y < 10; y++) {
      for (int x = 270; x < 280; x++) {
        canvas[y * 280 + x] = 1f;
      }
    }
    float[] in = DrawnBenchmark.naive(canvas, 280);
    assertThat(in[27]).isEqualTo(1f);
    float sum = 0;
    for (float v : in) {
      sum += v;
    }
    assertThat(sum).isEqualTo(1f);
  }

  @Test
  void countsEveryDrawingForEveryMethodAndGroup() {
    int count = 25;
    AlwaysThree model = new AlwaysThree();
    DrawnBenchmark b = bench();
    DrawnBenchmark.Report r = b.run(new DrawnBenchmark.Settings(count, 9, 280), model);
    // Truth: how many drawings are threes, recomputed from the same seed.
    int threes = 0;
    int speckled = 0;
    int lifted = 0;
    for (int i = 0; i < count; i++) {
      DrawnDigit d = b.drawing(9, i);
      if (d.source() == DrawnDigit.Source.SPECKLED) {
        speckled++;
      } else if (d.source() == DrawnDigit.Source.LIFTED) {
        lifted++;
      } else if (d.label() == 3) {
        threes++;
      }
    }
    assertThat(speckled).isEqualTo(3);
    assertThat(lifted).isEqualTo(2);
    Map<DrawnBenchmark.Method, DrawnBenchmark.Tally> all = r.groups().get("all (mnist + font)");
    for (DrawnBenchmark.Method m : DrawnBenchmark.Method.values()) {
      assertThat(all.get(m)).isEqualTo(new DrawnBenchmark.Tally(threes, count - speckled - lifted));
    }
    assertThat(r.groups().get("source speckled").get(DrawnBenchmark.Method.RECIPE).total()).isEqualTo(3);
    assertThat(r.groups().get("source lifted").get(DrawnBenchmark.Method.RECIPE).total()).isEqualTo(2);
    int bySource = 0;
    int byRatio = 0;
    for (var e : r.groups().entrySet()) {
      int n = e.getValue().get(DrawnBenchmark.Method.RECIPE).total();
      if (e.getKey().startsWith("source")) {
        bySource += n;
      }
      if (e.getKey().startsWith("ratio")) {
        byRatio += n;
      }
    }
    assertThat(bySource).isEqualTo(count);
    assertThat(byRatio).isEqualTo(count);
    // The recipe's reading is the timed single call; the other four methods go in batches.
    assertThat(model.single).isEqualTo(count);
    assertThat(model.batched).isEqualTo(4 * count);
    int column3 = 0;
    for (int[] row : r.confusion()) {
      column3 += row[3];
    }
    assertThat(column3).isEqualTo(count);
    assertThat(r.latencies()).extracting(DrawnBenchmark.Latency::stage)
        .containsExactly("recipe", "model call", "recipe + model", "recipe CPU time");
    assertThat(r.latencies().get(0).samples()).isGreaterThan(count / 2);
    assertThat(r.latencies().get(0).p50()).isPositive();
    assertThat(r.samples()).hasSizeGreaterThanOrEqualTo(Math.min(count, 24));
  }

  @Test
  void sameSeedSameDrawingsWhateverTheOrder() {
    DrawnBenchmark b = bench();
    DrawnDigit late = b.drawing(4, 17);
    for (int i = 0; i < 17; i++) {
      b.drawing(4, i);
    }
    assertThat(b.drawing(4, 17).canvas()).isEqualTo(late.canvas());
    assertThat(List.of(b.drawing(4, 2).source(), b.drawing(4, 4).source(), b.drawing(4, 9).source()))
        .containsExactly(DrawnDigit.Source.FONT, DrawnDigit.Source.SPECKLED, DrawnDigit.Source.LIFTED);
  }

  /** With the shipped model (when it is there): the recipe reads drawings the naive way cannot. */
  @Test
  void withTheShippedModelTheRecipeBeatsTheNaiveInput() throws Exception {
    Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(model.resolve("saved_model.pb")),
        "no shipped model in " + model);
    byte[] images = new byte[784];
    System.arraycopy(DrawnDigitGeneratorTest.fakeMnistSeven(), 0, images, 0, 784);
    DrawnBenchmark b = new DrawnBenchmark(
        new DrawnDigitGenerator(280, DrawnDigitGenerator.installedFontFamilies()), images, new byte[] {7});
    try (var c = dev.digitarcade.model.classify.DigitClassifier.load(model)) {
      DrawnBenchmark.Report r = b.run(new DrawnBenchmark.Settings(60, 1, 280), new DrawnBenchmark.Classifier() {
        @Override
        public float[] predict(float[] image784) {
          return c.predict(image784);
        }

        @Override
        public float[][] predictBatch(float[][] batch) {
          return c.predictBatch(batch);
        }
      });
      Map<DrawnBenchmark.Method, DrawnBenchmark.Tally> all = r.groups().get("all (mnist + font)");
      assertThat(all.get(DrawnBenchmark.Method.RECIPE).accuracy()).isGreaterThanOrEqualTo(0.9);
      assertThat(all.get(DrawnBenchmark.Method.RECIPE).accuracy())
          .isGreaterThan(all.get(DrawnBenchmark.Method.NAIVE).accuracy() + 0.15);
    }
  }

  @Test
  void textAndJsonReportsCarryTheFigures() {
    DrawnBenchmark.Report r = bench().run(new DrawnBenchmark.Settings(10, 1, 280), new AlwaysThree());
    String text = DrawnBenchmarkCommand.toText(r, java.nio.file.Path.of("m"), List.of("F"));
    assertThat(text).contains("all (mnist + font)").contains("naive").contains("recipe").contains("p50");
    String json = DrawnBenchmarkCommand.toJson(r, java.nio.file.Path.of("m"), List.of("F"));
    assertThat(json).startsWith("{\"count\":10,").contains("\"accuracy\":{\"all (mnist + font)\":{\"naive\":{\"correct\":")
        .contains("\"latency_us\":{\"recipe\":{\"p50\":").endsWith("]]}");
  }
}
