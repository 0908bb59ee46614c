package dev.digitarcade.model.recipe;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Temporary (issue 8, item 3): times the single-class recipe against the recipe in steps,
 * interleaved in rounds. Prints figures, asserts nothing. Arguments: {@code byte560} (the game's
 * canvases, as the game's bench draws them) or {@code float280} (generated float canvases).
 */
final class RecipeBench {

  private RecipeBench() {}

  static List<byte[]> ovals(int side, int n, long seed) {
    Random r = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = img.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      int size = 80 + r.nextInt(320);
      int x = r.nextInt(side - size + 1);
      int y = r.nextInt(side - size + 1);
      g.setStroke(new BasicStroke(6 + r.nextInt(30), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(Color.WHITE);
      g.drawOval(x + size / 4, y, size / 2, size);
      if (r.nextBoolean()) {
        g.drawLine(x + size / 2, y, x + size / 2, y + size);
      }
      g.dispose();
      out.add(((DataBufferByte) img.getRaster().getDataBuffer()).getData());
    }
    return out;
  }

  private static double ms(long[] t, double q) {
    long[] s = t.clone();
    Arrays.sort(s);
    return s[(int) Math.min(s.length - 1, Math.round(q * (s.length - 1)))] / 1e6;
  }

  /** Thread CPU time of each call (wall time on this shared machine is mostly waiting). */
  private static long[] time(int calls, IntConsumer call) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] t = new long[calls];
    for (int i = 0; i < calls; i++) {
      long t0 = mx.getCurrentThreadCpuTime();
      call.accept(i);
      t[i] = mx.getCurrentThreadCpuTime() - t0;
    }
    return t;
  }

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "byte560";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int calls = 2000;
    OldRecipe old = new OldRecipe();
    MnistRecipe now = new MnistRecipe();
    IntConsumer oldCall;
    IntConsumer newCall;
    if (mode.equals("byte560")) {
      List<byte[]> c = ovals(560, 64, 11);
      oldCall = i -> old.apply(c.get(i % c.size()), 560, 560);
      newCall = i -> now.apply(c.get(i % c.size()), 560, 560);
    } else {
      Random r = new Random(5);
      List<float[]> c = new ArrayList<>();
      while (c.size() < 64) {
        float[] f = RecipeEquivalenceTest.canvas(r, 280, 280);
        if (old.apply(f, 280, 280).isPresent()) {
          c.add(f);
        }
      }
      oldCall = i -> old.apply(c.get(i % c.size()), 280, 280);
      newCall = i -> now.apply(c.get(i % c.size()), 280, 280);
    }
    time(5000, oldCall);
    time(5000, newCall);
    List<long[]> olds = new ArrayList<>();
    List<long[]> news = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      // Alternate which goes first: the second of a pair tends to measure a little slower.
      long[] a;
      long[] b;
      if (round % 2 == 0) {
        a = time(calls, oldCall);
        b = time(calls, newCall);
      } else {
        b = time(calls, newCall);
        a = time(calls, oldCall);
      }
      olds.add(a);
      news.add(b);
      System.out.printf(Locale.ROOT, "round %2d  CPU per call: old p50 %.3f p99 %.3f   new p50 %.3f p99 %.3f ms%n",
          round, ms(a, 0.5), ms(a, 0.99), ms(b, 0.5), ms(b, 0.99));
    }
    long[] a = olds.stream().flatMapToLong(Arrays::stream).toArray();
    long[] b = news.stream().flatMapToLong(Arrays::stream).toArray();
    System.out.printf(Locale.ROOT, "%s, all rounds, CPU per call: old p50 %.3f p99 %.3f   new p50 %.3f p99 %.3f ms%n",
        mode, ms(a, 0.5), ms(a, 0.99), ms(b, 0.5), ms(b, 0.99));
  }
}
