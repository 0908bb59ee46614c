package dev.digitarcade.training.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The training progress bar: epoch, images done, images/second, running loss and accuracy. On a
 * terminal it redraws one line; otherwise (logs, CI) it prints a line every quarter epoch.
 */
final class Progress {
  private static final int WIDTH = 24;
  private final PrintStream out;
  private final boolean interactive;
  private long lastDraw;
  private int lastQuarter = -1;

  Progress(PrintStream out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  void update(int epoch, int epochs, long done, long total, double imagesPerSecond, double loss, double accuracy) {
    long now = System.nanoTime();
    int quarter = (int) (4 * done / Math.max(1, total));
    if (interactive) {
      if (now - lastDraw < 200_000_000L && done < total) {
        return;
      }
      lastDraw = now;
      out.print("\r" + line(epoch, epochs, done, total, imagesPerSecond, loss, accuracy));
      out.flush();
    } else if (quarter != lastQuarter && quarter > 0 && quarter < 4) {
      lastQuarter = quarter;
      out.println(line(epoch, epochs, done, total, imagesPerSecond, loss, accuracy));
    }
  }

  /** Ends the bar before a summary line is printed. */
  void finishEpoch() {
    lastQuarter = -1;
    if (interactive) {
      out.print("\r" + " ".repeat(110) + "\r");
      out.flush();
    }
  }

  static String line(int epoch, int epochs, long done, long total, double ips, double loss, double acc) {
    int filled = (int) (WIDTH * done / Math.max(1, total));
    return String.format(Locale.ROOT, "epoch %2d/%d [%s%s] %6d/%d  %5.0f img/s  loss %.4f  acc %6.2f %%",
        epoch, epochs, "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, ips, loss, 100 * acc);
  }
}
