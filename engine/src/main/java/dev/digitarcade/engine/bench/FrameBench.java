package dev.digitarcade.engine.bench;

import static org.lwjgl.opengl.GL33C.GL_RENDERER;
import static org.lwjgl.opengl.GL33C.GL_VERSION;
import static org.lwjgl.opengl.GL33C.glGetString;

import com.sun.management.OperatingSystemMXBean;
import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.app.Engine;
import dev.digitarcade.engine.app.EngineConfig;
import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.app.RunOptions;
import dev.digitarcade.engine.app.RunReport;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.loop.FrameStats;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.softgl.SoftGl;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Headless frame-time benchmark: a 280x280 canvas stroked every update (a continuous curve, 4
 * samples per step, cleared every 2 s), shown at 2x, ten labelled probability bars, a 28x28
 * preview, text, and the frame-stats overlay; the canvas is read back every update that changed
 * it. Runs in simulated time as fast as it can; the first frames (shader compilation in llvmpipe)
 * are excluded. Prints p50/p99 frame time and the cost of the read-back. {@code
 * -Ddigitarcade.softgl=off} measures the same scene without the software-GL shortcuts.
 *
 * <p>Usage: {@code FrameBench [--frames N] [--warmup N] [--readback sync|none]
 * [--size WxH] [--screenshot PNG]}
 */
public final class FrameBench {
  private FrameBench() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    int frames = 1200;
    int warmup = 180;
    String readback = "sync";
    int w = 960;
    int h = 640;
    Path shot = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--frames" -> frames = Integer.parseInt(args[++i]);
          case "--warmup" -> warmup = Integer.parseInt(args[++i]);
          case "--readback" -> readback = args[++i];
          case "--screenshot" -> shot = Path.of(args[++i]);
          case "--size" -> {
            String[] p = args[++i].split("x");
            w = Integer.parseInt(p[0]);
            h = Integer.parseInt(p[1]);
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (!readback.matches("sync|none") || frames < 10 || warmup < 0) {
        throw new IllegalArgumentException("--readback sync|none, --frames >= 10, --warmup >= 0");
      }
    } catch (RuntimeException e) {
      System.err.println("usage: FrameBench [--frames N] [--warmup N] [--readback sync|none] [--size WxH] "
          + "[--screenshot PNG] (" + e.getMessage() + ")");
      return 64;
    }
    EngineConfig config = EngineConfig.builder("frame bench").headless(true).simulated()
        .size(w, h).showStats(true).build();
    String loadBefore = loadAverage();
    try (Engine engine = Engine.create(config)) {
      BenchScreen screen = new BenchScreen(engine.context(), readback, warmup, frames);
      RunOptions options = RunOptions.untilQuit().exitAfter((warmup + frames) / 60.0);
      if (shot != null) {
        options = options.screenshot(shot);
      }
      RunReport report = engine.run(screen, options);
      long[] ft = screen.frameNanos();
      Arrays.sort(ft);
      System.out.printf(Locale.ROOT, "GL: %s; software-GL shortcuts %s; %d cores; load average before: %s, after: %s%n",
          screen.renderer, config.softGl() ? "on" : "off (-D" + SoftGl.PROPERTY + "=off)",
          Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
      System.out.printf(Locale.ROOT,
          "frame time, %dx%d headless, canvas %dx%d + strokes + text + bars + overlay, read-back %s, %d frames after %d warm-up:%n"
              + "  p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%.0f fps if uncapped)%n",
          w, h, BenchScreen.SIZE, BenchScreen.SIZE, readback, ft.length, warmup,
          ms(FrameStats.percentile(ft, 0.5)), ms(FrameStats.percentile(ft, 0.99)), ms(ft[ft.length - 1]),
          1e9 / Math.max(1, FrameStats.percentile(ft, 0.5)));
      if (screen.cpuStart >= 0 && ft.length > 1) {
        System.out.printf(Locale.ROOT, "  CPU time per frame (all threads, less sensitive to other load): %.2f ms%n",
            (screen.cpuEnd - screen.cpuStart) / 1e6 / (ft.length - 1));
      }
      if (!readback.equals("none")) {
        long[] rb = screen.readNanos();
        Arrays.sort(rb);
        System.out.printf(Locale.ROOT, "canvas read-back (%s, %d reads, incl. finishing that frame's strokes):%n"
                + "  p50 %.3f ms  p99 %.3f ms  max %.3f ms%n",
            readback, rb.length, ms(FrameStats.percentile(rb, 0.5)), ms(FrameStats.percentile(rb, 0.99)),
            ms(rb.length == 0 ? 0 : rb[rb.length - 1]));
      }
      long[] a = screen.isolated[0];
      long[] b = screen.isolated[1];
      Arrays.sort(a);
      Arrays.sort(b);
      System.out.printf(Locale.ROOT, "canvas read-back outside a frame (%d each): one new segment + readGray p50 %.3f ms "
              + "p99 %.3f ms; readGray of an unchanged canvas p50 %.3f ms p99 %.3f ms%n", a.length,
          ms(FrameStats.percentile(a, 0.5)), ms(FrameStats.percentile(a, 0.99)),
          ms(FrameStats.percentile(b, 0.5)), ms(FrameStats.percentile(b, 0.99)));
      System.out.printf(Locale.ROOT, "run: %s, %d frames, engine overlay p50 %.2f ms p99 %.2f ms%n",
          report.reason(), report.frames(), report.stats().p50Ms(), report.stats().p99Ms());
      return 0;
    } catch (EngineException e) {
      System.err.println(e.getMessage());
      return e.exitCode();
    }
  }

