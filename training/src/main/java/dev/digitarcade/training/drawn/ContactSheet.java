package dev.digitarcade.training.drawn;

import dev.digitarcade.training.data.AtomicFile;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A PNG for people to look at: each cell shows a generated canvas (half size), the 28x28 the
 * recipe made from it (x4), the naive whole-canvas 28x28 (x2), and what each was read as.
 */
public final class ContactSheet {

  /** One cell of the sheet. {@code recipe} may be null (nothing drawn). */
  public record Cell(DrawnDigit drawing, float[] recipe, float[] naive, int recipeDigit, int naiveDigit) {}

  private static final int COLS = 6;
  private static final int CANVAS_CELL = 140;
  private static final int CELL_W = CANVAS_CELL + 28 * 4 + 12;
  private static final int CELL_H = CANVAS_CELL + 36;

  private ContactSheet() {}

  /** Writes the sheet atomically (temp file, then rename). */
  public static void write(List<Cell> cells, Path file) throws IOException {
    int rows = Math.max(1, (cells.size() + COLS - 1) / COLS);
    BufferedImage sheet = new BufferedImage(COLS * CELL_W, rows * CELL_H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setColor(new Color(40, 40, 60));
      g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      for (int i = 0; i < cells.size(); i++) {
        Cell c = cells.get(i);
        int x = (i % COLS) * CELL_W + 2;
        int y = (i / COLS) * CELL_H + 2;
        DrawnDigit d = c.drawing();
        g.drawImage(gray(d.canvas(), d.size()), x, y, CANVAS_CELL, CANVAS_CELL, null);
        if (c.recipe() != null) {
          g.drawImage(gray(c.recipe(), 28), x + CANVAS_CELL + 4, y, 28 * 4, 28 * 4, null);
        }
        if (c.naive() != null) {
          g.drawImage(gray(c.naive(), 28), x + CANVAS_CELL + 4, y + 28 * 4 + 2, 28, 28, null);
        }
        g.setColor(c.recipeDigit() == d.label() ? new Color(140, 230, 140) : new Color(255, 120, 120));
        String read = String.format("drew %d, recipe read %s, naive %s", d.label(),
            c.recipeDigit() < 0 ? "nothing" : Integer.toString(c.recipeDigit()),
            c.naiveDigit() < 0 ? "nothing" : Integer.toString(c.naiveDigit()));
        String how = String.format("%.0f px tall, brush %.0f px, %s", d.inkHeight(), d.brush(), d.origin());
        g.drawString(read, x, y + CANVAS_CELL + 13);
        g.setColor(new Color(190, 190, 210));
        g.drawString(how.length() > 44 ? how.substring(0, 44) : how, x, y + CANVAS_CELL + 27);
      }
    } finally {
      g.dispose();
    }
    Path abs = file.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    AtomicFile.write(abs, tmp -> ImageIO.write(sheet, "png", tmp.toFile()));
  }

  private static BufferedImage gray(float[] px, int side) {
    BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        int v = Math.round(Math.max(0f, Math.min(1f, px[y * side + x])) * 255f);
        img.setRGB(x, y, (v << 16) | (v << 8) | v);
      }
    }
    return img;
  }
}
