package dev.digitarcade.training.numbers;

import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.segment.DigitReading;
import dev.digitarcade.training.data.AtomicFile;
import dev.digitarcade.training.data.JsonText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/** Prints a {@link NumberBenchmark.Report} as text or JSON, and draws its misreadings. */
final class NumberReport {

  private NumberReport() {}

  static String text(NumberBenchmark.Report r, Path model, NumberGenerator.Split split, List<String> fonts) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "number benchmark: %d numbers per length, seed %d, split %s, canvas %dx%d, model %s%n",
        r.settings().count(), r.settings().seed(), split.name().toLowerCase(Locale.ROOT), NumberGenerator.CANVAS,
        NumberGenerator.CANVAS, model));
    b.append("fonts: ").append(String.join(", ", fonts)).append('\n');
    b.append("read right = the number claimed exactly (every digit sure); top guess = every digit's most likely\n"
        + "reading right, sure or not; per digit = digits read right where the digit count was right\n");
    b.append(String.format(Locale.ROOT, "%-28s %-7s %6s %9s %9s %9s %9s %7s %7s%n", "set", "mode", "n", "read right",
        "top guess", "count ok", "per digit", "split", "merged"));
    for (Map.Entry<String, Map<NumberBenchmark.Mode, NumberBenchmark.Tally>> e : r.tallies().entrySet()) {
      for (Map.Entry<NumberBenchmark.Mode, NumberBenchmark.Tally> m : e.getValue().entrySet()) {
        NumberBenchmark.Tally t = m.getValue();
        b.append(String.format(Locale.ROOT, "%-28s %-7s %6d %8.2f%% %8.2f%% %8.2f%% %8.2f%% %6.2f%% %6.2f%%%n",
            e.getKey(), m.getKey().title(), t.total(), 100 * t.rate(t.claimedRight()), 100 * t.rate(t.guessedRight()),
            100 * t.rate(t.countRight()), 100 * t.digitRate(), 100 * t.rate(t.split()), 100 * t.rate(t.merged())));
      }
    }
    b.append("per digit by source (all sets, digit count right):\n");
    for (Map.Entry<String, Map<NumberBenchmark.Mode, int[]>> e : r.bySource().entrySet()) {
      b.append(String.format(Locale.ROOT, "  %-16s", e.getKey()));
      for (Map.Entry<NumberBenchmark.Mode, int[]> m : e.getValue().entrySet()) {
        b.append(String.format(Locale.ROOT, "  %s %6.2f%% of %5d", m.getKey().title(), 100.0 * m.getValue()[0] / m.getValue()[1],
            m.getValue()[1]));
      }
      b.append('\n');
    }
    if (!r.drawnSingles().isEmpty()) {
      b.append("bench-drawn's own single digits (280 px, seed ").append(r.settings().seed()).append("), pixels only:\n");
      for (Map.Entry<String, NumberBenchmark.Tally> e : r.drawnSingles().entrySet()) {
        NumberBenchmark.Tally t = e.getValue();
        b.append(String.format(Locale.ROOT, "  %-28s n %5d  top guess %6.2f%%  read right %6.2f%%  split %5.2f%%%n",
            e.getKey(), t.total(), 100 * t.rate(t.guessedRight()), 100 * t.rate(t.claimedRight()), 100 * t.rate(t.split())));
      }
    }
    b.append("latency of NumberReader.read (ms, after warm-up, incl. the batched model call; wall time, which includes\n"
        + "waiting for a core on a busy machine, then the reading thread's CPU time):\n");
    for (NumberBenchmark.Latency l : r.latencies()) {
      b.append(String.format(Locale.ROOT, "  %-18s p50 %6.2f  p99 %6.2f  mean %6.2f  (n=%d)%n", l.stage(), l.p50(),
          l.p99(), l.mean(), l.samples()));
    }
    return b.toString();
  }

  static String json(NumberBenchmark.Report r, Path model, NumberGenerator.Split split, List<String> fonts) {
    StringBuilder b = new StringBuilder("{");
    b.append(String.format(Locale.ROOT, "\"count\":%d,\"seed\":%d,\"split\":%s,\"canvas\":%d,\"model\":%s,\"fonts\":[",
        r.settings().count(), r.settings().seed(), JsonText.quote(split.name().toLowerCase(Locale.ROOT)), NumberGenerator.CANVAS,
        JsonText.quote(model.toString())));
    for (int i = 0; i < fonts.size(); i++) {
      b.append(i == 0 ? "" : ",").append(JsonText.quote(fonts.get(i)));
    }
    b.append("],\"sets\":{");
    boolean first = true;
    for (Map.Entry<String, Map<NumberBenchmark.Mode, NumberBenchmark.Tally>> e : r.tallies().entrySet()) {
      b.append(first ? "" : ",").append(JsonText.quote(e.getKey())).append(":{");
      first = false;
      boolean firstM = true;
      for (Map.Entry<NumberBenchmark.Mode, NumberBenchmark.Tally> m : e.getValue().entrySet()) {
        b.append(firstM ? "" : ",").append(JsonText.quote(m.getKey().title())).append(':').append(tally(m.getValue()));
        firstM = false;
      }
      b.append('}');
    }
    b.append("},\"drawn_singles\":{");
    first = true;
    for (Map.Entry<String, NumberBenchmark.Tally> e : r.drawnSingles().entrySet()) {
      b.append(first ? "" : ",").append(JsonText.quote(e.getKey())).append(':').append(tally(e.getValue()));
      first = false;
    }
    b.append("},\"latency_ms\":{");
    for (int i = 0; i < r.latencies().size(); i++) {
      NumberBenchmark.Latency l = r.latencies().get(i);
      b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s:{\"p50\":%.3f,\"p99\":%.3f,\"mean\":%.3f,\"n\":%d}",
          JsonText.quote(l.stage()), l.p50(), l.p99(), l.mean(), l.samples()));
    }
    return b.append("}}").toString();
  }

  private static String tally(NumberBenchmark.Tally t) {
    return String.format(Locale.ROOT, "{\"n\":%d,\"read_right\":%d,\"top_guess_right\":%d,\"count_right\":%d,"
        + "\"digits\":%d,\"digits_right\":%d,\"split\":%d,\"merged\":%d}", t.total(), t.claimedRight(), t.guessedRight(),
        t.countRight(), t.digits(), t.digitsRight(), t.split(), t.merged());
  }

  /** Misreadings at half size, 4 a row: the drawing, the boxes found (green) and what was read. */
  static void sheet(List<NumberBenchmark.Miss> misses, Path file) throws IOException {
    int cell = NumberGenerator.CANVAS / 2;
    int cols = 4;
    int rows = Math.max(1, (misses.size() + cols - 1) / cols);
    BufferedImage sheet = new BufferedImage(cols * cell, rows * cell, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (int i = 0; i < misses.size(); i++) {
        NumberBenchmark.Miss m = misses.get(i);
        int ox = (i % cols) * cell;
        int oy = (i / cols) * cell;
        DrawnNumber d = m.drawing();
        for (int y = 0; y < cell; y++) {
          for (int x = 0; x < cell; x++) {
            int v = Math.max(d.canvas()[(2 * y) * d.size() + 2 * x] & 0xff, d.canvas()[(2 * y + 1) * d.size() + 2 * x + 1] & 0xff);
            sheet.setRGB(ox + x, oy + y, (v << 16) | (v << 8) | v);
          }
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.GREEN);
        StringBuilder got = new StringBuilder();
        for (DigitReading r : m.reading().digits()) {
          InkBox bx = r.box();
          g.drawRect(ox + bx.x() / 2, oy + bx.y() / 2, bx.width() / 2, bx.height() / 2);
          got.append(r.digit()).append(r.shown() == '?' ? "?" : "");
        }
        g.setColor(Color.YELLOW);
        g.drawString(m.set() + ", " + m.mode().title() + ": " + d.text() + " read " + got, ox + 3, oy + 13);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(ox, oy, cell - 1, cell - 1);
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
}
