package dev.digitarcade.game.app;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.app.Engine;
import dev.digitarcade.engine.app.EngineConfig;
import dev.digitarcade.engine.app.RunOptions;
import dev.digitarcade.engine.app.RunReport;
import dev.digitarcade.engine.app.ShutdownGuard;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.game.files.AppPaths;
import dev.digitarcade.game.files.DataDirs;
import dev.digitarcade.game.menu.MenuScreen;
import dev.digitarcade.game.profile.ProfileStore;
import dev.digitarcade.game.reading.DigitReader;
import dev.digitarcade.game.reading.LiveReader;
import dev.digitarcade.game.reading.ModelPipeline;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.session.EventLog;
import dev.digitarcade.game.settings.SettingsStore;
import dev.digitarcade.game.sound.Sounds;
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.model.natives.TensorFlowStartup;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/** One run of the game: engine, model reader, event stream, screens. */
public final class GameApp {

  /** Everything the command line decides. */
  public record Options(Path modelDir, MenuScreen.Mode start, long seed, OptionalInt rounds, OptionalDouble roundSeconds,
                        boolean headless, boolean realTime, Path replay, Path record, double exitAfter, Path screenshot,
                        String events, Path scores, int width, int height, boolean stats, boolean verbose,
                        Path settings, boolean mute, boolean checkLayout, Level level, Path profile) {

    /** Options with the defaults: the shipped model, the menu, a 1120x720 window, real time. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Options} one named setting at a time. */
    public static final class Builder {
      private Path modelDir = AppPaths.defaultModel();
      private MenuScreen.Mode start;
      private long seed = System.nanoTime();
      private OptionalInt rounds = OptionalInt.empty();
      private OptionalDouble roundSeconds = OptionalDouble.empty();
      private boolean headless;
      private boolean realTime;
      private Path replay;
      private Path record;
      private double exitAfter;
      private Path screenshot;
      private String events;
      private Path scores;
      private int width = 1120;
      private int height = 720;
      private boolean stats;
      private boolean verbose;
      private Path settings;
      private boolean mute;
      private boolean checkLayout;
      private Level level = Level.DIGITS;
      private Path profile;

      private Builder() {}

      /** The player's profile directory (null: the default, in the user's data directory). */
      public Builder profile(Path dir) {
        this.profile = dir;
        return this;
      }

      /** What a challenge asks for unless the player picks another level in the menu. */
      public Builder level(Level level) {
        this.level = level;
        return this;
      }

      public Builder modelDir(Path dir) {
        this.modelDir = dir;
        return this;
      }

      /** A screen to open straight away, or null for the menu. */
      public Builder start(MenuScreen.Mode mode) {
        this.start = mode;
        return this;
      }

      public Builder seed(long seed) {
        this.seed = seed;
        return this;
      }

      /** Rounds per challenge for this run, over the settings'. */
      public Builder rounds(int rounds) {
        this.rounds = OptionalInt.of(rounds);
        return this;
      }

      /** Seconds per round for this run, over the settings'. */
      public Builder roundSeconds(double seconds) {
        this.roundSeconds = OptionalDouble.of(seconds);
        return this;
      }

      /** The settings file (null: {@code settings.json} in the user's data directory). */
      public Builder settings(Path file) {
        this.settings = file;
        return this;
      }

      /** Measure the screens' text and cards and report what lies outside (tests). */
      public Builder checkLayout(boolean on) {
        this.checkLayout = on;
        return this;
      }

      /** Start muted, whatever the settings say. */
      public Builder mute(boolean on) {
        this.mute = on;
        return this;
      }

      public Builder headless(boolean on) {
        this.headless = on;
        return this;
      }

      public Builder realTime(boolean on) {
        this.realTime = on;
        return this;
      }

      public Builder replay(Path file) {
        this.replay = file;
        return this;
      }

      public Builder record(Path file) {
        this.record = file;
        return this;
      }

      public Builder exitAfter(double seconds) {
        this.exitAfter = seconds;
        return this;
      }

      public Builder screenshot(Path file) {
        this.screenshot = file;
        return this;
      }

      /** Where events go: a file, "-" for standard output, null for nowhere. */
      public Builder events(String target) {
        this.events = target;
        return this;
      }

      public Builder scores(Path file) {
        this.scores = file;
        return this;
      }

      public Builder size(int width, int height) {
        this.width = width;
        this.height = height;
        return this;
      }

      public Builder stats(boolean on) {
        this.stats = on;
        return this;
      }

      public Builder verbose(boolean on) {
        this.verbose = on;
        return this;
      }

      public Options build() {
        return new Options(modelDir, start, seed, rounds, roundSeconds, headless, realTime, replay, record, exitAfter,
            screenshot, events, scores, width, height, stats, verbose, settings, mute, checkLayout, level, profile);
      }
    }
  }

