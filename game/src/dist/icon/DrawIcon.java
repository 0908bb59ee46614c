import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Draws Digit Arcade's icon: a hand-drawn 7 on the app's dark canvas, with the ten probability bars
 * of the reading panel beneath it (the 7's bar tall, in the accent colour). Run from the repository
 * root with {@code java game/src/dist/icon/DrawIcon.java} to rewrite {@code
 * assets/icon/digit-arcade.png} (256 x 256); nothing else reads this program.
 */
public final class DrawIcon {
  static final int SIZE = 256;
  static final Color BACKGROUND = new Color(0x14161C);
  static final Color FRAME = new Color(0x3A4252);
  static final Color INK = new Color(0xECEFF4);
  static final Color TRACK = new Color(0x2A2F3B);
  static final Color ACCENT = new Color(0x4EA1FF);

  private DrawIcon() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "assets/icon/digit-arcade.png");
    BufferedImage img = draw(SIZE);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    ImageIO.write(img, "png", tmp.toFile());
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static BufferedImage draw(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(size / 256.0, size / 256.0);
      // The tile: the canvas colour inside a thin frame, corners rounded like the game's panels.
      g.setColor(BACKGROUND);
      g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
      g.setColor(FRAME);
      g.setStroke(new BasicStroke(6f));
      g.draw(new RoundRectangle2D.Double(11, 11, 234, 234, 44, 44));
      // A 7 as a player draws it: a slightly rising bar, then a long stroke bending down-left.
      Path2D seven = new Path2D.Double();
      seven.moveTo(74, 58);
      seven.curveTo(104, 54, 140, 52, 178, 50);
      seven.curveTo(160, 80, 134, 118, 120, 168);
      g.setColor(INK);
      g.setStroke(new BasicStroke(22f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(seven);
      // Ten probability bars: the model's reading, almost all of it on the 7.
      int[] heights = {3, 2, 4, 3, 5, 2, 3, 34, 4, 6};
      for (int d = 0; d < 10; d++) {
        int x = 43 + d * 17;
        g.setColor(TRACK);
        g.fillRoundRect(x, 184, 12, 38, 6, 6);
        g.setColor(d == 7 ? ACCENT : FRAME);
        g.fillRoundRect(x, 222 - heights[d], 12, heights[d], 6, 6);
      }
    } finally {
      g.dispose();
    }
    return img;
  }
}
