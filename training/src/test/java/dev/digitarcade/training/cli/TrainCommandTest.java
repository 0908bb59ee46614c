package dev.digitarcade.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --extra}: a tiny real run that mixes a player's exported drawings in; bad extras. */
class TrainCommandTest {

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void png(Path f, int side) throws Exception {
    BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = side / 6; y < side - side / 6; y++) {
      img.getRaster().setSample(side / 2, y, 0, 255);
      img.getRaster().setSample(side / 2 + 1, y, 0, 255);
    }
    Files.createDirectories(f.getParent());
    ImageIO.write(img, "png", f.toFile());
  }

  @Test
  void aTinyRunTrainsOnMnistAndTheExtraDrawings() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Path extra = tmp.resolve("export");
    for (int i = 0; i < 5; i++) {
      png(extra.resolve("1/d" + i + ".png"), 28);
    }
    Path model = tmp.resolve("m");
    Run r = run("train", "--data", data.toString(), "--out", model.toString(), "--checkpoint",
        tmp.resolve("c.bin").toString(), "--epochs", "1", "--batch-size", "16", "--augment", "none", "--network",
        "3,4,4,4,8", "--threads", "1", "--extra", extra.toString(), "--extra-repeat", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("74 training, 20 test images");
    assertThat(Files.readString(model.resolve("MODEL.md"))).contains("5 extra labelled drawings");
  }

  @Test
  void badExtrasAreOneLineAndTheDataExitCode() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Path missing = tmp.resolve("missing");
    Path notDigit = tmp.resolve("x");
    png(notDigit.resolve("seven/a.png"), 28);
    Path tiny = tmp.resolve("tiny");
    png(tiny.resolve("3/a.png"), 16);
    for (Path bad : new Path[] {missing, notDigit, tiny, Files.createDirectories(tmp.resolve("none"))}) {
      Run r = run("train", "--data", data.toString(), "--out", tmp.resolve("m").toString(), "--checkpoint",
          tmp.resolve("c.bin").toString(), "--epochs", "1", "--batch-size", "16", "--extra", bad.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err().strip()).startsWith("digit-trainer:").contains(bad.toString()).doesNotContain("\n");
    }
    assertThat(tmp.resolve("m")).doesNotExist();
    Run rep = run("train", "--data", data.toString(), "--extra-repeat", "0", "--extra", tmp.toString());
    assertThat(rep.code()).isEqualTo(Main.USAGE);
    assertThat(rep.err().strip()).contains("--extra-repeat 0");
  }
}