  /** The smallest window the layouts are made for. */
  public static final int MIN_WIDTH = 800;
  public static final int MIN_HEIGHT = 600;

  /** How long a headless (simulated-time) run waits for the model before it starts. */
  private static final long MODEL_WAIT_MS = 60_000;

  /** How long a signal waits for the run to finish its files before the JVM halts anyway. */
  private static final Duration SIGNAL_GRACE = Duration.ofSeconds(5);

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
      err.println("digit-arcade: cannot write events to " + options.events() + " (" + IoErrors.describe(e) + ")");
      return 2;
    }
    boolean simulated = (options.headless() || options.replay() != null) && !options.realTime();
    EngineConfig config = EngineConfig.builder("Digit Arcade")
        .size(options.width(), options.height())
        .minSize(Math.min(MIN_WIDTH, options.width()), Math.min(MIN_HEIGHT, options.height()))
        .headless(options.headless())
        .showStats(options.stats())
        .background(Theme.BACKGROUND)
        .time(simulated ? EngineConfig.TimeMode.SIMULATED : EngineConfig.TimeMode.REAL)
        .assetsDir(AppPaths.assets())
        .build();
    Path scoresFile = options.scores() != null ? options.scores() : DataDirs.userData().resolve("scores.json");
    SettingsStore settingsStore = options.settings() != null
        ? new SettingsStore(options.settings(), false, this::warn)
        : new SettingsStore(DataDirs.userData().resolve("settings.json"), true, this::warn);
    // Opening a sound device takes ~0.1-0.3 s: it happens while the window and the model come up.
    CompletableFuture<Sounds> opening = CompletableFuture.supplyAsync(
        () -> Sounds.open(AppPaths.assets().resolve("audio"), events::say, this::warn));

    List<String> profileWarnings = new ArrayList<>();
    ProfileStore profile = ProfileStore.open(options.profile() != null ? options.profile()
        : DataDirs.userData().resolve(ProfileStore.DEFAULT_NAME), profileWarnings::add);
    long[] loadStart = {0};
    LiveReader reader = new LiveReader(
        () -> ModelPipeline.load(options.modelDir(), ModelPipeline.Reads.NUMBERS, profile::current),
        status -> reportModel(events, status, loadStart[0]));
    // Ctrl-C, SIGTERM, SIGHUP: the loop stops, the recording and the event stream are finished.
    try (ShutdownGuard guard = ShutdownGuard.install(SIGNAL_GRACE); events; reader; Opening sound = new Opening(opening)) {
      // Once the display is known to be there, and before the GL driver loads: TensorFlow's native
      // library first, then the model starts loading in the background. TensorFlow carries its own
      // LLVM and so does Mesa's driver; with the driver loaded first, TensorFlow's graph optimiser
      // called into Mesa's LLVM and crashed (SIGSEGV in libLLVM). That was the very first launch on
      // a machine, when unpacking the natives made TensorFlow load late; the order is now fixed.
      Runnable beforeContext = () -> {
        loadStart[0] = System.currentTimeMillis();
        try {
          TensorFlowStartup.load(options.verbose(), TensorFlowStartup.SINGLE_IMAGE);
        } catch (RuntimeException | LinkageError e) {
          // The reader's loader meets the same failure and reports it.
        }
        reader.start();
      };
      try (Engine engine = Engine.create(config, beforeContext)) {
        long windowUp = System.currentTimeMillis();
        Sounds sounds = sound.get(); // opened while the window came up
        Arcade arcade = new Arcade(engine.context(), reader, events, scoresFile,
            new Arcade.Run(simulated, options.seed(), options.rounds(), options.roundSeconds(), options.mute(),
                options.checkLayout(), options.level()),
            settingsStore, sounds, ScreenFlow::new, err, profile);
        profileWarnings.forEach(arcade::notice);
        if (simulated) {
          awaitModel(reader, guard);
        }
        RunOptions run = RunOptions.untilQuit().exitAfter(options.exitAfter()).screenshot(options.screenshot())
            .replay(options.replay()).record(options.record()).stopWhen(guard::requested);
        RunReport report = engine.run(new ScreenFlow(arcade).zoomed(new MenuScreen(arcade, options.start())), run);
        var exit = events.event("exit").put("reason", report.reason().name().toLowerCase(Locale.ROOT))
            .put("frames", report.frames()).put("loopSeconds", report.loopSeconds())
            .put("frameP50Ms", report.stats().p50Ms()).put("frameP99Ms", report.stats().p99Ms())
            .put("frameMaxMs", report.stats().maxMs()).put("fps", report.stats().fps())
            .put("windowUpMs", windowUp - jvmStart());
        if (reader.status() instanceof DigitReader.Status.Ready r) {
          exit.put("modelReadyMs", loadStart[0] - jvmStart() + r.loadNanos() / 1_000_000);
        }
        synchronized (endLock) {
          finished = true;
          events.emit(exit); // the last event: a model that loads after this is not reported
        }
        if (events.failure() != null) {
          err.println("digit-arcade: " + events.failure());
          return 1;
        }
        return 0;
      }
    } catch (EngineException e) {
      // No display (2), a missing or malformed recording, an unwritable screenshot (1).
      err.println("digit-arcade: " + e.getMessage());
      return e.exitCode();
    }
  }

  /** The sound device being opened on another thread; closed with the run, whether or not it was used. */
  private record Opening(CompletableFuture<Sounds> future) implements AutoCloseable {
    Sounds get() {
      return future.join();
    }

    @Override
    public void close() {
      future.join().close();
    }
  }

  /** A warning line on stderr (audio, settings). */
  private void warn(String message) {
    synchronized (err) {
      err.println("digit-arcade: " + message);
      err.flush();
    }
  }

  /** Tells the event stream (and, when it failed, stderr once) how loading the model ended. */
  private void reportModel(EventLog events, DigitReader.Status status, long loadStart) {
    synchronized (endLock) {
      if (!finished) {
        emitModel(events, status, loadStart);
      }
    }
  }

  private void emitModel(EventLog events, DigitReader.Status status, long loadStart) {
    if (status instanceof DigitReader.Status.Ready r) {
      events.emit(events.event("model").put("loaded", true).put("loadMs", r.loadNanos() / 1_000_000)
          .put("readyMs", loadStart - jvmStart() + r.loadNanos() / 1_000_000));
    } else if (status instanceof DigitReader.Status.Failed f) {
      events.emit(events.event("model").put("loaded", false).put("error", f.message()));
      err.println("digit-arcade: no model: " + f.message());
      err.flush();
    }
  }

  /** When this JVM started, in epoch milliseconds. */
  private static long jvmStart() {
    return ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  private static void awaitModel(LiveReader reader, ShutdownGuard guard) {
    long deadline = System.nanoTime() + MODEL_WAIT_MS * 1_000_000L;
    try {
      while (!guard.requested() && System.nanoTime() < deadline
          && reader.awaitLoaded(50) instanceof DigitReader.Status.Loading) {
        // Wait in short slices so that a signal is noticed.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private EventLog openEvents() throws IOException {
    String e = options.events();
    if (e == null) {
      return EventLog.NONE;
    }
    return "-".equals(e) ? EventLog.to(out) : EventLog.toFile(Path.of(e));
  }
}
