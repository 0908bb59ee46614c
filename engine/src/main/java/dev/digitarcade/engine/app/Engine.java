package dev.digitarcade.engine.app;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.NoDisplayException;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.gl.Png;
import dev.digitarcade.engine.gl.RenderTarget;
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
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.window.Glfw;
import dev.digitarcade.engine.window.Window;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.lwjgl.system.MemoryUtil;

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
 */
public final class Engine implements AutoCloseable {
  private static final int STATS_WINDOW = 600;

  private final EngineConfig config;
  private final Path assetsDir;
  private final Clock clock;
  private final ManualClock simulatedClock;
  private final FixedStepLoop loop;
  private final InputQueue queue = new InputQueue();
  private FrameStats stats = new FrameStats(STATS_WINDOW);
  private final List<BrushCanvas> canvases = new ArrayList<>();
  private final EngineContext context = new EngineContext(this);
  private Glfw glfw;
  private Window window;
  private Ui ui;
  private StatsOverlay overlay;
  private RenderTarget offscreen;
  private ScreenStack stack;
  private boolean quitRequested;
  private boolean statsVisible;
  private Path pendingScreenshot;
  private boolean running;
  private boolean closed;

  private Engine(EngineConfig config, Path assetsDir) {
    this.config = config;
    this.assetsDir = assetsDir;
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
    glfw = Glfw.init(config.headless(), env, osName); // the display check: loads no GL driver yet
    beforeContext.run();
    InputBridge bridge = new InputBridge(queue, loop::loopSeconds);
    window = new Window(glfw, config.title(), config.width(), config.height(), bridge);
    ui = new Ui(assetsDir.resolve("fonts"));
    overlay = new StatsOverlay();
    syncOffscreen();
    warmUp();
  }

  /**
   * Draws one throwaway frame (never shown: the first real frame clears it) with every kind of
   * drawing the engine offers, so llvmpipe compiles its shader variants (NanoVG fills, strokes,
   * text and images, the fast fill, the textured quad, the brush's MAX/MIN blending and its
   * read-back) at start-up instead of in the first frames a user sees. Adds about 30 ms to
   * {@link #create} (Mesa's shader cache warm); the first frames then cost what later ones do.
   */
  private void warmUp() {
    int w = window.framebufferWidth();
    int h = window.framebufferHeight();
    try (BrushCanvas canvas = new BrushCanvas(56, 56);
        var image = ui.createImage(28, 28, true)) {
      canvas.beginStroke(8, 8);
      canvas.strokeTo(40, 40);
      canvas.endStroke();
      canvas.setEraser(true);
      canvas.beginStroke(40, 8);
      canvas.strokeTo(8, 40);
      canvas.endStroke();
      canvas.readGray(new byte[56 * 56]);
      image.updateGray(new byte[28 * 28]);
      clearScreen(w, h);
      float ww = window.width();
      ui.beginFrame(ww, window.height(), window.pixelRatio());
      try {
        Color c = Color.rgb(0x808080, 0.5f);
        ui.fillRect(0, 0, 20, 20, c);
        ui.fillRoundedRect(0, 0, Math.min(ww, 200), 200, 8, c);
        ui.strokeRoundedRect(0, 0, 100, 40, 8, 1f, c);
        ui.line(0, 0, 50, 50, 2f, c);
        ui.fillCircle(30, 30, 6, c);
        ui.strokeCircle(30, 30, 10, 1.5f, c);
        ui.text(10, 10, "Warm 0123456789%", TextStyle.of(14f, Color.WHITE));
        ui.text(10, 30, "Warm 0123456789%", TextStyle.of(14f, Color.WHITE).bold());
        ui.image(image, 0, 0, 56, 56, 1f);
        ui.canvas(canvas, 0, 0, 112, 112);
        ui.scissor(0, 0, 50, 50);
        ui.canvas(canvas, 0, 0, 112, 112);
        ui.resetScissor();
      } finally {
        ui.endFrame();
      }
      glFinish();
    }
    clearScreen(w, h);
  }

  private void clearScreen(int w, int h) {
    glBindFramebuffer(GL_FRAMEBUFFER, screenFramebuffer());
    glViewport(0, 0, w, h);
    glDisable(GL_SCISSOR_TEST);
    glColorMask(true, true, true, true);
    glStencilMask(0xFF);
    var bg = config.background();
    glClearColor(bg.r(), bg.g(), bg.b(), 1f);
    glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
  }

  /** Headless: (re)creates the offscreen screen at the current framebuffer size. */
  private void syncOffscreen() {
    if (!config.headless()) {
      return;
    }
    int w = window.framebufferWidth();
    int h = window.framebufferHeight();
    if (offscreen == null || offscreen.width() != w || offscreen.height() != h) {
      if (offscreen != null) {
        offscreen.close();
      }
      offscreen = new RenderTarget(w, h);
    }
  }

  /** The framebuffer frames are drawn into: the window's, or the offscreen one when headless. */
  private int screenFramebuffer() {
    return offscreen != null ? offscreen.id() : 0;
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
          syncOffscreen();
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
          saveScreenshot(target);
        }
        window.swapBuffers();
        if (config.headless()) {
          // A headless (pbuffer) swap presents nothing, so llvmpipe may defer or even drop the
          // frame's rasterization. Finishing here makes a headless frame cost what a shown one does.
          glFinish();
        }
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
      clearScreen(window.framebufferWidth(), window.framebufferHeight());
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

  private void saveScreenshot(Path target) {
    int w = window.framebufferWidth();
    int h = window.framebufferHeight();
    byte[] rgb = readFramebufferRgb(w, h);
    Png.write(target, w, h, 3, rgb);
  }

  /** Reads the frame just drawn (back buffer, or the headless target) as RGB bytes, row 0 = top. */
  byte[] readFramebufferRgb(int w, int h) {
    ByteBuffer buf = MemoryUtil.memAlloc(w * h * 3);
    try {
      int prevRead = glGetInteger(GL_READ_FRAMEBUFFER_BINDING);
      int prevPack = glGetInteger(GL_PIXEL_PACK_BUFFER_BINDING);
      glBindFramebuffer(GL_READ_FRAMEBUFFER, screenFramebuffer());
      glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
      glReadBuffer(offscreen != null ? GL_COLOR_ATTACHMENT0 : GL_BACK);
      glPixelStorei(GL_PACK_ALIGNMENT, 1);
      glFinish(); // see BrushCanvas.sync: llvmpipe reads can otherwise be stale

      glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, buf);
      glPixelStorei(GL_PACK_ALIGNMENT, 4);
      glBindBuffer(GL_PIXEL_PACK_BUFFER, prevPack);
      glBindFramebuffer(GL_READ_FRAMEBUFFER, prevRead);
      byte[] out = new byte[w * h * 3];
      buf.get(out);
      Png.flipRows(out, w, h, 3);
      return out;
    } finally {
      MemoryUtil.memFree(buf);
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
    BrushCanvas c = new BrushCanvas(width, height);
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

  /** Closes canvases, the UI, the window and GLFW, in that order. Idempotent. */
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
    if (offscreen != null) {
      first = closeStep(offscreen::close, first);
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
