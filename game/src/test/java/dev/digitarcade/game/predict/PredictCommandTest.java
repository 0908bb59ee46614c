package dev.digitarcade.game.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitarcade.game.reading.ModelPipeline;
import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PredictCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /**
   * A stand-in model that knows two shapes: it answers with the nearer of the recipe's inputs for
   * a reference "1" and "0" (white on black, mid-sized), so what it reads depends on what the
   * loader and recipe really made of the file.
   */
  private static final class TemplateReader implements ModelPipeline.Scorer {
    final float[] one;
    final float[] zero;
    int calls;
    boolean closed;

    TemplateReader() {
      MnistRecipe r = new MnistRecipe();
      InkImage o = ImageLoader.fromImage(Drawings.one(280, 280, Color.BLACK, Color.WHITE, 140, 40, 200, 14));
      InkImage z = ImageLoader.fromImage(Drawings.zero(280, 280, Color.BLACK, Color.WHITE, 80, 40, 200, 14));
      one = r.apply(o.ink(), o.width(), o.height()).orElseThrow().pixels();
      zero = r.apply(z.ink(), z.width(), z.height()).orElseThrow().pixels();
    }

    @Override
    public DigitClassifier.Scores score(float[] image784) {
      calls++;
      float d1 = 0;
      float d0 = 0;
      for (int i = 0; i < image784.length; i++) {
        d1 += Math.abs(image784[i] - one[i]);
        d0 += Math.abs(image784[i] - zero[i]);
      }
      float[] p = new float[10];
      int best = d1 < d0 ? 1 : 0;
      p[best] = 0.9f;
      p[1 - best] = 0.1f;
      return new DigitClassifier.Scores(p, 0.01f, 0.01f);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private int run(TemplateReader model, String... args) {
    return run(m -> new ModelPipeline(model, ReadingRule.DEFAULT), args);
  }

  private int run(PredictCommand.ReaderLoader loader, String... args) {
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    return new CommandLine(new PredictCommand(o, e, loader)).setOut(o).setErr(e).execute(args);
  }

  private Path png(String name, BufferedImage img) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    ImageIO.write(img, "png", p.toFile());
    return p;
  }

  private List<String> lines() {
    return out.toString().lines().toList();
  }

  @Test
  void readsBothPolaritiesAnySizeAndPlace() throws IOException {
    TemplateReader model = new TemplateReader();
    Path a = png("a.png", Drawings.one(640, 480, Color.WHITE, Color.BLACK, 90, 300, 120, 9));
    Path b = png("b.png", Drawings.zero(100, 100, Color.BLACK, Color.WHITE, 10, 20, 60, 5));
    Path c = png("c.png", Drawings.zero(500, 300, new Color(250, 250, 240), new Color(20, 20, 90), 300, 40, 220, 25));
    Path d = dir.resolve("d.jpg");
    ImageIO.write(Drawings.one(300, 300, Color.WHITE, Color.BLACK, 200, 30, 240, 16), "jpeg", d.toFile());
    int code = run(model, a.toString(), b.toString(), c.toString(), d.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    assertThat(lines()).containsExactly(
        "file,reading,confidence",
        a + ",1,0.9000",
        b + ",0,0.9000",
        c + ",0,0.9000",
        d + ",1,0.9000");
    assertThat(model.closed).isTrue();
  }

  @Test
  void brokenFileIsReportedAndTheOthersAreStillRead() throws IOException {
    TemplateReader model = new TemplateReader();
    Path broken = dir.resolve("broken.png");
    Files.write(broken, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    Path good = png("good.png", Drawings.one(200, 200, Color.WHITE, Color.BLACK, 100, 20, 150, 10));
    int code = run(model, broken.toString(), dir.resolve("nope.jpg").toString(), good.toString());
    assertThat(code).isEqualTo(1);
    assertThat(lines()).containsExactly("file,reading,confidence", good + ",1,0.9000");
    List<String> errors = err.toString().lines().toList();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).contains("broken.png").contains("expected a PNG or JPEG image");
    assertThat(errors.get(1)).contains("nope.jpg").contains("expected a PNG or JPEG image");
  }

  @Test
  void emptyImageSaysEmptyWithoutAskingTheModel() throws IOException {
    TemplateReader model = new TemplateReader();
    Path blank = png("blank.png", Drawings.blank(300, 200, Color.WHITE));
    Path black = png("black.png", Drawings.blank(28, 28, Color.BLACK));
    int code = run(model, blank.toString(), black.toString());
    assertThat(code).isZero();
    assertThat(lines()).containsExactly("file,reading,confidence", blank + ",empty,", black + ",empty,");
    assertThat(model.calls).isZero();
  }

  @Test
  void directoriesAreExpandedInSortedOrder() throws IOException {
    TemplateReader model = new TemplateReader();
    Path digits = dir.resolve("digits");
    png("digits/b.png", Drawings.zero(120, 120, Color.BLACK, Color.WHITE, 30, 10, 100, 8));
    png("digits/a.png", Drawings.one(120, 120, Color.WHITE, Color.BLACK, 60, 10, 100, 8));
    png("digits/sub/c.PNG", Drawings.one(120, 120, Color.BLACK, Color.WHITE, 60, 10, 100, 8));
    Files.writeString(digits.resolve("notes.txt"), "not an image, not listed");
    int code = run(model, digits.toString());
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(lines()).containsExactly(
        "file,reading,confidence",
        digits.resolve("a.png") + ",1,0.9000",
        digits.resolve("b.png") + ",0,0.9000",
        digits.resolve("sub/c.PNG") + ",1,0.9000");
  }

  @Test
  void modelThatCannotLoadIsOneLineAndExitCode3() throws IOException {
    Path good = png("good.png", Drawings.one(200, 200, Color.WHITE, Color.BLACK, 100, 20, 150, 10));
    int code = run(m -> {
      throw new ModelLoadException("model directory " + m + " does not exist (expected a SavedModel directory)");
    }, "--model", dir.resolve("nowhere").toString(), good.toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString().lines().toList()).hasSize(1);
    assertThat(err.toString()).contains("nowhere").contains("expected a SavedModel directory");
  }

  @Test
  void noFilesIsAUsageError() {
    int code = run(new TemplateReader());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("FILE|DIR");
  }

  @Test
  void fileNamesWithCommasAreQuoted() {
    assertThat(ReadingFormat.field("plain.png")).isEqualTo("plain.png");
    assertThat(ReadingFormat.field("a,b \"c\".png")).isEqualTo("\"a,b \"\"c\"\".png\"");
  }

  /** With the shipped model (when it is there): font digits in both polarities are read right. */
  @Test
  void shippedModelReadsFontDigitsInBothPolarities() throws IOException {
    Path modelDir = Installation.current().resolve(ModelContract.SHIPPED_MODEL);
    assumeTrue(Files.isRegularFile(modelDir.resolve("saved_model.pb")), "no shipped model in " + modelDir);
    List<String> args = new ArrayList<>(List.of("--model", modelDir.toString()));
    List<String> expected = new ArrayList<>();
    char[] digits = {'2', '3', '4', '5', '7'};
    for (int i = 0; i < digits.length; i++) {
      boolean dark = i % 2 == 0;
      Path p = png("font" + i + ".png", Drawings.glyph(300, 260, dark ? Color.WHITE : Color.BLACK,
          dark ? Color.BLACK : Color.WHITE, digits[i], 40 + 30 * i, 200, 150 - 10 * i));
      args.add(p.toString());
      expected.add(p + "," + digits[i]);
    }
    int code = new CommandLine(new PredictCommand(new PrintWriter(out), new PrintWriter(err)))
        .execute(args.toArray(new String[0]));
    assertThat(code).as(err.toString()).isZero();
    assertThat(lines().get(0)).isEqualTo("file,reading,confidence");
    List<String> rows = lines().subList(1, lines().size());
    assertThat(rows.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList()).containsExactlyElementsOf(expected);
    for (String row : rows) {
      assertThat(Float.parseFloat(row.substring(row.lastIndexOf(',') + 1))).isBetween(0.5f, 1f);
    }
  }
}
