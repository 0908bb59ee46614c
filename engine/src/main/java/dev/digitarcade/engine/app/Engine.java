package dev.digitarcade.engine.app;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.NoDisplayException;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.gl.GlDebugOutput;
import dev.digitarcade.engine.input.InputBridge;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.InputQueue;
import dev.digitarcade.engine.input.InputRecorder;
import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.engine.input.InputReplay;
import dev.digitarcade.engine.loop.Clock;
import dev.digitarcade.engine.loop.FixedStepLoop;
import dev.digitarcade.engine.loop.FrameStats;
import dev.digitarcade.engine.loop.ManualClock;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.screen.ScreenStack;
import dev.digitarcade.engine.softgl.SoftGl;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.window.Glfw;
import dev.digitarcade.engine.window.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The engine: a window with a GL context, the fixed-step loop, input, UI drawing and screens.
 * {@link #create} opens everything; {@link #run} runs screens until they quit; {@link #close}
 * releases it all in reverse order.
 *
 * <p>One frame: poll window events (callbacks enqueue records) and due replay events; then, for
 * every whole 1/60 s step due, drain the queue in order into the top screen and update it; then
 * render with the interpolation alpha, draw the stats overlay, swap, and pace the frame.
 *
 * <p>The engine, its context and everything screens do with them (canvases, UI) belong to the
 * thread that created the engine: the GL context is current there. Other threads (a classifier
 * worker) get copies of pixels, never GL objects.
 *
 * <p>What the engine does for software GL (Mesa llvmpipe) is behind one switch, {@link
 * EngineConfig#softGl()} (see {@link SoftGl}); {@link EngineConfig#glDebug()} prints the driver's
 * debug messages on stderr.
 */
public final class Engine implements AutoCloseable {
  private static final int STATS_WINDOW = 600;

  private final EngineConfig config;
  private final Path assetsDir;
  private final SoftGl softGl;
  private final Clock clock;
  private final ManualClock simulatedClock;
  private final FixedStepLoop loop;
  private final InputQueue queue = new InputQueue();
  private FrameStats stats = new FrameStats(STATS_WINDOW);
  private final List<BrushCanvas> canvases = new ArrayList<>();
  private final EngineContext context = new EngineContext(this);
  private Glfw glfw;
  private Window window;
  private GlDebugOutput debugOutput;
  private Ui ui;
  private StatsOverlay overlay;
  private FrameSurface surface;
  private ScreenStack stack;
  private boolean quitRequested;
  private boolean statsVisible;
  private Path pendingScreenshot;
  private boolean running;
  private boolean closed;

  private Engine(EngineConfig config, Path assetsDir) {
    this.config = config;
    this.assetsDir = assetsDir;
    this.softGl = SoftGl.of(config.softGl());
    if (config.time() == EngineConfig.TimeMode.SIMULATED) {
      simulatedClock = new ManualClock();
      clock = simulatedClock;
    } else {
      simulatedClock = null;
      clock = config.clock() != null ? config.clock() : Clock.system();
    }
    loop = new FixedStepLoop(clock);
    statsVisible = config.showStats();
  }

  /**
   * Opens the window (or the headless surface) and the GL context.
   *
   * @throws NoDisplayException (exit code 2) when there is no display and headless is off
   * @throws EngineException for other setup failures (missing font, no GL 3.3)
   */
  public static Engine create(EngineConfig config) {
    return create(config, () -> { });
  }

  /**
   * As {@link #create(EngineConfig)}, running {@code beforeContext} on this thread once the
   * display is known to be there and before the GL driver is loaded. Native libraries that must
   * not load after the GL driver (another copy of LLVM, say) are loaded there, so their order is
   * the same on every launch. An exception it throws closes what was opened and propagates.
   */
  public static Engine create(EngineConfig config, Runnable beforeContext) {
    return create(config, System.getenv(), System.getProperty("os.name", ""), beforeContext);
  }

  /** As {@link #create(EngineConfig)} with an explicit environment (where DISPLAY is looked up). */
  public static Engine create(EngineConfig config, Map<String, String> environment) {
    return create(config, environment, System.getProperty("os.name", ""), () -> { });
  }

  static Engine create(EngineConfig config, Map<String, String> env, String osName, Runnable beforeContext) {
    Engine engine = new Engine(config, Assets.locate(config.assetsDir()));
    try {
      engine.open(env, osName, beforeContext);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    return engine;
  }

  private void open(Map<String, String> env, String osName, Runnable beforeContext) {
    MainThreadCheck.require(osName, env, ProcessHandle.current().pid()); // macOS: GLFW needs the first thread
    glfw = Glfw.init(config.headless(), env, osName); // the display check: loads no GL driver yet
    beforeContext.run();
    InputBridge bridge = new InputBridge(queue, loop::loopSeconds);
    window = new Window(glfw, config.title(), config.width(), config.height(), bridge);
    // Headless, nobody resizes the window (and GLFW's null platform shrinks it to the limit).
    if (!config.headless() && (config.minWidth() > 0 || config.minHeight() > 0)) {
      window.setMinimumSize(Math.max(1, config.minWidth()), Math.max(1, config.minHeight()));
    }
    if (config.glDebug()) {
      debugOutput = GlDebugOutput.install(System.err::println);
    }
    softGl.checkDriver();
    ui = new Ui(assetsDir.resolve("fonts"), softGl);
    overlay = new StatsOverlay();
    surface = new FrameSurface(window, config.headless(), softGl);
    if (softGl.warmUp()) {
      WarmUp.draw(window, ui, surface, softGl, config.background());
    }
  }

  public EngineContext context() {
    return context;
  }

  public EngineConfig config() {
    return config;
  }

  /** Runs {@code first} until a screen quits, the stack empties or the window closes. */
  public RunReport run(Screen first) {
    return run(first, RunOptions.untilQuit());
  }

  /**
   * Runs {@code first} (and whatever it pushes) until a screen quits, the stack empties, the window
   * closes or {@code options.exitAfterSeconds()} of loop time pass. Saves the last frame if asked.
   */
  public RunReport run(Screen first, RunOptions options) {
    checkOpen();
    if (running) {
      throw new IllegalStateException("the engine is already running");
    }
    InputReplay replay = null;
    if (options.replay() != null) {
      replay = new InputRecording().read(options.replay()).replay();
    }
    long exitTicks = options.exitAfterSeconds() > 0
        ? Math.max(1, Math.round(options.exitAfterSeconds() * 1e9 / loop.stepNanos()))
        : Long.MAX_VALUE;
    running = true;
    quitRequested = false;
    stats = new FrameStats(STATS_WINDOW);
    queue.drain(e -> {});
    stack = new ScreenStack(window.width(), window.height());
    FramePacer pacer = new FramePacer(config, window::swapInterval, simulatedClock != null);
    RunReport.StopReason reason = null;
    long frames = 0;
    try (InputRecorder recorder =
        options.record() == null ? null : new InputRecorder(options.record(), window.width(), window.height())) {
      stack.push(first);
      loop.start();
      FrameCallbacks callbacks = new FrameCallbacks(recorder, replay, exitTicks, options.stopRequested());
      while (reason == null) {
        long frameStart = System.nanoTime();
        window.pollEvents();
        if (replay != null) {
          replay.feed(loop.loopSeconds(), queue);
        }
        if (window.consumeResized()) {
          surface.resize();
          stack.resize(window.width(), window.height());
        }
        loop.frame(callbacks);
        frames++;
        reason = stopReason(exitTicks, options.stopRequested());
        if (reason != null && options.screenshot() != null) {
          pendingScreenshot = options.screenshot();
        }
        if (pendingScreenshot != null) {
          Path target = pendingScreenshot;
          pendingScreenshot = null;
          surface.saveScreenshot(target);
        }
        surface.present();
        long workEnd = System.nanoTime();
        if (simulatedClock != null) {
          simulatedClock.advanceNanos(loop.stepNanos());
        } else {
          pacer.pace(frameStart, workEnd);
        }
        stats.record(System.nanoTime(), workEnd - frameStart);
      }
    } finally {
      running = false;
      try {
        stack.close();
      } finally {
        stack = null;
      }
    }
    return new RunReport(reason, frames, loop.ticks(), loop.simulatedSeconds(), stats.snapshot());
  }

  private RunReport.StopReason stopReason(long exitTicks, BooleanSupplier stop) {
    if (stop.getAsBoolean()) {
      return RunReport.StopReason.SIGNAL;
    }
    if (quitRequested) {
      return RunReport.StopReason.QUIT;
    }
    if (stack.isEmpty()) {
      return RunReport.StopReason.NO_SCREENS;
    }
    if (window.shouldClose()) {
      return RunReport.StopReason.WINDOW_CLOSED;
    }
    if (loop.ticks() >= exitTicks) {
      return RunReport.StopReason.EXIT_AFTER;
    }
    return null;
  }

  private final class FrameCallbacks implements FixedStepLoop.Callbacks {
    private final InputRecorder recorder;
    private final InputReplay replay;
    private final long exitTicks;
    private final BooleanSupplier stop;

    FrameCallbacks(InputRecorder recorder, InputReplay replay, long exitTicks, BooleanSupplier stop) {
      this.recorder = recorder;
      this.replay = replay;
      this.exitTicks = exitTicks;
      this.stop = stop;
    }

    @Override
    public boolean running() {
      return !quitRequested && !stack.isEmpty() && loop.ticks() < exitTicks && !stop.getAsBoolean();
    }

    @Override
    public void update(double dt) {
      if (replay != null) {
        replay.feedTick(loop.ticks(), queue);
      }
      queue.drain(this::deliver);
      stack.update(dt);
    }

    private void deliver(InputEvent e) {
      if (recorder != null) {
        recorder.write(e, loop.ticks());
      }
      if (e instanceof InputEvent.Key k && k.isPress(config.statsKey())) {
        statsVisible = !statsVisible;
        return;
      }
      stack.handle(e);
    }

    @Override
    public void render(double alpha) {
      surface.clear(config.background());
      ui.beginFrame(window.width(), window.height(), window.pixelRatio());
      try {
        stack.render(alpha);
        if (statsVisible) {
          overlay.draw(ui, window.width(), stats);
        }
      } finally {
        ui.endFrame();
      }
    }
  }

  Window window() {
    checkOpen();
    return window;
  }

  Ui ui() {
    checkOpen();
    return ui;
  }

  ScreenStack screens() {
    if (stack == null) {
      throw new IllegalStateException("the screen stack exists only while the engine runs");
    }
    return stack;
  }

  void requestQuit() {
    quitRequested = true;
  }

  BrushCanvas newCanvas(int width, int height) {
    checkOpen();
    canvases.removeIf(BrushCanvas::isClosed);
    BrushCanvas c = new BrushCanvas(width, height, softGl);
    canvases.add(c);
    return c;
  }

  double loopTime() {
    return loop.simulatedSeconds();
  }

  long ticks() {
    return loop.ticks();
  }

  FrameStats.Snapshot frameStats() {
    return stats.snapshot();
  }

  boolean statsVisible() {
    return statsVisible;
  }

  void setStatsVisible(boolean visible) {
    statsVisible = visible;
  }

  void requestScreenshot(Path png) {
    pendingScreenshot = png;
  }

  Path assetsDir() {
    return assetsDir;
  }

  /** The input queue: for tests and tools that inject events. */
  public InputQueue inputQueue() {
    return queue;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the engine is closed");
    }
  }

  /** Closes canvases, the UI, the frame surface, the debug output, the window and GLFW, in that order. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException first = null;
    for (int i = canvases.size() - 1; i >= 0; i--) {
      first = closeStep(canvases.get(i)::close, first);
    }
    canvases.clear();
    if (ui != null) {
      first = closeStep(ui::close, first);
    }
    if (surface != null) {
      first = closeStep(surface::close, first);
    }
    if (debugOutput != null) {
      first = closeStep(debugOutput::close, first);
    }
    if (window != null) {
      first = closeStep(window::close, first);
    }
    if (glfw != null) {
      first = closeStep(glfw::close, first);
    }
    if (first != null) {
      throw first;
    }
  }

  private static RuntimeException closeStep(Runnable step, RuntimeException first) {
    try {
      step.run();
      return first;
    } catch (RuntimeException e) {
      return first == null ? e : first;
    }
  }
}
