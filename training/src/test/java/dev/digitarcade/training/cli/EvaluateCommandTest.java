package dev.digitarcade.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.training.insight.Plots;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --plots}: the pictures, their heat map against the counts, and what DIR may hold. */
class EvaluateCommandTest {

  @TempDir static Path shared;
  @TempDir Path tmp;

  private static Path data;
  private static Path model;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void tinyModel() throws Exception {
    data = MnistFixture.write(shared.resolve("data"), 120, 300);
    model = shared.resolve("model");
    Run r = run("train", "--data", data.toString(), "--out", model.toString(), "--checkpoint",
        shared.resolve("c.bin").toString(), "--epochs", "1", "--batch-size", "16", "--augment", "none", "--network",
        "3,4,4,4,8", "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void plotsAreWrittenAndTheHeatMapMatchesTheCounts() throws Exception {
    Path dir = tmp.resolve("new/plots");
    Run r = run("evaluate", "--data", data.toString(), "--model", model.toString(), "--threads", "1", "--json",
        "--plots", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode confusion = new ObjectMapper().readTree(r.out()).get("confusion");
    BufferedImage heat = ImageIO.read(dir.resolve(Plots.CONFUSION).toFile());
    int max = 0;
    for (JsonNode row : confusion) {
      for (JsonNode v : row) {
        max = Math.max(max, v.asInt());
      }
    }
    for (int a = 0; a < 10; a++) {
      for (int b = 0; b < 10; b++) {
        int count = confusion.get(a).get(b).asInt();
        java.awt.Point p = Plots.cellSample(a, b);
        double read = Plots.countOfRed((heat.getRGB(p.x, p.y) >> 16) & 0xff, max);
        assertThat(read).as("cell %d,%d", a, b).isCloseTo(count, org.assertj.core.data.Offset.offset(0.06 * count + 0.3));
      }
    }
    long total = 0;
    for (String name : Plots.NAMES) {
      assertThat(ImageIO.read(dir.resolve(name).toFile())).as(name).isNotNull();
      total += Files.size(dir.resolve(name));
    }
    assertThat(total).isLessThan(300_000);
    // our own plots are replaced on the next run
    Run again = run("evaluate", "--data", data.toString(), "--model", model.toString(), "--threads", "1",
        "--plots", dir.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("plots: confusion.png, per-class.png, misread.png in");
  }

  @Test
  void aForeignFileByAPlotsNameIsRefusedAndNothingIsWritten() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("plots"));
    Path foreign = Files.writeString(dir.resolve(Plots.CONFUSION), "someone's picture");
    Run r = run("evaluate", "--data", data.toString(), "--model", model.toString(), "--threads", "1",
        "--plots", dir.toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip()).startsWith("digit-trainer: --plots " + dir + ": confusion.png is there")
        .doesNotContain("\n");
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(foreign)).isEqualTo("someone's picture");
    assertThat(dir.resolve(Plots.PER_CLASS)).doesNotExist();
    Run file = run("evaluate", "--data", data.toString(), "--model", model.toString(), "--plots", foreign.toString());
    assertThat(file.code()).isEqualTo(Main.USAGE);
    assertThat(file.err()).contains("is a file");
  }
}
