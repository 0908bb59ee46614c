package dev.digitarcade.game.predict;

import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.why.HeatMap;
import dev.digitarcade.model.classify.Saliency;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The picture {@code predict --saliency} writes for one drawing: the drawing, then for each digit
 * the 28x28 model input scaled up and its heat map (warm: pushed the reading towards the digit,
 * blue: pulled away) over the dimmed input, each with a caption (digit, confidence).
 */
final class SaliencySheet {
  /** Side of a scaled-up 28x28 panel: 8 screen pixels per model pixel. */
  static final int PANEL = 224;
  static final int GAP = 12;
  static final int CAPTION = 34;
  private static final Color BACKGROUND = new Color(0x1b, 0x1f, 0x2a);
  private static final Color TEXT = new Color(0xe8, 0xec, 0xf4);

  private final Font font;

  /** @param fontFile a TrueType font for the captions (the shipped one); the JDK's sans serif if it cannot be read */
  SaliencySheet(Path fontFile) {
    Font f;
    try (var in = Files.newInputStream(fontFile)) {
      f = Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException | RuntimeException e) {
      f = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    }
    this.font = f.deriveFont(16f);
  }

  /**
   * @param maps one saliency per digit of {@code reading}, in order
   */
  BufferedImage draw(InkImage drawing, Reading reading, Saliency[] maps) {
    int digits = reading.digits().size();
    int dw = Math.max(1, Math.round(PANEL * Math.min(2f, drawing.width() / (float) drawing.height())));
    int width = GAP + dw + digits * 2 * (PANEL + GAP) + GAP;
    int height = GAP + PANEL + CAPTION + GAP;
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(font);
      g.drawImage(gray(drawing), GAP, GAP, dw, PANEL, null);
      caption(g, GAP, dw, "drawing" + (digits == 1 ? "" : ": " + reading.topGuesses()));
      int x = GAP + dw + GAP;
      for (int i = 0; i < digits; i++) {
        DigitReading d = reading.digits().get(i);
        float[] input = d.modelInput();
        HeatMap heat = HeatMap.of(maps[i], input);
        g.drawImage(scaled(input, null), x, GAP, null);
        caption(g, x, PANEL, "model input" + (digits == 1 ? "" : " " + (i + 1)));
        x += PANEL + GAP;
        g.drawImage(scaled(input, heat), x, GAP, null);
        caption(g, x, PANEL, String.format(Locale.ROOT, "why %d (%.0f %%)", heat.digit(), 100 * heat.probability()));
        x += PANEL + GAP;
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  private void caption(Graphics2D g, int x, int w, String text) {
    g.setColor(TEXT);
    int tw = g.getFontMetrics().stringWidth(text);
    g.drawString(text, x + Math.max(0, (w - tw) / 2), GAP + PANEL + 23);
  }

  private static BufferedImage gray(InkImage drawing) {
    BufferedImage img = new BufferedImage(drawing.width(), drawing.height(), BufferedImage.TYPE_INT_RGB);
    float[] ink = drawing.ink();
    for (int y = 0; y < drawing.height(); y++) {
      for (int x = 0; x < drawing.width(); x++) {
        int v = Math.round(Math.max(0f, Math.min(1f, ink[y * drawing.width() + x])) * 255);
        img.setRGB(x, y, v * 0x010101);
      }
    }
    return img;
  }

  /** The 28x28 input at {@link #PANEL} pixels, alone or dimmed under {@code heat}. */
  static BufferedImage scaled(float[] input, HeatMap heat) {
    int z = PANEL / 28;
    byte[] rgba = heat == null ? null : heat.rgba(1f);
    BufferedImage img = new BufferedImage(PANEL, PANEL, BufferedImage.TYPE_INT_RGB);
    for (int p = 0; p < 784; p++) {
      float base = Math.max(0f, Math.min(1f, input[p])) * (heat == null ? 255 : 90);
      float r = base;
      float gr = base;
      float b = base;
      if (rgba != null) {
        float a = (rgba[p * 4 + 3] & 0xff) / 255f;
        r = r * (1 - a) + (rgba[p * 4] & 0xff) * a;
        gr = gr * (1 - a) + (rgba[p * 4 + 1] & 0xff) * a;
        b = b * (1 - a) + (rgba[p * 4 + 2] & 0xff) * a;
      }
      int rgb = (Math.round(r) << 16) | (Math.round(gr) << 8) | Math.round(b);
      for (int dy = 0; dy < z; dy++) {
        for (int dx = 0; dx < z; dx++) {
          img.setRGB((p % 28) * z + dx, (p / 28) * z + dy, rgb);
        }
      }
    }
    return img;
  }
}
