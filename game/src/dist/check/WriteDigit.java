import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes the image check-dist.sh gives the packaged app's {@code predict}: a 7 in dark ink on
 * light paper (280 x 280 PNG), drawn the way a pen would. {@code java WriteDigit.java FILE}.
 */
public final class WriteDigit {
  private WriteDigit() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java WriteDigit.java FILE.png");
      System.exit(2);
    }
    BufferedImage img = new BufferedImage(280, 280, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0xF4F1E8));
      g.fillRect(0, 0, 280, 280);
      Path2D seven = new Path2D.Double();
      seven.moveTo(82, 70);
      seven.curveTo(120, 66, 160, 64, 200, 62);
      seven.curveTo(176, 110, 150, 160, 132, 220);
      g.setColor(new Color(0x1B1E2A));
      g.setStroke(new BasicStroke(20f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(seven);
    } finally {
      g.dispose();
    }
    ImageIO.write(img, "png", Path.of(args[0]).toFile());
  }
}
