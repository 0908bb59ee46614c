package dev.digitarcade.engine.app;

import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.loop.FrameStats;
import dev.digitarcade.engine.screen.ScreenStack;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import java.nio.file.Path;

/**
 * What a screen may use, handed to it explicitly (usually in its constructor). Valid while the
 * engine is open; {@link #screens()} only during {@link Engine#run}.
 */
public final class EngineContext {
  private final Engine engine;

  EngineContext(Engine engine) {
    this.engine = engine;
  }

  /** Window width in window coordinates: the space of cursor positions and of UI drawing. */
  public int windowWidth() {
    return engine.window().width();
  }

  public int windowHeight() {
    return engine.window().height();
  }

  /** Default framebuffer width in pixels (larger than the window width on HiDPI screens). */
  public int framebufferWidth() {
    return engine.window().framebufferWidth();
  }

  public int framebufferHeight() {
    return engine.window().framebufferHeight();
  }

  /** Framebuffer pixels per window unit. */
  public float pixelRatio() {
    return engine.window().pixelRatio();
  }

  public boolean headless() {
    return engine.config().headless();
  }

  /** The UI drawer; draw with it inside {@code render}. */
  public Ui ui() {
    return engine.ui();
  }

  /** The screen stack of the current run: push, pop, replace. */
  public ScreenStack screens() {
    return engine.screens();
  }

  /** Ends the run after the current frame. */
  public void quit() {
    engine.requestQuit();
  }

  /**
   * A new brush canvas on the engine's GL context. The caller owns it (close it in the screen's
   * close); the engine closes any left open when it closes.
   */
  public BrushCanvas newCanvas(int width, int height) {
    return engine.newCanvas(width, height);
  }

  /** A CPU-updatable image for the UI (e.g. the 28x28 model input); nearest = crisp pixels. */
  public UiImage newImage(int width, int height, boolean nearest) {
    return engine.ui().createImage(width, height, nearest);
  }

  /** Simulated loop time in seconds: number of updates so far times 1/60. */
  public double loopTime() {
    return engine.loopTime();
  }

  /** Updates since the run started. */
  public long ticks() {
    return engine.ticks();
  }

  public FrameStats.Snapshot frameStats() {
    return engine.frameStats();
  }

  public boolean statsVisible() {
    return engine.statsVisible();
  }

  public void setStatsVisible(boolean visible) {
    engine.setStatsVisible(visible);
  }

  /** Saves the current frame as a PNG once it is rendered (end of this frame). */
  public void requestScreenshot(Path png) {
    engine.requestScreenshot(png);
  }

  /** The assets directory the engine found (with {@code fonts/}). */
  public Path assetsDir() {
    return engine.assetsDir();
  }
}
