package dev.digitarcade.game.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.reading.ModelPipeline;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.Saliency;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code predict --saliency DIR}: one picture per drawing, never over another file, bad DIR is usage. */
class PredictSaliencyTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Reads every drawing as a sure 7. */
  private static final ModelPipeline.Scorer SEVEN = image -> {
    float[] p = new float[10];
    p[7] = 0.95f;
    p[1] = 0.05f;
    return new DigitClassifier.Scores(p, 0.01f, 0.01f);
  };

  /** A stand-in saliency: the input itself (all its ink pushes towards 7). */
  private static Saliency[] explain(float[][] inputs) {
    return Arrays.stream(inputs).map(in -> new Saliency(7, 0.95f, in.clone())).toArray(Saliency[]::new);
  }

  private int run(boolean withSaliency, String... args) {
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    PredictCommand.ReaderLoader loader = m -> new ModelPipeline(SEVEN, ReadingRule.DEFAULT,
        ModelPipeline.Reads.NUMBERS, null, withSaliency ? PredictSaliencyTest::explain : null);
    return new CommandLine(new PredictCommand(o, e, loader)).setOut(o).setErr(e).execute(args);
  }

  private Path png(String name, BufferedImage img) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    ImageIO.write(img, "png", p.toFile());
    return p;
  }

  private static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesOnePicturePerDrawingUnderItsNameAndNeverOverAnotherFile() throws IOException {
    Path a1 = png("x/a.png", Drawings.one(200, 200, Color.BLACK, Color.WHITE, 100, 20, 150, 10));
    Path a2 = png("y/a.png", Drawings.one(300, 200, Color.WHITE, Color.BLACK, 60, 30, 120, 8));
    Path c = png("c.jpeg.png", Drawings.one(200, 200, Color.BLACK, Color.WHITE, 80, 30, 140, 12));
    Path blank = png("blank.png", Drawings.blank(100, 100, Color.WHITE));
    Path pics = dir.resolve("why/out");
    Files.createDirectories(pics);
    Files.writeString(pics.resolve("c.jpeg.why.png"), "not ours");
    int code = run(true, "--saliency", pics.toString(), a1.toString(), a2.toString(), c.toString(), blank.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString().lines()).hasSize(5); // the CSV is unchanged
    assertThat(names(pics)).containsExactly("a-2.why.png", "a.why.png", "c.jpeg-2.why.png", "c.jpeg.why.png");
    assertThat(Files.readString(pics.resolve("c.jpeg.why.png"))).isEqualTo("not ours");

    BufferedImage sheet = ImageIO.read(pics.resolve("a.why.png").toFile());
    int g = SaliencySheet.GAP;
    int p = SaliencySheet.PANEL;
    assertThat(sheet.getWidth()).isEqualTo(g + p + 2 * (p + g) + g);
    assertThat(sheet.getHeight()).isEqualTo(g + p + SaliencySheet.CAPTION + g);
    // The model input's brightest pixel is white in the input panel and warm in the heat panel;
    // a pixel without ink is dark in both.
    float[] input = new dev.digitarcade.model.recipe.MnistRecipe().apply(
        ImageLoader.fromImage(ImageIO.read(a1.toFile())).ink(), 200, 200).orElseThrow().pixels();
    int brightest = 0;
    for (int i = 0; i < input.length; i++) {
      brightest = input[i] > input[brightest] ? i : brightest;
    }
    int z = p / 28;
    int inputX = g + p + g;
    int heatX = inputX + p + g;
    int px = (brightest % 28) * z + z / 2;
    int py = g + (brightest / 28) * z + z / 2;
    Color in = new Color(sheet.getRGB(inputX + px, py));
    Color heat = new Color(sheet.getRGB(heatX + px, py));
    assertThat(in.getRed()).isGreaterThan(200);
    assertThat(heat.getRed()).isGreaterThan(200);
    assertThat(heat.getBlue()).isLessThan(120);
    Color corner = new Color(sheet.getRGB(heatX + 2, g + 2));
    assertThat(corner.getRed()).isLessThan(30);
  }

  @Test
  void aDirectoryThatIsAFileIsAUsageErrorInOneLine() throws IOException {
    Path a = png("a.png", Drawings.one(200, 200, Color.BLACK, Color.WHITE, 100, 20, 150, 10));
    Path file = Files.writeString(dir.resolve("taken"), "x");
    int code = run(true, "--saliency", file.toString(), a.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("--saliency " + file).contains("is not a directory");
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void aModelWithoutSaliencySaysSoInOneLine() throws IOException {
    Path a = png("a.png", Drawings.one(200, 200, Color.BLACK, Color.WHITE, 100, 20, 150, 10));
    int code = run(false, "--saliency", dir.resolve("pics").toString(), a.toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("no 'saliency' output").contains("digit-trainer train");
    assertThat(dir.resolve("pics")).doesNotExist(); // nothing was made for it
  }

  @Test
  void aMissingDirectoryIsCreatedWithItsParents() throws IOException {
    Path a = png("a.png", Drawings.one(200, 200, Color.BLACK, Color.WHITE, 100, 20, 150, 10));
    Path pics = dir.resolve("new/deeper");
    assertThat(run(true, "--saliency", pics.toString(), a.toString())).isZero();
    assertThat(names(pics)).containsExactly("a.why.png");
  }
}
