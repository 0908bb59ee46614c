package dev.digitarcade.training.insight;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pictures of an evaluation: the confusion matrix as a heat map with every count, per-class
 * accuracy as bars with their values, and a sheet of the misread test images, the most confident
 * mistakes first.
 */
public final class Plots {
  public static final String CONFUSION = "confusion.png";
  public static final String PER_CLASS = "per-class.png";
  public static final String MISREAD = "misread.png";
  /** The files {@link #evaluation} makes, in order. */
  public static final List<String> NAMES = List.of(CONFUSION, PER_CLASS, MISREAD);
  /** At most this many misread images on the sheet. */
  public static final int MAX_MISREAD = 60;

  static final int CELL = 50;
  static final int GRID_X = 92;
  static final int GRID_Y = 104;
  private static final Color LIGHT = new Color(247, 251, 255);
  private static final Color DARK = new Color(8, 48, 107);
  private static final Color RED = new Color(0xc0, 0x20, 0x20);

  private Plots() {}

  /** The three plots of {@code r}, file name to PNG bytes. */
  public static Map<String, byte[]> evaluation(Readings r, String source) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put(CONFUSION, Png.encode(confusion(r.confusion(), source)));
    out.put(PER_CLASS, Png.encode(perClass(r.confusion(), source)));
    out.put(MISREAD, Png.encode(misread(r, MAX_MISREAD)));
    return out;
  }

  /**
   * The heat-map shade of {@code count} when the largest cell holds {@code max}: the share t =
   * log(1+count)/log(1+max) of the way from near-white to dark blue (every channel falls with t),
   * so single mistakes are visible beside cells of a thousand.
   */
  static Color shade(int count, int max) {
    double t = max <= 0 ? 0 : Math.log1p(count) / Math.log1p(max);
    return new Color(lerp(LIGHT.getRed(), DARK.getRed(), t), lerp(LIGHT.getGreen(), DARK.getGreen(), t),
        lerp(LIGHT.getBlue(), DARK.getBlue(), t));
  }

  /** The inverse of {@link #shade} from a red channel value (tests and readers of the picture). */
  public static double countOfRed(int red, int max) {
    double t = (LIGHT.getRed() - red) / (double) (LIGHT.getRed() - DARK.getRed());
    return Math.expm1(t * Math.log1p(max));
  }

  private static int lerp(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * Math.max(0, Math.min(1, t)));
  }

  /** A spot inside the cell (row, col) of the confusion plot that no text covers (tests read it back). */
  public static Point cellSample(int row, int col) {
    return new Point(GRID_X + col * CELL + 5, GRID_Y + row * CELL + 5);
  }

  /** Rows: true label, columns: predicted digit; each cell shaded by its count and labelled with it. */
  static BufferedImage confusion(int[][] c, String source) {
    int size = 10 * CELL;
    BufferedImage img = new BufferedImage(GRID_X + size + 30, GRID_Y + size + 62, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    Chart.smooth(g);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    int max = 0;
    int total = 0;
    int right = 0;
    for (int a = 0; a < 10; a++) {
      for (int b = 0; b < 10; b++) {
        max = Math.max(max, c[a][b]);
        total += c[a][b];
        right += a == b ? c[a][b] : 0;
      }
    }
    g.setColor(Chart.INK);
    g.setFont(Chart.font(16, true));
    Chart.centred(g, "Confusion matrix", img.getWidth() / 2.0, 26);
    g.setFont(Chart.font(12, false));
    Chart.centred(g, String.format(Locale.ROOT, "%s: %d of %d right (%.2f %%)", source, right, total,
        total == 0 ? 0 : 100.0 * right / total), img.getWidth() / 2.0, 46);
    g.setFont(Chart.font(13, true));
    Chart.centred(g, "predicted digit", GRID_X + size / 2.0, GRID_Y - 29);
    Graphics2D r = (Graphics2D) g.create();
    r.rotate(-Math.PI / 2);
    Chart.centred(r, "true label", -(GRID_Y + size / 2.0), GRID_X - 52);
    r.dispose();
    g.setFont(Chart.font(14, true));
    for (int k = 0; k < 10; k++) {
      Chart.centred(g, Integer.toString(k), GRID_X + k * CELL + CELL / 2.0, GRID_Y - 9);
      Chart.centred(g, Integer.toString(k), GRID_X - 18, GRID_Y + k * CELL + CELL / 2.0 + 5);
    }
    for (int a = 0; a < 10; a++) {
      for (int b = 0; b < 10; b++) {
        Color fill = shade(c[a][b], max);
        g.setColor(fill);
        g.fillRect(GRID_X + b * CELL, GRID_Y + a * CELL, CELL, CELL);
        boolean dark = fill.getRed() * 0.3 + fill.getGreen() * 0.59 + fill.getBlue() * 0.11 < 140;
        g.setColor(c[a][b] == 0 ? new Color(0xb0, 0xb8, 0xc0) : dark ? Color.WHITE : Chart.INK);
        g.setFont(Chart.font(c[a][b] >= 1000 ? 13 : 14, a == b));
        Chart.centred(g, Integer.toString(c[a][b]), GRID_X + b * CELL + CELL / 2.0, GRID_Y + a * CELL + CELL / 2.0 + 5);
      }
    }
    g.setColor(new Color(0xd0, 0xd4, 0xd8));
    for (int k = 0; k <= 10; k++) {
      g.drawLine(GRID_X + k * CELL, GRID_Y, GRID_X + k * CELL, GRID_Y + size);
      g.drawLine(GRID_X, GRID_Y + k * CELL, GRID_X + size, GRID_Y + k * CELL);
    }
    g.setColor(Chart.INK);
    g.setFont(Chart.font(12, false));
    Chart.centred(g, "shade: log(1 + count), white 0, dark blue " + max, GRID_X + size / 2.0, GRID_Y + size + 26);
    Chart.centred(g, "off the diagonal: mistakes (row read as column)", GRID_X + size / 2.0, GRID_Y + size + 44);
    g.dispose();
    return img;
  }

  /** Per-class accuracy (recall) as bars, each with its value and its mistakes. */
  static BufferedImage perClass(int[][] c, String source) {
    double[] acc = new double[10];
    int[] wrong = new int[10];
    int[] total = new int[10];
    double lo = 1;
    for (int a = 0; a < 10; a++) {
      for (int b = 0; b < 10; b++) {
        total[a] += c[a][b];
        wrong[a] += a == b ? 0 : c[a][b];
      }
      acc[a] = total[a] == 0 ? 0 : (total[a] - wrong[a]) / (double) total[a];
      lo = Math.min(lo, acc[a]);
    }
    Chart.Axis axis = Chart.Axis.nice(Math.max(0, 100 * lo - 0.5), 100, 5, 0);
    axis = new Chart.Axis(axis.min(), 100, axis.step());
    int w = 760;
    int h = 430;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    Chart.smooth(g);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    Rectangle plot = new Rectangle(80, 76, w - 110, h - 76 - 70);
    g.setColor(Chart.INK);
    g.setFont(Chart.font(16, true));
    Chart.centred(g, "Accuracy per digit", w / 2.0, 26);
    g.setFont(Chart.font(12, false));
    Chart.centred(g, source + String.format(Locale.ROOT, " (the axis starts at %.1f %%)", axis.min()), w / 2.0, 46);
    FontMetrics fm = g.getFontMetrics();
    int ticks = (int) Math.round((axis.max() - axis.min()) / axis.step());
    for (int i = 0; i <= ticks; i++) {
      double v = axis.min() + i * axis.step();
      int y = (int) Math.round(plot.y + plot.height - (v - axis.min()) / (axis.max() - axis.min()) * plot.height);
      g.setColor(Chart.GRID);
      g.drawLine(plot.x, y, plot.x + plot.width, y);
      g.setColor(Chart.INK);
      g.drawLine(plot.x - 4, y, plot.x, y);
      String s = String.format(Locale.ROOT, "%." + axis.decimals() + "f %%", v);
      g.drawString(s, plot.x - 7 - fm.stringWidth(s), y + fm.getAscent() / 2 - 1);
    }
    double slot = plot.width / 10.0;
    for (int k = 0; k < 10; k++) {
      double v = Math.max(axis.min(), 100 * acc[k]);
      int top = (int) Math.round(plot.y + plot.height - (v - axis.min()) / (axis.max() - axis.min()) * plot.height);
      int x = (int) Math.round(plot.x + k * slot + slot * 0.18);
      int bw = (int) Math.round(slot * 0.64);
      g.setColor(Chart.BLUE);
      g.fillRect(x, top, bw, plot.y + plot.height - top);
      g.setColor(Chart.INK);
      g.setFont(Chart.font(12, true));
      Chart.centred(g, String.format(Locale.ROOT, "%.2f", 100 * acc[k]), x + bw / 2.0, Math.max(plot.y + 14, top - 5));
      g.setFont(Chart.font(15, true));
      Chart.centred(g, Integer.toString(k), x + bw / 2.0, plot.y + plot.height + 20);
      g.setFont(Chart.font(11, false));
      g.setColor(wrong[k] == 0 ? Chart.INK : RED);
      Chart.centred(g, wrong[k] + " of " + total[k], x + bw / 2.0, plot.y + plot.height + 36);
    }
    g.setColor(Chart.INK);
    g.drawRect(plot.x, plot.y, plot.width, plot.height);
    g.setFont(Chart.font(12, false));
    Chart.centred(g, "digit (below it: how many of its test images were misread)", plot.getCenterX(), h - 12);
    Graphics2D r = (Graphics2D) g.create();
    r.rotate(-Math.PI / 2);
    Chart.centred(r, "accuracy (%)", -plot.getCenterY(), 18);
    r.dispose();
    g.dispose();
    return img;
  }

  /** A right arrow if the font has one. */
  private static String arrow(Graphics2D g) {
    return g.getFont().canDisplay('\u2192') ? "\u2192" : "->";
  }

  /** The misread images, most confident first (then by index), as a captioned grid. */
  /** Indices of the misread images, the most confident first (then by index), at most {@code limit}. */
  static List<Integer> surestMistakes(Readings r, int limit) {
    List<Integer> wrong = new ArrayList<>();
    for (int i = 0; i < r.count(); i++) {
      if (r.predicted()[i] != r.labels()[i]) {
        wrong.add(i);
      }
    }
    return wrong.stream().sorted(Comparator.<Integer>comparingDouble(i -> -r.confidence()[i]).thenComparingInt(i -> i))
        .limit(limit).toList();
  }

  static BufferedImage misread(Readings r, int limit) {
    List<Integer> shown = surestMistakes(r, limit);
    int shownCount = shown.size();
    int wrongCount = 0;
    for (int i = 0; i < r.count(); i++) {
      wrongCount += r.predicted()[i] != r.labels()[i] ? 1 : 0;
    }
    int cols = 10;
    int rows = Math.max(1, (shownCount + cols - 1) / cols);
    int scale = 3;
    int tileW = 28 * scale + 14;
    int tileH = 28 * scale + 36;
    int top = 62;
    BufferedImage img = new BufferedImage(cols * tileW + 16, top + rows * tileH + 8, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    Chart.smooth(g);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Chart.INK);
    g.setFont(Chart.font(16, true));
    Chart.centred(g, "Misread test images", img.getWidth() / 2.0, 24);
    g.setFont(Chart.font(12, false));
    Chart.centred(g, wrongCount == 0 ? "none: every test image was read right"
        : String.format(Locale.ROOT, "%d of %d misread; %s, surest first. Under each: true label %s reading, "
            + "and its probability", wrongCount, r.count(), shownCount == wrongCount ? "all of them"
            : "the " + shownCount + " the model was surest of", arrow(g)),
        img.getWidth() / 2.0, 44);
    for (int s = 0; s < shown.size(); s++) {
      int i = shown.get(s);
      int x = 8 + (s % cols) * tileW + 7;
      int y = top + (s / cols) * tileH;
      BufferedImage digit = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
      for (int p = 0; p < Readings.PIXELS; p++) {
        int v = 255 - (r.images()[i * Readings.PIXELS + p] & 0xff);
        digit.setRGB(p % 28, p / 28, 0xff000000 | v << 16 | v << 8 | v);
      }
      g.drawImage(digit, x, y, 28 * scale, 28 * scale, null);
      g.setColor(new Color(0xc8, 0xc8, 0xc8));
      g.drawRect(x - 1, y - 1, 28 * scale + 1, 28 * scale + 1);
      g.setFont(Chart.font(13, true));
      String text = r.labels()[i] + " " + arrow(g) + " " + r.predicted()[i];
      FontMetrics fm = g.getFontMetrics();
      double cx = x + 28 * scale / 2.0;
      float left = (float) (cx - fm.stringWidth(text) / 2.0);
      String label = r.labels()[i] + " " + arrow(g) + " ";
      g.setColor(Chart.INK);
      g.drawString(label, left, y + 28 * scale + 15);
      g.setColor(RED);
      g.drawString(Integer.toString(r.predicted()[i]), left + fm.stringWidth(label), y + 28 * scale + 15);
      g.setColor(Chart.INK);
      g.setFont(Chart.font(11, false));
      Chart.centred(g, String.format(Locale.ROOT, "%.1f %%", 100 * r.confidence()[i]), cx, y + 28 * scale + 29);
    }
    g.dispose();
    return img;
  }
}
