package dev.digitarcade.engine.app;

import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.loop.Clock;
import dev.digitarcade.engine.ui.Color;
import java.nio.file.Path;

/**
 * How to build an {@link Engine}.
 *
 * @param title window title
 * @param width initial window width in window coordinates
 * @param height initial window height
 * @param headless no window system: GLFW null platform + EGL (Mesa), same code path otherwise
 * @param vsync ask for vertical sync; if it turns out to do nothing, the frame cap applies
 * @param frameCap frames per second when vsync is off or ineffective (0 = uncapped)
 * @param time {@link TimeMode#REAL} follows the clock; {@link TimeMode#SIMULATED} advances loop
 *     time by exactly one 1/60 s step per frame and runs as fast as possible (tests, replays,
 *     benchmarks)
 * @param clock clock for {@link TimeMode#REAL} ({@code null} = the system clock)
 * @param assetsDir directory holding {@code fonts/} ({@code null} = search, see {@link Assets})
 * @param statsKey key that toggles the frame-statistics overlay
 * @param showStats whether the overlay starts visible
 * @param background clear colour of every frame
 */
public record EngineConfig(
    String title,
    int width,
    int height,
    boolean headless,
    boolean vsync,
    int frameCap,
    TimeMode time,
    Clock clock,
    Path assetsDir,
    int statsKey,
    boolean showStats,
    Color background) {

  /** How loop time advances. */
  public enum TimeMode {
    REAL,
    SIMULATED
  }

  public EngineConfig {
    if (title == null) {
      throw new IllegalArgumentException("title must not be null");
    }
    if (width <= 0 || height <= 0 || width > 16384 || height > 16384) {
      throw new IllegalArgumentException("window size must be 1..16384 per side, got " + width + "x" + height);
    }
    if (frameCap < 0) {
      throw new IllegalArgumentException("frame cap must be >= 0, got " + frameCap);
    }
    if (time == null) {
      throw new IllegalArgumentException("time mode must not be null");
    }
    if (background == null) {
      throw new IllegalArgumentException("background must not be null");
    }
  }

  /** A 960x640 window, vsync with a 60 fps cap fallback, real time, F3 toggles the stats. */
  public static EngineConfig defaults(String title) {
    return new EngineConfig(
        title, 960, 640, false, true, 60, TimeMode.REAL, null, null, Keys.F3, false, Color.rgb(0x1B1E24));
  }

  public EngineConfig withSize(int w, int h) {
    return new EngineConfig(title, w, h, headless, vsync, frameCap, time, clock, assetsDir, statsKey, showStats, background);
  }

  public EngineConfig withHeadless(boolean on) {
    return new EngineConfig(title, width, height, on, vsync, frameCap, time, clock, assetsDir, statsKey, showStats, background);
  }

  public EngineConfig withVsync(boolean on) {
    return new EngineConfig(title, width, height, headless, on, frameCap, time, clock, assetsDir, statsKey, showStats, background);
  }

  public EngineConfig withFrameCap(int fps) {
    return new EngineConfig(title, width, height, headless, vsync, fps, time, clock, assetsDir, statsKey, showStats, background);
  }

  public EngineConfig withTime(TimeMode mode) {
    return new EngineConfig(title, width, height, headless, vsync, frameCap, mode, clock, assetsDir, statsKey, showStats, background);
  }

  /** Simulated time: one 1/60 s step per frame, as fast as possible. */
  public EngineConfig simulated() {
    return withTime(TimeMode.SIMULATED);
  }

  public EngineConfig withClock(Clock c) {
    return new EngineConfig(title, width, height, headless, vsync, frameCap, time, c, assetsDir, statsKey, showStats, background);
  }

  public EngineConfig withAssetsDir(Path dir) {
    return new EngineConfig(title, width, height, headless, vsync, frameCap, time, clock, dir, statsKey, showStats, background);
  }

  public EngineConfig withStatsKey(int key) {
    return new EngineConfig(title, width, height, headless, vsync, frameCap, time, clock, assetsDir, key, showStats, background);
  }

  public EngineConfig withShowStats(boolean on) {
    return new EngineConfig(title, width, height, headless, vsync, frameCap, time, clock, assetsDir, statsKey, on, background);
  }

  public EngineConfig withBackground(Color c) {
    return new EngineConfig(title, width, height, headless, vsync, frameCap, time, clock, assetsDir, statsKey, showStats, c);
  }
}
