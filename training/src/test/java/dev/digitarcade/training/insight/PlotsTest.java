package dev.digitarcade.training.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {

  @TempDir Path tmp;

  @Test
  void everyConfusionCellIsShadedByItsCount() throws Exception {
    int[][] c = new int[10][10];
    for (int a = 0; a < 10; a++) {
      for (int b = 0; b < 10; b++) {
        c[a][b] = a == b ? 900 + 25 * a : (a * 7 + b * 3) % 11 == 0 ? (a + b) % 9 : 0;
      }
    }
    c[5][3] = 40;
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(Png.encode(Plots.confusion(c, "test"))));
    int max = 900 + 25 * 9;
    for (int a = 0; a < 10; a++) {
      for (int b = 0; b < 10; b++) {
        Point p = Plots.cellSample(a, b);
        int red = new Color(img.getRGB(p.x, p.y)).getRed();
        double count = Plots.countOfRed(red, max);
        assertThat(count).as("cell %d,%d", a, b).isCloseTo(c[a][b], org.assertj.core.data.Offset.offset(0.06 * c[a][b] + 0.3));
      }
    }
    // more counts, darker: 0 < 1..8 < 40 < the diagonal
    assertThat(red(img, 5, 3)).isLessThan(red(img, 0, 1)).isGreaterThan(red(img, 0, 0));
  }

  private static int red(BufferedImage img, int a, int b) {
    Point p = Plots.cellSample(a, b);
    return new Color(img.getRGB(p.x, p.y)).getRed();
  }

  @Test
  void theMisreadSheetShowsAtMostTheLimitMostConfidentFirst() {
    int n = 100;
    byte[] images = new byte[n * Readings.PIXELS];
    byte[] labels = new byte[n];
    int[] predicted = new int[n];
    float[] confidence = new float[n];
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) (i % 10);
      predicted[i] = i < 70 ? (i + 1) % 10 : i % 10;
      confidence[i] = i / 100f;
    }
    Readings r = new Readings(images, labels, predicted, confidence);
    BufferedImage all = Plots.misread(r, 60);
    BufferedImage few = Plots.misread(r, 10);
    assertThat(all.getHeight()).isGreaterThan(few.getHeight());
    assertThat(r.confusion()[0][1]).isEqualTo(7);
    // misread: 0..69, confidence i/100: the surest is 69, then 68, ...
    assertThat(Plots.surestMistakes(r, 60)).hasSize(60).startsWith(69, 68, 67).endsWith(10);
    assertThat(Plots.surestMistakes(r, 1000)).hasSize(70);
  }

  @Test
  void ourPngsAreRecognisedAndOthersAreNot() throws Exception {
    Path ours = Files.write(tmp.resolve("a.png"), Png.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)));
    Path plain = tmp.resolve("b.png");
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
    assertThat(ImageIO.read(ours.toFile()).getWidth()).isEqualTo(4);
    assertThat(Png.isOurs(ours)).isTrue();
    assertThat(Png.isOurs(plain)).isFalse();
    assertThat(Png.isOurs(Files.writeString(tmp.resolve("c.png"), "text"))).isFalse();
  }

  @Test
  void aPlotDirectoryReplacesOnlyItsOwnPlots() throws Exception {
    Path dir = tmp.resolve("plots");
    Map<String, byte[]> files = Map.of("x.png", Png.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)));
    PlotDirectory.write(dir, files, "--plots");
    PlotDirectory.write(dir, files, "--plots");
    Files.writeString(dir.resolve("y.png"), "someone's");
    assertThatThrownBy(() -> PlotDirectory.check(dir, List.of("x.png", "y.png"), "--plots"))
        .hasMessageContaining("y.png is there and digit-trainer did not write it");
    assertThat(Files.readString(dir.resolve("y.png"))).isEqualTo("someone's");
  }

  @Test
  void trainingChartDrawsWithAndWithoutEpochs() {
    assertThat(TrainingPlot.image(List.of()).getWidth()).isEqualTo(1000);
    BufferedImage img = TrainingPlot.image(List.of(new TrainingPlot.Epoch(1, 0.9, 0.8, 0.95),
        new TrainingPlot.Epoch(2, 0.5, 0.9, 0.97)));
    assertThat(img.getHeight()).isEqualTo(400);
  }
}
