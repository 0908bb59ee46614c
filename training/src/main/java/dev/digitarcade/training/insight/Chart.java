package dev.digitarcade.training.insight;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn with Java2D: a title, a legend row, axes with "nice" ticks (1, 2 or 5
 * times a power of ten), a light grid, axis labels, and each series as a line with a dot per
 * point. Enough for per-epoch curves; nothing here knows about training.
 */
final class Chart {
  static final Color INK = new Color(0x20, 0x20, 0x20);
  static final Color GRID = new Color(0xe4, 0xe4, 0xe4);
  static final Color BLUE = new Color(0x1f, 0x6f, 0xb4);
  static final Color ORANGE = new Color(0xe0, 0x6c, 0x10);

  /** One curve: points (x[i], y[i]) in order. */
  record Series(String name, Color color, double[] x, double[] y) {
    Series {
      if (x.length != y.length) {
        throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
      }
    }
  }

  /** Axis range and tick step. */
  record Axis(double min, double max, double step) {
    /** Ticks covering [lo, hi] with about {@code target} intervals; a flat range is widened. */
    static Axis nice(double lo, double hi, int target, double minStep) {
      if (!(hi > lo)) {
        double pad = Math.max(Math.abs(lo) * 0.05, minStep > 0 ? minStep : 1e-3);
        lo -= pad;
        hi += pad;
      }
      double raw = (hi - lo) / target;
      double mag = Math.pow(10, Math.floor(Math.log10(raw)));
      double f = raw / mag;
      double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
      step = Math.max(step, minStep);
      double min = Math.floor(lo / step + 1e-9) * step;
      double max = Math.ceil(hi / step - 1e-9) * step;
      return new Axis(min, max, step);
    }

    int decimals() {
      return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    }
  }

  private Chart() {}

  static Font font(float size, boolean bold) {
    return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
  }

  static void smooth(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  /** Text centred on (cx, baseline y). */
  static void centred(Graphics2D g, String s, double cx, double y) {
    FontMetrics fm = g.getFontMetrics();
    g.drawString(s, (float) (cx - fm.stringWidth(s) / 2.0), (float) y);
  }

  /**
   * Draws the chart into {@code area} of {@code g}.
   *
   * @param lastFormat format of the value written beside each series' last point (e.g. "%.2f %%")
   */
  static void draw(Graphics2D g, Rectangle area, String title, String xLabel, String yLabel, String lastFormat,
      List<Series> series) {
    smooth(g);
    g.setColor(Color.WHITE);
    g.fill(area);
    double xlo = Double.POSITIVE_INFINITY;
    double xhi = Double.NEGATIVE_INFINITY;
    double ylo = Double.POSITIVE_INFINITY;
    double yhi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < s.x().length; i++) {
        xlo = Math.min(xlo, s.x()[i]);
        xhi = Math.max(xhi, s.x()[i]);
        ylo = Math.min(ylo, s.y()[i]);
        yhi = Math.max(yhi, s.y()[i]);
      }
    }
    boolean empty = xlo > xhi;
    Axis xa = empty ? new Axis(0, 1, 1) : Axis.nice(xlo, xhi, 8, 1);
    Axis ya = empty ? new Axis(0, 1, 0.2) : Axis.nice(ylo, yhi, 5, 0);

    g.setColor(INK);
    g.setFont(font(15, true));
    centred(g, title, area.getCenterX(), area.y + 22);
    Rectangle plot = new Rectangle(area.x + 64, area.y + 58, area.width - 84, area.height - 58 - 52);
    legend(g, series, plot.x + plot.width, area.y + 44);

