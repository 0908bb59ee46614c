package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.model.classify.DigitClassifier;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code W} in free draw, through the real app headless: the view is told in the event stream,
 * its line appears in the panel, and with a model that has the saliency output the heat lies
 * over the drawing (without one, the drawing is as it was). The frame is saved for people to
 * look at (game/target/screenshots/why.png).
 */
class WhyEndToEndTest {

  @TempDir Path tmp;

  private int run(StringWriter err, Recordings rec, Path shot, Path ev) throws IOException {
    Path replay = rec.write(tmp.resolve(shot.getFileName() + ".jsonl"));
    return AppDriver.app(err, "--headless", "--mode", "free", "--model", AppDriver.MODEL.toString(),
        "--replay", replay.toString(), "--exit-after", Double.toString(rec.duration() + 0.3), "--events",
        ev.toString(), "--screenshot", shot.toString(), "--scores", tmp.resolve("scores.json").toString());
  }

  /** Sampled pixels that differ between two frames in a region (window pixels). */
  private static int differing(Path a, Path b, double x, double y, double w, double h) throws IOException {
    BufferedImage ia = ImageIO.read(a.toFile());
    BufferedImage ib = ImageIO.read(b.toFile());
    int n = 0;
    for (int yy = (int) y; yy < y + h; yy += 2) {
      for (int xx = (int) x; xx < x + w; xx += 2) {
        n += ia.getRGB(xx, yy) != ib.getRGB(xx, yy) ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void whyShowsItsLineAndHeatOverTheDrawing() throws Exception {
    double[] c = new AppDriver(tmp).canvasRect("free");
    Recordings plain = new Recordings(1120, 720).wait(0.2)
        .draw(DigitStrokes.of(7), c[0] + c[2] * 0.2, c[1] + c[3] * 0.15, c[2] * 0.6).wait(0.3);
    Recordings why = new Recordings(1120, 720).wait(0.2)
        .draw(DigitStrokes.of(7), c[0] + c[2] * 0.2, c[1] + c[3] * 0.15, c[2] * 0.6).wait(0.3)
        .key(Keys.letter('W')).wait(0.3);
    Path plainShot = tmp.resolve("plain.png");
    Path whyShot = AppDriver.SCREENSHOTS.resolve("why.png");
    Path ev = tmp.resolve("why.jsonl");
    StringWriter err = new StringWriter();
    assertThat(run(err, plain, plainShot, tmp.resolve("plain.jsonl"))).as(err.toString()).isZero();
    assertThat(run(err, why, whyShot, ev)).as(err.toString()).isZero();

    List<JsonNode> shown = AppDriver.ofType(new AppDriver(tmp).events(ev), "why");
    assertThat(shown).singleElement().satisfies(e -> assertThat(e.path("shown").asBoolean()).isTrue());
    // The panel's lower part holds the view's line (the legend, or that the model cannot say why).
    double panelX = c[0] + c[2] + 40;
    assertThat(differing(plainShot, whyShot, panelX, c[1] + c[3] * 0.8, 1120 - panelX - 40, c[3] * 0.2))
        .as("the why line").isGreaterThan(20);
    boolean explains;
    try (DigitClassifier model = DigitClassifier.load(AppDriver.MODEL)) {
      explains = model.hasSaliency();
    }
    int canvas = differing(plainShot, whyShot, c[0], c[1], c[2], c[3]);
    List<JsonNode> explained = AppDriver.ofType(new AppDriver(tmp).events(ev), "explained");
    assertThat(AppDriver.ofType(new AppDriver(tmp).events(tmp.resolve("plain.jsonl")), "explained"))
        .as("hidden: nothing explained").isEmpty();
    if (explains) {
      assertThat(canvas).as("heat over the drawing").isGreaterThan(500);
      // The 7 on show when W was pressed, one digit, sent to the model (nothing remembered yet).
      assertThat(explained).singleElement().satisfies(e -> {
        assertThat(e.path("digits").asInt()).isEqualTo(1);
        assertThat(e.path("computed").asInt()).isEqualTo(1);
        assertThat(e.path("ms").asDouble()).isPositive();
        assertThat(e.has("error")).isFalse();
      });
    } else {
      assertThat(canvas).as("no heat without the output").isZero();
      assertThat(explained).isEmpty();
    }
  }
}
