package dev.digitarcade.engine.demo;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.app.Engine;
import dev.digitarcade.engine.app.EngineConfig;
import dev.digitarcade.engine.app.RunOptions;
import dev.digitarcade.engine.app.RunReport;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.screen.Screen;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A small app on the engine alone: a sketch pad. {@code --headless} runs without a display;
 * {@code --exit-after S} stops after S seconds of loop time; {@code --simulated} advances loop time
 * by 1/60 s per frame as fast as possible; {@code --replay F} / {@code --record F} replay or
 * record input (JSON lines); {@code --screenshot P} saves the last frame; {@code --canvas-png P}
 * saves the canvas; {@code --size WxH}.
 */
public final class SketchDemo {
  public static final int EXIT_USAGE = 64;

  private SketchDemo() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the demo and returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  /** As {@link #run(String[], PrintStream, PrintStream)} with an explicit environment. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    EngineConfig.Builder config = EngineConfig.builder("Digit Arcade engine: sketch");
    RunOptions options = RunOptions.untilQuit();
    Path canvasPng = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--headless" -> config.headless(true);
          case "--simulated" -> config.simulated();
          case "--stats" -> config.showStats(true);
          case "--exit-after" -> options = options.exitAfter(seconds(value(args, ++i, a)));
          case "--screenshot" -> options = options.screenshot(Path.of(value(args, ++i, a)));
          case "--replay" -> options = options.replay(Path.of(value(args, ++i, a)));
          case "--record" -> options = options.record(Path.of(value(args, ++i, a)));
          case "--canvas-png" -> canvasPng = Path.of(value(args, ++i, a));
          case "--size" -> {
            String v = value(args, ++i, a);
            String[] p = v.toLowerCase(Locale.ROOT).split("x");
            try {
              config.size(Integer.parseInt(p[0]), Integer.parseInt(p[1])).build(); // checks the size now
            } catch (RuntimeException e) {
              throw new UsageException("--size: expected WIDTHxHEIGHT such as 960x640, got \"" + v + "\"");
            }
          }
          default -> throw new UsageException("unknown option \"" + a + "\" (options: --headless --simulated --stats "
              + "--exit-after S --screenshot PNG --replay JSONL --record JSONL --canvas-png PNG --size WxH)");
        }
      }
    } catch (UsageException e) {
      err.println(e.getMessage());
      return EXIT_USAGE;
    }
    try (Engine engine = Engine.create(config.build(), env)) {
      SketchScreen screen = new SketchScreen(engine.context());
      Path png = canvasPng;
      RunReport report = engine.run(new CanvasSaver(screen, png), options);
      out.printf(Locale.ROOT, "%s after %d frames, %.2f s loop time; frame p50 %.2f ms p99 %.2f ms%n",
          report.reason(), report.frames(), report.loopSeconds(), report.stats().p50Ms(), report.stats().p99Ms());
      return 0;
    } catch (EngineException e) {
      err.println(e.getMessage());
      return e.exitCode();
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + ": expected a value");
    }
    return args[i];
  }

  private static double seconds(String v) {
    try {
      double s = Double.parseDouble(v);
      if (s >= 0 && Double.isFinite(s)) {
        return s;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new UsageException("--exit-after: expected seconds >= 0, got \"" + v + "\"");
  }

  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Wraps the sketch screen to save its canvas when the run ends. */
  private static final class CanvasSaver implements Screen {
    private final SketchScreen inner;
    private final Path png;

    CanvasSaver(SketchScreen inner, Path png) {
      this.inner = inner;
      this.png = png;
    }

    @Override public void show() { inner.show(); }
    @Override public void hide() { inner.hide(); }
    @Override public void handle(InputEvent e) { inner.handle(e); }
    @Override public void update(double dt) { inner.update(dt); }
    @Override public void render(double alpha) { inner.render(alpha); }
    @Override public void resize(int w, int h) { inner.resize(w, h); }

    @Override
    public void close() {
      try {
        if (png != null) {
          inner.canvas().savePng(png);
        }
      } finally {
        inner.close();
      }
    }
  }
}