    g.setFont(font(12, false));
    FontMetrics fm = g.getFontMetrics();
    int ticks = (int) Math.round((ya.max() - ya.min()) / ya.step());
    for (int i = 0; i <= ticks; i++) {
      double v = ya.min() + i * ya.step();
      int py = (int) Math.round(yPix(plot, ya, v));
      g.setColor(GRID);
      g.drawLine(plot.x, py, plot.x + plot.width, py);
      g.setColor(INK);
      g.drawLine(plot.x - 4, py, plot.x, py);
      String s = String.format(Locale.ROOT, "%." + ya.decimals() + "f", v);
      g.drawString(s, plot.x - 7 - fm.stringWidth(s), py + fm.getAscent() / 2 - 1);
    }
    int xticks = (int) Math.round((xa.max() - xa.min()) / xa.step());
    for (int i = 0; i <= xticks; i++) {
      double v = xa.min() + i * xa.step();
      int px = (int) Math.round(xPix(plot, xa, v));
      g.setColor(INK);
      g.drawLine(px, plot.y + plot.height, px, plot.y + plot.height + 4);
      centred(g, String.format(Locale.ROOT, "%." + xa.decimals() + "f", v), px, plot.y + plot.height + 18);
    }
    g.setColor(INK);
    g.drawRect(plot.x, plot.y, plot.width, plot.height);
    centred(g, xLabel, plot.getCenterX(), plot.y + plot.height + 38);
    Graphics2D r = (Graphics2D) g.create();
    r.rotate(-Math.PI / 2);
    r.setFont(font(12, false));
    centred(r, yLabel, -plot.getCenterY(), area.x + 14);
    r.dispose();
    if (empty) {
      centred(g, "no epochs were trained in this run (it resumed a finished one)", plot.getCenterX(), plot.getCenterY());
      return;
    }

    Graphics2D clip = (Graphics2D) g.create();
    clip.clip(new Rectangle(plot.x - 5, plot.y - 5, plot.width + 10, plot.height + 10));
    for (Series s : series) {
      clip.setColor(s.color());
      clip.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      Path2D.Double line = new Path2D.Double();
      for (int i = 0; i < s.x().length; i++) {
        double px = xPix(plot, xa, s.x()[i]);
        double py = yPix(plot, ya, s.y()[i]);
        if (i == 0) {
          line.moveTo(px, py);
        } else {
          line.lineTo(px, py);
        }
      }
      clip.draw(line);
      for (int i = 0; i < s.x().length; i++) {
        clip.fill(new Ellipse2D.Double(xPix(plot, xa, s.x()[i]) - 3.5, yPix(plot, ya, s.y()[i]) - 3.5, 7, 7));
      }
    }
    clip.dispose();
    // the last value of each series, above its point for the highest, below for the others
    double top = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      top = s.y().length == 0 ? top : Math.max(top, s.y()[s.y().length - 1]);
    }
    g.setFont(font(12, true));
    FontMetrics bold = g.getFontMetrics();
    for (Series s : series) {
      int last = s.y().length - 1;
      if (last < 0) {
        continue;
      }
      String text = String.format(Locale.ROOT, lastFormat, s.y()[last]);
      double px = xPix(plot, xa, s.x()[last]);
      double py = yPix(plot, ya, s.y()[last]);
      double ty = s.y()[last] == top ? py - 9 : py + 9 + bold.getAscent();
      ty = Math.max(plot.y + bold.getAscent() + 2, Math.min(plot.y + plot.height - 4, ty));
      double tx = Math.min(px - bold.stringWidth(text) / 2.0, plot.x + plot.width - bold.stringWidth(text) - 6);
      g.setColor(new Color(255, 255, 255, 215));
      g.fillRect((int) tx - 3, (int) ty - bold.getAscent(), bold.stringWidth(text) + 6, bold.getAscent() + 3);
      g.setColor(s.color());
      g.drawString(text, (float) tx, (float) ty);
    }
  }

  /** The legend as one row ending at {@code right}, baseline {@code y}. */
  private static void legend(Graphics2D g, List<Series> series, int right, int y) {
    g.setFont(font(12, false));
    FontMetrics fm = g.getFontMetrics();
    int width = 0;
    for (Series s : series) {
      width += 28 + fm.stringWidth(s.name()) + 16;
    }
    int x = right - width + 16;
    for (Series s : series) {
      g.setColor(s.color());
      g.setStroke(new BasicStroke(2.2f));
      g.drawLine(x, y - 4, x + 20, y - 4);
      g.fill(new Ellipse2D.Double(x + 6.5, y - 7.5, 7, 7));
      g.setColor(INK);
      g.drawString(s.name(), x + 26, y);
      x += 28 + fm.stringWidth(s.name()) + 16;
    }
    g.setStroke(new BasicStroke(1f));
  }

  private static double xPix(Rectangle plot, Axis a, double v) {
    return plot.x + (v - a.min()) / (a.max() - a.min()) * plot.width;
  }

  private static double yPix(Rectangle plot, Axis a, double v) {
    return plot.y + plot.height - (v - a.min()) / (a.max() - a.min()) * plot.height;
  }
}
