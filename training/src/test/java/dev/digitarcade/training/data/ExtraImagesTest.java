package dev.digitarcade.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtraImagesTest {

  @TempDir
  Path tmp;

  /** A 28x28 model input as export writes it: white ink on black, a bar in column 10-13. */
  static Path input28(Path file) throws IOException {
    BufferedImage img = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 4; y < 24; y++) {
      for (int x = 10; x < 14; x++) {
        img.getRaster().setSample(x, y, 0, 255);
      }
    }
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  /** A large photo-like drawing: a dark ring on white paper, off centre. */
  static Path paper(Path file, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(Math.max(2, w / 20f)));
    g.drawOval(w / 10, h / 10, w / 3, h / 2);
    g.dispose();
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  private static String base64Input(int value) {
    byte[] px = new byte[784];
    px[value] = (byte) 200;
    return Base64.getEncoder().encodeToString(px);
  }

  @Test
  void exportedFoldersAndNdjsonBecomeLabelledImages() throws Exception {
    Path dir = tmp.resolve("export");
    input28(dir.resolve("1/a.png"));
    paper(dir.resolve("0/b.png"), 200, 160);
    Path nd = tmp.resolve("drawings.ndjson");
    Files.writeString(nd, String.join("\n",
        "{\"word\":\"3\",\"key_id\":\"x\",\"input\":\"" + base64Input(5) + "\"}",
        "{\"word\":\"\",\"inputs\":[\"" + base64Input(6) + "\"]}",
        "{\"word\":\"12\",\"inputs\":[\"" + base64Input(7) + "\",\"" + base64Input(8) + "\"]}",
        "{\"word\":\"8\",\"inputs\":[\"" + base64Input(9) + "\"]}", ""));

    ExtraImages.Loaded x = ExtraImages.load(List.of(dir, nd));

    assertThat(x.count()).isEqualTo(4);
    assertThat(x.labels()).containsExactly(0, 1, 3, 8);
    // The 28x28 export is used as it is.
    byte[] one = java.util.Arrays.copyOfRange(x.images(), 784, 2 * 784);
    assertThat(one[5 * 28 + 11] & 0xff).isEqualTo(255);
    assertThat(one[5 * 28 + 2] & 0xff).isZero();
    // The large dark-on-light image went through the recipe: inverted, its ink centred in the 28x28 field.
    byte[] zero = java.util.Arrays.copyOfRange(x.images(), 0, 784);
    double mass = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < 784; i++) {
      int v = zero[i] & 0xff;
      mass += v;
      cx += v * (i % 28);
      cy += v * (i / 28);
    }
    assertThat(zero[0] & 0xff).as("the background is black").isZero();
    assertThat(cx / mass).isBetween(12.5, 15.5);
    assertThat(cy / mass).isBetween(12.5, 15.5);
    assertThat(x.images()[2 * 784 + 5] & 0xff).isEqualTo(200);
    assertThat(x.images()[3 * 784 + 9] & 0xff).isEqualTo(200);
    assertThat(x.description()).contains("4 extra labelled drawings");
    assertThat(x.identity()).isEqualTo(ExtraImages.load(List.of(dir, nd)).identity());
  }

  @Test
  void badInputIsOneLineNamingIt() throws Exception {
    Path missing = tmp.resolve("nope");
    assertThatThrownBy(() -> ExtraImages.load(List.of(missing))).isInstanceOf(DataException.class)
        .hasMessageContaining(missing + " does not exist");

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> ExtraImages.load(List.of(empty))).isInstanceOf(DataException.class)
        .hasMessageContaining("holds no labelled images");

    Path letters = tmp.resolve("letters");
    input28(letters.resolve("a/x.png"));
    assertThatThrownBy(() -> ExtraImages.load(List.of(letters))).isInstanceOf(DataException.class)
        .hasMessageContaining("folder " + letters.resolve("a") + " is not a digit");

    Path text = tmp.resolve("text");
    Files.createDirectories(text.resolve("4"));
    Files.writeString(text.resolve("4/notes.txt"), "hello");
    assertThatThrownBy(() -> ExtraImages.load(List.of(text))).isInstanceOf(DataException.class)
        .hasMessageContaining(text.resolve("4/notes.txt") + " is not an image");

    Path small = tmp.resolve("small");
    paper(small.resolve("5/s.png"), 20, 40);
    assertThatThrownBy(() -> ExtraImages.load(List.of(small))).isInstanceOf(DataException.class)
        .hasMessageContaining("is 20x40 (expected 28x28 or larger)");

    Path nd = Files.writeString(tmp.resolve("bad.ndjson"), "{\"word\":\"3\",\"input\":\"AAAA\"}\nnot json\n");
    assertThatThrownBy(() -> ExtraImages.load(List.of(nd))).isInstanceOf(DataException.class)
        .hasMessageContaining("line 1 has no 28x28 input");
    Files.writeString(nd, "not json\n");
    assertThatThrownBy(() -> ExtraImages.load(List.of(nd))).isInstanceOf(DataException.class)
        .hasMessageContaining("line 1 is not JSON");
    for (Path p : List.of(missing, empty, letters, text, small, nd)) {
      try {
        ExtraImages.load(List.of(p));
      } catch (DataException e) {
        assertThat(e.getMessage()).doesNotContain("\n");
      }
    }
  }

  @Test
  void theExtrasComeFirstRepeatedAndTheTestSetIsUntouched() throws Exception {
    Path dir = tmp.resolve("export");
    input28(dir.resolve("7/a.png"));
    ExtraImages.Loaded x = ExtraImages.load(List.of(dir));
    byte[] trainImages = new byte[3 * 784];
    trainImages[0] = 9;
    MnistData mnist = new MnistData(trainImages, new byte[] {1, 2, 3}, new byte[784], new byte[] {4});

    MnistData mixed = ExtraImages.mix(mnist, x, 2);

    assertThat(mixed.trainCount()).isEqualTo(5);
    assertThat(mixed.trainLabels()).containsExactly(7, 7, 1, 2, 3);
    assertThat(mixed.trainImages()[2 * 784]).isEqualTo((byte) 9);
    assertThat(mixed.trainImages()[784 + 5 * 28 + 11] & 0xff).isEqualTo(255);
    assertThat(mixed.testLabels()).containsExactly(4);
    assertThat(mixed.testImages()).isSameAs(mnist.testImages());
    assertThatThrownBy(() -> ExtraImages.mix(mnist, x, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
