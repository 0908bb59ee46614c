package dev.digitarcade.game.app;

import dev.digitarcade.game.bench.BenchCommand;
import dev.digitarcade.game.menu.MenuScreen;
import dev.digitarcade.game.predict.PredictCommand;
import dev.digitarcade.game.profile.cli.ExportCommand;
import dev.digitarcade.game.profile.cli.TeachCommand;
import dev.digitarcade.game.rules.ChallengeConfig;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.model.natives.TensorFlowStartup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code digit-arcade}: opens the game; {@code digit-arcade predict FILE...} reads images.
 * Exit codes: 0 fine, 1 failure while running, 2 bad usage or no display.
 */
@Command(name = "digit-arcade", mixinStandardHelpOptions = true, sortOptions = false,
    version = "Digit Arcade 0.1.0",
    description = {"Draw digits with the mouse; a neural network trained on MNIST reads them live.",
        "Without options the menu opens: Free draw, Challenge, High scores."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:closed normally", "1:failed while running", "2:bad usage, or no display (try --headless)"})
public final class Main implements Callable<Integer> {

  /** Screens the game can open in. */
  public enum StartMode { menu, free, challenge }

  @Option(names = "--mode", paramLabel = "MODE", description = "Screen to open: ${COMPLETION-CANDIDATES} (default: menu).")
  StartMode mode = StartMode.menu;

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: the model shipped with the app). A model is a"
      + " program: load only models you trust.")
  Path model;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for the challenge targets (repeatable runs).")
  Long seed;

  @Option(names = "--level", paramLabel = "LEVEL", description = "What the challenge asks for: digits (default),"
      + " numbers (two-digit numbers) or times (times-table questions; the answer is drawn).")
  String level = Level.DIGITS.wireName();

  @Option(names = "--rounds", paramLabel = "N", description = "Rounds per challenge, for this run (default: the"
      + " settings', at first " + ChallengeConfig.DEFAULT_ROUNDS + ").")
  Integer rounds;

  @Option(names = "--round-seconds", paramLabel = "S", description = "Seconds per round, for this run (default: the"
      + " settings', at first 20).")
  Double roundSeconds;

  @Option(names = "--mute", description = "Start with the sound off (M turns it on again).")
  boolean mute;

  @Option(names = "--check-layout", hidden = true, description = "Report text outside its card as layout events (tests).")
  boolean checkLayout;

  @Option(names = "--settings", paramLabel = "FILE", description = "Settings file (default: in the user's data directory).")
  Path settings;

  @Option(names = "--headless", description = "No window system: render offscreen (EGL). Loop time is simulated:"
      + " one 1/60 s step per frame, as fast as possible.")
  boolean headless;

  @Option(names = "--replay", paramLabel = "FILE", description = "Feed input from a recording (JSON lines).")
  Path replay;

  @Option(names = "--record", paramLabel = "FILE", description = "Record all input to a file (JSON lines).")
  Path record;

  @Option(names = "--exit-after", paramLabel = "SECONDS", description = "Quit after this much loop time.")
  double exitAfter;

  @Option(names = "--screenshot", paramLabel = "FILE", description = "Save the last frame as a PNG.")
  Path screenshot;

  @Option(names = "--events", paramLabel = "FILE", description = "Write JSON-lines events to FILE ('-' for stdout).")
  String events;

  @Option(names = "--scores", paramLabel = "FILE", description = "High-score file (default: in the user's data directory).")
  Path scores;

  @Option(names = "--profile", paramLabel = "DIR", description = "The player's handwriting profile (default: in the"
      + " user's data directory, beside the high scores).")
  Path profile;

  @Option(names = "--size", paramLabel = "WxH", description = "Window size (default: ${DEFAULT-VALUE}).")
  String size = "1120x720";

  @Option(names = "--real-time", description = "With --headless or --replay: follow the wall clock instead of"
      + " simulated time (for frame-time benchmarks).")
  boolean realTime;

  @Option(names = "--verbose", description = "Let TensorFlow print its informational lines on stderr.")
  boolean verbose;

  @Option(names = "--stats", description = "Show the frame statistics overlay from the start (F3 toggles it).")
  boolean stats;

  /** The longest --exit-after (a day): long enough for any soak, short enough to mean something. */
  static final double MAX_EXIT_AFTER = 86_400;

  private final PrintWriter out;
  private final PrintWriter err;

  Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    int[] wh = parseSize(size);
    if (wh == null) {
      err.println("digit-arcade: --size must look like 1120x720 (width x height, " + GameApp.MIN_WIDTH + "x"
          + GameApp.MIN_HEIGHT + " up to 8192x8192), got '" + size + "'");
      return 2;
    }
    if (replay != null && events != null && !"-".equals(events) && sameFile(replay, Path.of(events))) {
      err.println("digit-arcade: --events would overwrite the --replay recording " + replay + "; name another file");
      return 2;
    }
    Level challengeLevel = Level.named(level);
    if (challengeLevel == null) {
      err.println("digit-arcade: --level must be digits, numbers or times, got '" + level + "'");
      return 2;
    }
    if (rounds != null && (rounds < 1 || rounds > 100)) {
      err.println("digit-arcade: --rounds must be 1..100, got " + rounds);
      return 2;
    }
    if (roundSeconds != null && (!(roundSeconds > 0) || roundSeconds > 3600)) {
      err.println("digit-arcade: --round-seconds must be more than 0 and at most 3600, got " + roundSeconds);
      return 2;
    }
    if (!(exitAfter >= 0) || exitAfter > MAX_EXIT_AFTER) {
      err.println("digit-arcade: --exit-after must be a number of seconds from 0 to " + (long) MAX_EXIT_AFTER
          + ", got " + exitAfter);
      return 2;
    }
    MenuScreen.Mode start = switch (mode) {
      case free -> MenuScreen.Mode.FREE;
      case challenge -> MenuScreen.Mode.CHALLENGE;
      case menu -> null;
    };
    GameApp.Options.Builder options = GameApp.Options.builder().start(start).mute(mute).settings(settings)
        .checkLayout(checkLayout).level(challengeLevel).profile(profile)
        .headless(headless).realTime(realTime).replay(replay).record(record).exitAfter(exitAfter)
        .screenshot(screenshot).events(events).scores(scores).size(wh[0], wh[1]).stats(stats).verbose(verbose);
    if (model != null) {
      options.modelDir(model);
    }
    if (rounds != null) {
      options.rounds(rounds);
    }
    if (roundSeconds != null) {
      options.roundSeconds(roundSeconds);
    }
    if (seed != null) {
      options.seed(seed);
    }
    return new GameApp(options.build(), out, err).run();
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
          : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  static int[] parseSize(String s) {
    String[] parts = s.toLowerCase(java.util.Locale.ROOT).split("x");
    if (parts.length != 2) {
      return null;
    }
    try {
      int w = Integer.parseInt(parts[0].trim());
      int h = Integer.parseInt(parts[1].trim());
      return w >= GameApp.MIN_WIDTH && h >= GameApp.MIN_HEIGHT && w <= 8192 && h <= 8192 ? new int[] {w, h} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Runs the command line and returns the exit code; only {@link #main} exits. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main(out, err));
    cl.addSubcommand("predict", new PredictCommand(out, err));
    cl.addSubcommand("bench", new BenchCommand(out, err));
    cl.addSubcommand("teach", new TeachCommand(out, err));
    cl.addSubcommand("export", new ExportCommand(out, err));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("digit-arcade: " + ex.getMessage() + " (see --help)");
      err.flush();
      return 2;
    });
    cl.setExecutionStrategy(parsed -> {
      // predict and bench use TensorFlow without a window: it starts quietly first. The game
      // itself starts it later, after the display check (GameApp).
      if (parsed.subcommand() != null && !parsed.subcommand().isUsageHelpRequested()) {
        try {
          TensorFlowStartup.load(false, TensorFlowStartup.SINGLE_IMAGE);
        } catch (RuntimeException | LinkageError e) {
          err.println("digit-arcade: TensorFlow could not be loaded: " + e);
          return 3;
        }
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    System.exit(code);
  }
}
