package dev.digitarcade.game.why;

import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code bench --why}: what the "why" view costs. The model call of a normal reading (which never
 * fetches the saliency), then the saliency of one reading through the view's worker (request to
 * result) for one digit and for four, idle and with load: the reading worker reading once a frame
 * (60 Hz, as while drawing) and one more thread spinning, as the software renderer does.
 */
public final class WhyBench {
  private WhyBench() {}

  /**
   * @param inputs model inputs (28x28) to read and explain, cycled
   * @return false when the model could not be loaded or has no saliency output (said on {@code err})
   */
  public static boolean run(Path modelDir, List<float[]> inputs, int runs, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    try (DigitClassifier c = DigitClassifier.load(modelDir)) {
      long[] normal = new long[runs];
      for (int i = 0; i < runs + 200; i++) {
        long t0 = System.nanoTime();
        c.score(inputs.get(i % inputs.size()));
        if (i >= 200) {
          normal[i - 200] = System.nanoTime() - t0;
        }
      }
      out.printf(Locale.ROOT, "normal reading's model call (3 outputs, 1 image): p50 %.3f ms  p99 %.3f ms%n",
          ms(normal, 0.5), ms(normal, 0.99));
      out.flush();
      if (!c.hasSaliency()) {
        err.println("bench: model " + modelDir + " has no 'saliency' output; " + WhyView.NO_OUTPUT);
        return false;
      }
      long[] serial = {0};
      try (WhyWorker worker = new WhyWorker(c::saliency)) {
        for (boolean load : new boolean[] {false, true}) {
          for (int[] k : new int[][] {{1, 0}, {4, 0}, {4, 3}}) {
            long[] t = time(worker, c, inputs, k[0], k[1], runs, load, serial);
            String what = k[0] == 1 ? "1 digit,                 " : k[1] == 0 ? "4 digits, all new,       "
                : "4 digits, writing the 4th";
            out.printf(Locale.ROOT, "why, %s, %s: request -> heat ready p50 %.3f ms  p99 %.3f ms  (%d runs)%n",
                what, load ? "with load" : "idle     ", ms(t, 0.5), ms(t, 0.99), runs);
            out.flush();
          }
        }
      }
      return true;
    } catch (ModelLoadException e) {
      err.println("bench: " + e.getMessage());
      return false;
    }
  }

  /**
   * Times {@code runs} explanations of {@code digits} inputs each, of which the first {@code kept}
   * are the previous request's (the digits already written) and the rest new: each new input is
   * a bench input with one corner pixel made unique, so no remembered explanation can serve it.
   */
  private static long[] time(WhyWorker worker, DigitClassifier c, List<float[]> inputs, int digits, int kept,
      int runs, boolean load, long[] serial) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    Thread reading = new Thread(() -> {
      for (int i = 0; !stop.get(); i++) {
        c.score(inputs.get(i % inputs.size()));
        try {
          Thread.sleep(16); // a reading a frame, as while drawing
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-reading");
    Thread spin = new Thread(() -> {
      long x = 0;
      while (!stop.get()) {
        x += System.nanoTime() & 1;
      }
      if (x == 42) {
        System.out.print("");
      }
    }, "bench-render");
    if (load) {
      reading.start();
      spin.start();
    }
    try {
      long[] t = new long[runs];
      float[][] previous = null;
      for (int i = 0; i < runs + 50; i++) {
        float[][] batch = new float[digits][];
        for (int d = 0; d < digits; d++) {
          batch[d] = previous != null && d < kept ? previous[d] : unique(inputs.get((i * digits + d) % inputs.size()), serial);
        }
        previous = batch;
        long t0 = System.nanoTime();
        long seq = t0; // grows from run to run, as reading numbers do
        worker.request(seq, batch);
        if (worker.await(seq, 10_000) == null) {
          throw new IllegalStateException("no saliency within 10 s");
        }
        if (i >= 50) {
          t[i - 50] = System.nanoTime() - t0;
        }
      }
      return t;
    } finally {
      stop.set(true);
      if (load) {
        reading.join();
        spin.join();
      }
    }
  }

  /**
   * A copy of {@code input} no earlier request had: its top-left pixel set to a value never used
   * before, a few billionths at most (the corner of the recipe's field is background).
   */
  private static float[] unique(float[] input, long[] serial) {
    float[] u = input.clone();
    u[0] = ++serial[0] * 1e-9f;
    return u;
  }

  private static double ms(long[] nanos, double q) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.floor(q * s.length))] / 1e6;
  }
}
