package dev.digitarcade.game.predict;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/** Test images drawn with java.awt, as a person might save them. */
final class Drawings {

  private Drawings() {}

  /** A blank image of the given background. */
  static BufferedImage blank(int w, int h, Color background) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return img;
  }

  private static Graphics2D pen(BufferedImage img, Color ink, float width) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(ink);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    return g;
  }

  /** A "1": one vertical stroke, top at (x, y). */
  static BufferedImage one(int w, int h, Color bg, Color ink, float x, float y, float height, float brush) {
    BufferedImage img = blank(w, h, bg);
    Graphics2D g = pen(img, ink, brush);
    g.draw(new Line2D.Float(x, y, x, y + height));
    g.dispose();
    return img;
  }

  /** A "0": an upright ellipse, top-left of its box at (x, y). */
  static BufferedImage zero(int w, int h, Color bg, Color ink, float x, float y, float height, float brush) {
    BufferedImage img = blank(w, h, bg);
    Graphics2D g = pen(img, ink, brush);
    g.draw(new Ellipse2D.Float(x, y, height * 0.6f, height));
    g.dispose();
    return img;
  }

  /** A digit written with a font, filled (thick strokes), baseline at (x, y). */
  static BufferedImage glyph(int w, int h, Color bg, Color ink, char digit, float x, float y, int size) {
    BufferedImage img = blank(w, h, bg);
    Graphics2D g = pen(img, ink, 1f);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
    g.drawString(String.valueOf(digit), x, y);
    g.dispose();
    return img;
  }

  /**
   * A number written with a font, one digit at a time with {@code gap} px between the digits'
   * advances (0: the font's own spacing), baseline at (x, y).
   */
  static BufferedImage number(int w, int h, Color bg, Color ink, String digits, float x, float y, int size, float gap) {
    BufferedImage img = blank(w, h, bg);
    Graphics2D g = pen(img, ink, 1f);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
    float at = x;
    for (char c : digits.toCharArray()) {
      g.drawString(String.valueOf(c), at, y);
      at += g.getFontMetrics().charWidth(c) + gap;
    }
    g.dispose();
    return img;
  }
}
