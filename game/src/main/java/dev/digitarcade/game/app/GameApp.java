package dev.digitarcade.game.app;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.app.Engine;
import dev.digitarcade.engine.app.EngineConfig;
import dev.digitarcade.engine.app.RunOptions;
import dev.digitarcade.engine.app.RunReport;
import dev.digitarcade.game.live.LiveReader;
import dev.digitarcade.game.live.ShippedModel;
import dev.digitarcade.game.menu.MenuScreen;
import dev.digitarcade.game.scores.DataDirs;
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.classify.TensorFlowLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** One run of the game: engine, model reader, event stream, screens. */
public final class GameApp {

  /** Everything the command line decides. */
  public record Options(Path modelDir, MenuScreen.Mode start, long seed, int rounds, double roundSeconds,
                        boolean headless, boolean realTime, Path replay, Path record, double exitAfter, Path screenshot,
                        String events, Path scores, int width, int height, boolean stats) {}

  /** How long a headless (simulated-time) run waits for the model before it starts. */
  private static final long MODEL_WAIT_MS = 60_000;

  private final Options options;
  /** Orders the model event (worker thread) before the exit event (main thread), which is the last. */
  private final Object endLock = new Object();
  private boolean finished;
  private final PrintWriter out;
  private final PrintWriter err;

  public GameApp(Options options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  public int run() {
    EventLog events;
    try {
      events = openEvents();
    } catch (IOException e) {
      err.println("digit-arcade: cannot write events to " + options.events() + " (" + describe(e) + ")");
      return 2;
    }
    boolean simulated = (options.headless() || options.replay() != null) && !options.realTime();
    EngineConfig config = EngineConfig.builder("Digit Arcade")
        .size(options.width(), options.height())
        .headless(options.headless())
        .showStats(options.stats())
        .background(Theme.BACKGROUND)
        .time(simulated ? EngineConfig.TimeMode.SIMULATED : EngineConfig.TimeMode.REAL)
        .assetsDir(AppPaths.assets())
        .build();
    Path scoresFile = options.scores() != null ? options.scores() : DataDirs.userData().resolve("scores.json");

    long[] loadStart = {0};
    LiveReader reader = new LiveReader(ShippedModel.loader(options.modelDir()), ShippedModel.recipe(),
        status -> reportModel(events, status, loadStart[0]));
    try (events; reader) {
      // Once the display is known to be there, and before the GL driver loads: TensorFlow's native
      // library first (see TensorFlowLibrary), then the model starts loading in the background.
      Runnable beforeContext = () -> {
        loadStart[0] = System.currentTimeMillis();
        try {
          TensorFlowLibrary.load();
        } catch (ModelLoadException e) {
          // The reader's loader meets the same failure and reports it.
        }
        reader.start();
      };
      try (Engine engine = Engine.create(config, beforeContext)) {
        long windowUp = System.currentTimeMillis();
        Arcade arcade = new Arcade(engine.context(), reader, events, scoresFile,
            new Arcade.Settings(simulated, options.seed(), options.rounds(), options.roundSeconds()));
        if (simulated) {
          awaitModel(reader);
        }
        RunOptions run = RunOptions.untilQuit().exitAfter(options.exitAfter()).screenshot(options.screenshot())
            .replay(options.replay()).record(options.record());
        RunReport report = engine.run(new MenuScreen(arcade, options.start()), run);
        var exit = events.event("exit").put("reason", report.reason().name().toLowerCase(Locale.ROOT))
            .put("frames", report.frames()).put("loopSeconds", report.loopSeconds())
            .put("frameP50Ms", report.stats().p50Ms()).put("frameP99Ms", report.stats().p99Ms())
            .put("frameMaxMs", report.stats().maxMs()).put("fps", report.stats().fps())
            .put("windowUpMs", windowUp - jvmStart());
        if (reader.status() instanceof LiveReader.Status.Ready r) {
          exit.put("modelReadyMs", loadStart[0] - jvmStart() + r.loadNanos() / 1_000_000);
        }
        synchronized (endLock) {
          finished = true;
          events.emit(exit); // the last event: a model that loads after this is not reported
        }
        return 0;
      }
    } catch (EngineException e) {
      // No display (2), a missing or malformed recording, an unwritable screenshot (1).
      err.println("digit-arcade: " + e.getMessage());
      return e.exitCode();
    }
  }

  /** Tells the event stream (and, when it failed, stderr once) how loading the model ended. */
  private void reportModel(EventLog events, LiveReader.Status status, long loadStart) {
    synchronized (endLock) {
      if (!finished) {
        emitModel(events, status, loadStart);
      }
    }
  }

  private void emitModel(EventLog events, LiveReader.Status status, long loadStart) {
    if (status instanceof LiveReader.Status.Ready r) {
      events.emit(events.event("model").put("loaded", true).put("loadMs", r.loadNanos() / 1_000_000)
          .put("readyMs", loadStart - jvmStart() + r.loadNanos() / 1_000_000));
    } else if (status instanceof LiveReader.Status.Failed f) {
      events.emit(events.event("model").put("loaded", false).put("error", f.message()));
      err.println("digit-arcade: no model: " + f.message());
      err.flush();
    }
  }

  /** When this JVM started, in epoch milliseconds. */
  private static long jvmStart() {
    return ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  private static void awaitModel(LiveReader reader) {
    try {
      reader.awaitLoaded(MODEL_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An I/O failure in words: Java's messages for these are often only the path. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + e.getMessage();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + ": " + f.getFile();
    }
    return e.getMessage();
  }

  private EventLog openEvents() throws IOException {
    String e = options.events();
    if (e == null) {
      return EventLog.NONE;
    }
    return "-".equals(e) ? EventLog.to(out) : EventLog.toFile(Path.of(e));
  }
}