  /** CPU time of the whole process (all threads, llvmpipe's included), or -1. */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() : -1;
  }

  /** The 1-minute load average (Linux), so a figure taken on a busy machine says so. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** The benchmark scene. */
  private static final class BenchScreen implements Screen {
    static final int SIZE = 280;
    static final int SHOWN = 500;
    private static final Color TEXT = Color.rgb(0xE8ECF2);
    private static final Color TRACK = Color.rgb(0x2A2F3A);
    private static final Color BAR = Color.rgb(0x4EA1FF);
    private final EngineContext ctx;
    private final String readback;
    private final int warmup;
    private final BrushCanvas canvas;
    private final UiImage preview;
    private final byte[] pixels = new byte[SIZE * SIZE];
    private final byte[] small = new byte[28 * 28];
    private final float[] probs = new float[10];
    private final long[] frameNanos;
    private final long[] readNanos;
    private int frameCount;
    private int readCount;
    private long lastFrameStart;
    private long tick;
    private long seenVersion = -1;
    long cpuStart;
    long cpuEnd;
    String renderer = "";

    BenchScreen(EngineContext ctx, String readback, int warmup, int frames) {
      this.ctx = ctx;
      this.readback = readback;
      this.warmup = warmup;
      this.canvas = ctx.newCanvas(SIZE, SIZE);
      this.preview = ctx.newImage(28, 28, true);
      this.frameNanos = new long[frames + 2];
      this.readNanos = new long[frames * 2 + 4];
      renderer = glGetString(GL_RENDERER) + ", " + glGetString(GL_VERSION);
    }

    long[] frameNanos() {
      return Arrays.copyOf(frameNanos, Math.min(frameCount, frameNanos.length));
    }

    long[] readNanos() {
      return Arrays.copyOf(readNanos, Math.min(readCount, readNanos.length));
    }

    @Override
    public void update(double dt) {
      tick++;
      if (tick % 120 == 0) {
        canvas.clear();
        canvas.beginStroke(point(tick, 0)[0], point(tick, 0)[1]);
      }
      for (int k = 1; k <= 4; k++) {
        float[] p = point(tick, k);
        canvas.strokeTo(p[0], p[1]);
      }
      boolean measuring = tick > warmup;
      if (readback.equals("sync") && canvas.version() != seenVersion) {
        long t0 = System.nanoTime();
        seenVersion = canvas.readGray(pixels);
        long t1 = System.nanoTime();
        if (measuring && readCount < readNanos.length) {
          readNanos[readCount++] = t1 - t0;
        }
        consume();
      }
    }

    private static float[] point(long tick, int k) {
      double t = (tick * 4 + k) * 0.012;
      return new float[] {
          (float) (140 + 100 * Math.sin(3 * t + 0.3)), (float) (140 + 100 * Math.sin(2 * t))};
    }

    private void consume() {
      for (int by = 0; by < 28; by++) {
        for (int bx = 0; bx < 28; bx++) {
          int acc = 0;
          for (int y = 0; y < 10; y++) {
            int row = (by * 10 + y) * SIZE + bx * 10;
            for (int x = 0; x < 10; x++) {
              acc += pixels[row + x] & 0xFF;
            }
          }
          small[by * 28 + bx] = (byte) (acc / 100);
        }
      }
      preview.updateGray(small);
      for (int i = 0; i < 10; i++) {
        probs[i] = (float) (0.5 + 0.5 * Math.sin(tick * 0.05 + i));
      }
    }

    @Override
    public void render(double alpha) {
      long now = System.nanoTime();
      if (lastFrameStart != 0 && tick > warmup && frameCount < frameNanos.length) {
        if (frameCount == 0) {
          cpuStart = processCpuNanos();
        }
        frameNanos[frameCount++] = now - lastFrameStart;
        cpuEnd = processCpuNanos();
      }
      lastFrameStart = now;
      Ui ui = ctx.ui();
      TextStyle title = TextStyle.of(28f, TEXT).bold();
      TextStyle body = TextStyle.of(16f, TEXT);
      ui.text(30, 20, "Frame bench", title);
      ui.text(30, 60, "tick " + tick + "  strokes " + canvas.strokeCount(), body);
      // A ring around the canvas, not a filled rectangle under it: on llvmpipe every NanoVG pixel
      // costs about 20 ns of CPU, so overdraw is what a frame pays for.
      ui.strokeRoundedRect(24, 94, SHOWN + 12, SHOWN + 12, 8, 6, TRACK);
      ui.canvas(canvas, 30, 100, SHOWN, SHOWN);
      float x = SHOWN + 70;
      ui.panel(x, 100, 300, 500, 10, Color.rgb(0x232833), Color.rgb(0x3A4150));
      ui.image(preview, x + 20, 120, 112, 112, 1f);
      for (int i = 0; i < 10; i++) {
        float y = 260 + i * 32;
        ui.text(x + 20, y + 9, Integer.toString(i), body.align(TextStyle.HAlign.LEFT, TextStyle.VAlign.MIDDLE));
        ui.bar(x + 44, y, 200, 18, probs[i], TRACK, BAR);
        ui.text(x + 284, y + 9, String.format(Locale.ROOT, "%.0f%%", probs[i] * 100),
            body.size(13f).align(TextStyle.HAlign.RIGHT, TextStyle.VAlign.MIDDLE));
      }
    }

    /** Read-back outside any frame: one new segment then readGray, and readGray alone. */
    long[][] isolated = new long[2][];

    @Override
    public void close() {
      int n = 400;
      long[] withStroke = new long[n];
      long[] alone = new long[n];
      canvas.clear();
      canvas.beginStroke(20, 20);
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        canvas.strokeTo(20 + (i * 7) % 240, 20 + (i * 13) % 240);
        canvas.readGray(pixels);
        long t1 = System.nanoTime();
        canvas.readGray(pixels);
        long t2 = System.nanoTime();
        withStroke[i] = t1 - t0;
        alone[i] = t2 - t1;
      }
      isolated[0] = withStroke;
      isolated[1] = alone;
      preview.close();
      canvas.close();
    }
  }
}
