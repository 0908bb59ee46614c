package dev.digitarcade.game.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.model.recipe.MnistRecipe;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLoaderTest {

  @TempDir
  Path dir;

  private static float l1(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += Math.abs(a[i] - b[i]);
    }
    return s;
  }

  private static float[] recipe(InkImage img) {
    return new MnistRecipe().apply(img.ink(), img.width(), img.height()).orElseThrow().pixels();
  }

  @Test
  void bothPolaritiesGiveWhiteInkOnBlack() {
    InkImage light = ImageLoader.fromImage(Drawings.zero(200, 160, Color.BLACK, Color.WHITE, 60, 20, 120, 10));
    InkImage dark = ImageLoader.fromImage(Drawings.zero(200, 160, Color.WHITE, Color.BLACK, 60, 20, 120, 10));
    assertThat(light.darkInk()).isFalse();
    assertThat(dark.darkInk()).isTrue();
    // Background 0, ink 1 in both.
    assertThat(light.ink()[0]).isZero();
    assertThat(dark.ink()[0]).isZero();
    int onStroke = 90 * 200 + 60; // left edge of the ellipse, half way down
    assertThat(light.ink()[onStroke]).isGreaterThan(0.9f);
    assertThat(dark.ink()[onStroke]).isGreaterThan(0.9f);
    assertThat(l1(light.ink(), dark.ink())).isLessThan(1f);
  }

  @Test
  void greyAndColouredInkIsStretchedToFullContrast() {
    InkImage img = ImageLoader.fromImage(
        Drawings.one(100, 100, new Color(230, 225, 210), new Color(30, 40, 160), 50, 10, 80, 8));
    assertThat(img.darkInk()).isTrue();
    assertThat(img.ink()[50 * 100 + 50]).isGreaterThan(0.95f);
    assertThat(img.ink()[50 * 100 + 10]).isZero();
  }

  @Test
  void jpegNoiseDoesNotBecomeInk() throws Exception {
    BufferedImage src = Drawings.zero(280, 280, Color.WHITE, Color.BLACK, 100, 60, 150, 12);
    Path jpg = dir.resolve("zero.jpg");
    ImageIO.write(src, "jpeg", jpg.toFile());
    InkImage fromJpeg = ImageLoader.load(jpg);
    InkImage exact = ImageLoader.fromImage(src);
    assertThat(fromJpeg.darkInk()).isTrue();
    assertThat(l1(recipe(fromJpeg), recipe(exact))).isLessThan(25f);
    // Far from the drawing everything is background.
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 280; x++) {
        assertThat(fromJpeg.ink()[y * 280 + x]).isLessThan(0.1f);
      }
    }
  }

  @Test
  void transparentBackgroundIsHandled() {
    BufferedImage img = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(55, 10, 10, 100);
    g.dispose();
    InkImage ink = ImageLoader.fromImage(img);
    assertThat(ink.ink()[60 * 120 + 60]).isEqualTo(1f);
    assertThat(ink.ink()[60 * 120 + 10]).isZero();
  }

  @Test
  void uniformImageHasNoInk() {
    InkImage ink = ImageLoader.fromImage(Drawings.blank(50, 40, new Color(200, 200, 200)));
    assertThat(new MnistRecipe().apply(ink.ink(), ink.width(), ink.height())).isEmpty();
  }

  @Test
  void hugeImagesAreReducedFirst() {
    InkImage ink = ImageLoader.fromImage(Drawings.one(3000, 2000, Color.WHITE, Color.BLACK, 1500, 200, 1600, 90));
    assertThat(ink.scaledDown()).isTrue();
    assertThat(Math.max(ink.width(), ink.height())).isLessThanOrEqualTo(ImageLoader.MAX_SIDE);
    assertThat(new MnistRecipe().apply(ink.ink(), ink.width(), ink.height())).isPresent();
  }

  @Test
  void giantFilesAreDecimatedWhileDecoding() throws Exception {
    Path wide = dir.resolve("wide.png");
    ImageIO.write(Drawings.one(9700, 400, Color.WHITE, Color.BLACK, 7000, 40, 320, 60), "png", wide.toFile());
    InkImage ink = ImageLoader.load(wide);
    assertThat(ink.width()).isLessThanOrEqualTo(ImageLoader.MAX_SIDE);
    assertThat(ink.scaledDown()).isTrue();
    assertThat(ink.darkInk()).isTrue();
    var in = new MnistRecipe().apply(ink.ink(), ink.width(), ink.height()).orElseThrow();
    // The stroke is where it was drawn (about 72 % across), and tall.
    assertThat(in.inkBox().x() / (float) ink.width()).isBetween(0.68f, 0.76f);
    assertThat(in.inkBox().height()).isGreaterThan(ink.height() / 2);
  }

  @Test
  void brokenAndMissingFilesSayWhatWasExpected() throws IOException {
    Path broken = dir.resolve("broken.png");
    Files.writeString(broken, "this is not a picture");
    assertThatThrownBy(() -> ImageLoader.load(broken))
        .isInstanceOf(ImageLoader.UnreadableImageException.class)
        .hasMessageContaining("broken.png").hasMessageContaining("expected a PNG or JPEG");
    assertThatThrownBy(() -> ImageLoader.load(dir.resolve("missing.png")))
        .isInstanceOf(ImageLoader.UnreadableImageException.class)
        .hasMessageContaining("missing.png").hasMessageContaining("no such file");
  }
}
