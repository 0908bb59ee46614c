package dev.digitarcade.training.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.model.segment.DigitReading;
import dev.digitarcade.model.segment.NumberReader;
import dev.digitarcade.model.segment.NumberReading;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NumberBenchmarkTest {

  @TempDir Path tmp;

  private static DigitReading digit(int d, Verdict v) {
    InkBox box = new InkBox(0, 0, 10, 10);
    float[] p = new float[10];
    p[d] = 0.9f;
    return new DigitReading(box, new ReadingRule.Outcome(v, d, 0.9f), p, 0f, 0f,
        new MnistInput(new float[784], box, 0f, 1f, 0f, 0), new int[0]);
  }

  private static NumberReading number(Verdict v, DigitReading... digits) {
    StringBuilder shown = new StringBuilder();
    for (DigitReading d : digits) {
      shown.append(d.shown());
    }
    return new NumberReading(List.of(digits), v, shown.toString(), true);
  }

  @Test
  void aTallyTellsClaimedFromGuessedAndCountsDigitsOnlyWhereTheCountIsRight() {
    NumberBenchmark.Tally sure = NumberBenchmark.tally("47", number(Verdict.SURE, digit(4, Verdict.SURE), digit(7, Verdict.SURE)));
    assertThat(sure).isEqualTo(new NumberBenchmark.Tally(1, 1, 1, 1, 2, 2, 0, 0));
    NumberBenchmark.Tally unsure = NumberBenchmark.tally("47",
        number(Verdict.UNSURE, digit(4, Verdict.SURE), digit(7, Verdict.UNSURE)));
    assertThat(unsure).isEqualTo(new NumberBenchmark.Tally(1, 1, 0, 1, 2, 2, 0, 0));
    NumberBenchmark.Tally wrong = NumberBenchmark.tally("47", number(Verdict.SURE, digit(4, Verdict.SURE), digit(1, Verdict.SURE)));
    assertThat(wrong).isEqualTo(new NumberBenchmark.Tally(1, 1, 0, 0, 2, 1, 0, 0));
    NumberBenchmark.Tally split = NumberBenchmark.tally("4", number(Verdict.SURE, digit(1, Verdict.SURE), digit(1, Verdict.SURE)));
    assertThat(split).isEqualTo(new NumberBenchmark.Tally(1, 0, 0, 0, 0, 0, 1, 0));
    NumberBenchmark.Tally merged = NumberBenchmark.tally("11", number(Verdict.SURE, digit(4, Verdict.SURE)));
    assertThat(merged).isEqualTo(new NumberBenchmark.Tally(1, 0, 0, 0, 0, 0, 0, 1));
  }

  /** A model that reads every image as a sure 3 and counts its calls. */
  private static final class AlwaysThree implements NumberReader.Scorer {
    int calls;

    @Override
    public DigitClassifier.Scores[] scoreBatch(float[][] images) {
      calls++;
      DigitClassifier.Scores[] out = new DigitClassifier.Scores[images.length];
      float[] p = new float[10];
      Arrays.fill(p, 0.01f);
      p[3] = 0.91f;
      Arrays.fill(out, new DigitClassifier.Scores(p, 0.01f, 0.01f));
      return out;
    }
  }

  @Test
  void theReportCoversEverySetBothWaysAndPrintsAsTextAndJson() throws IOException {
    NumberBenchmark bench = new NumberBenchmark(NumberGeneratorTest.generator(), null);
    AlwaysThree model = new AlwaysThree();
    NumberBenchmark.Report r = bench.run(new NumberBenchmark.Settings(4, 1),
        new NumberReader(model, ReadingRule.DEFAULT, new MnistRecipe()));
    assertThat(r.tallies().keySet()).containsExactly("2 digits", "3 digits", "4 digits", "2-4 digits, corrected",
        "2-3 digits, touching", "single digit", "single 1/4/5/7 in strokes");
    for (Map<NumberBenchmark.Mode, NumberBenchmark.Tally> m : r.tallies().values()) {
      assertThat(m.keySet()).containsExactly(NumberBenchmark.Mode.STROKES, NumberBenchmark.Mode.PIXELS);
    }
    assertThat(r.tallies().get("2 digits").get(NumberBenchmark.Mode.STROKES).total()).isEqualTo(4);
    assertThat(r.tallies().get("single 1/4/5/7 in strokes").get(NumberBenchmark.Mode.PIXELS).total()).isEqualTo(2);
    // One model call per reading: 7 sets, 4 or 2 drawings, two ways.
    assertThat(model.calls).isEqualTo(2 * (6 * 4 + 2));
    assertThat(r.latencies()).extracting(NumberBenchmark.Latency::samples).startsWith(3, 3);
    String text = NumberReport.text(r, Path.of("m"), NumberGenerator.Split.TUNE, List.of("F"));
    assertThat(text).contains("split tune").contains("2 digits").contains("strokes").contains("pixels")
        .contains("p50").contains("per digit by source");
    String json = NumberReport.json(r, Path.of("m"), NumberGenerator.Split.TUNE, List.of("F"));
    assertThat(json).startsWith("{\"count\":4,\"seed\":1,\"split\":\"tune\",")
        .contains("\"sets\":{\"2 digits\":{\"strokes\":{\"n\":4,").contains("\"latency_ms\":{\"4 digits, strokes\":{\"p50\":")
        .endsWith("}}");
    Path sheet = tmp.resolve("out/sheet.png");
    NumberReport.sheet(r.misses(), sheet);
    assertThat(javax.imageio.ImageIO.read(sheet.toFile()).getWidth()).isEqualTo(4 * NumberGenerator.CANVAS / 2);
    try (var files = Files.list(sheet.getParent())) {
      assertThat(files.toList()).containsExactly(sheet);
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new NumberBenchCommand(new PrintWriter(out), new PrintWriter(err))).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The four MNIST files, with twenty blank test digits. */
  private Path fakeData() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mnist"));
    for (String[] f : new String[][] {{"train-images-idx3-ubyte", "i"}, {"train-labels-idx1-ubyte", "l"},
        {"t10k-images-idx3-ubyte", "i"}, {"t10k-labels-idx1-ubyte", "l"}}) {
      try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(dir.resolve(f[0])))) {
        boolean images = f[1].equals("i");
        out.writeInt(images ? 0x803 : 0x801);
        out.writeInt(20);
        if (images) {
          out.writeInt(28);
          out.writeInt(28);
          out.write(new byte[20 * 784]);
        } else {
          for (int i = 0; i < 20; i++) {
            out.writeByte(i % 10);
          }
        }
      }
    }
    return dir;
  }

  @Test
  void badOptionsAndAMissingModelAreOneLineEach() throws IOException {
    Run count = run("--count", "0");
    assertThat(count.code()).isEqualTo(2);
    assertThat(count.err().strip()).isEqualTo("bench-numbers: --count must be at least 1, got 0");
    Run split = run("--split", "half");
    assertThat(split.code()).isEqualTo(2);
    assertThat(split.err().strip()).isEqualTo("bench-numbers: --split must be tune or test, got half");
    Path missing = tmp.resolve("no-model");
    Run model = run("--data", fakeData().toString(), "--model", missing.toString(), "--count", "1");
    assertThat(model.code()).isEqualTo(1);
    assertThat(model.err().strip()).startsWith("bench-numbers: model directory ").contains("does not exist")
        .doesNotContain("\n").doesNotContain("Exception");
    assertThat(model.out()).isEmpty();
    List<Path> left = new ArrayList<>();
    try (var files = Files.list(tmp)) {
      files.forEach(left::add);
    }
    assertThat(left).containsExactly(tmp.resolve("mnist"));
  }
}
