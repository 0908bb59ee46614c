package dev.digitarcade.engine.app;

import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.loop.Clock;
import dev.digitarcade.engine.softgl.SoftGl;
import dev.digitarcade.engine.ui.Color;
import java.nio.file.Path;

/**
 * How to build an {@link Engine}; made with {@link #builder(String)}:
 *
 * <pre>{@code
 * EngineConfig config = EngineConfig.builder("Digit Arcade").size(1120, 720).headless(true).build();
 * }</pre>
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
 * @param assetsDir directory holding {@code fonts/} ({@code null} = the system property, see
 *     {@link Assets})
 * @param statsKey key that toggles the frame-statistics overlay
 * @param showStats whether the overlay starts visible
 * @param background clear colour of every frame
 * @param softGl the software-GL shortcuts and work-arounds (see {@link SoftGl}); off = plain GL
 *     and NanoVG as shipped
 * @param glDebug print the GL driver's debug messages (errors with the call that raised them) on
 *     stderr
 * @param minWidth the narrowest the player can make the window (0: no limit)
 * @param minHeight the lowest the player can make the window (0: no limit)
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
    Color background,
    boolean softGl,
    boolean glDebug,
    int minWidth,
    int minHeight) {

  /** System property that turns {@link #glDebug()} on by default when {@code true}. */
  public static final String GL_DEBUG_PROPERTY = "digitarcade.gl.debug";

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
    if (minWidth < 0 || minHeight < 0 || minWidth > width || minHeight > height) {
      throw new IllegalArgumentException("minimum window size must be 0.." + width + "x" + height + ", got "
          + minWidth + "x" + minHeight);
    }
  }

  /**
   * A builder starting from the defaults: a 960x640 window, vsync with a 60 fps cap fallback,
   * real time, F3 toggles the stats, the software-GL switch on and GL debug output off (unless
   * the system properties {@value SoftGl#PROPERTY} and {@value #GL_DEBUG_PROPERTY} say otherwise).
   */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** A builder holding this configuration, to change some of it. */
  public Builder toBuilder() {
    Builder b = new Builder(title);
    b.width = width;
    b.height = height;
    b.headless = headless;
    b.vsync = vsync;
    b.frameCap = frameCap;
    b.time = time;
    b.clock = clock;
    b.assetsDir = assetsDir;
    b.statsKey = statsKey;
    b.showStats = showStats;
    b.background = background;
    b.softGl = softGl;
    b.glDebug = glDebug;
    b.minWidth = minWidth;
    b.minHeight = minHeight;
    return b;
  }

  /** Collects the settings; {@link #build()} checks them. */
  public static final class Builder {
    private final String title;
    private int width = 960;
    private int height = 640;
    private boolean headless;
    private boolean vsync = true;
    private int frameCap = 60;
    private TimeMode time = TimeMode.REAL;
    private Clock clock;
    private Path assetsDir;
    private int statsKey = Keys.F3;
    private boolean showStats;
    private Color background = Color.rgb(0x1B1E24);
    private boolean softGl = SoftGl.enabledByDefault();
    private boolean glDebug = Boolean.getBoolean(GL_DEBUG_PROPERTY);
    private int minWidth;
    private int minHeight;

    private Builder(String title) {
      this.title = title;
    }

    /** The smallest size the player can resize the window to (0 x 0: no limit). */
    public Builder minSize(int w, int h) {
      minWidth = w;
      minHeight = h;
      return this;
    }

    /** Initial window size in window coordinates. */
    public Builder size(int w, int h) {
      width = w;
      height = h;
      return this;
    }

    public Builder headless(boolean on) {
      headless = on;
      return this;
    }

    public Builder vsync(boolean on) {
      vsync = on;
      return this;
    }

    /** Frames per second when vsync is off or does nothing (0 = uncapped). */
    public Builder frameCap(int fps) {
      frameCap = fps;
      return this;
    }

    public Builder time(TimeMode mode) {
      time = mode;
      return this;
    }

    /** Simulated time: one 1/60 s step per frame, as fast as possible. */
    public Builder simulated() {
      return time(TimeMode.SIMULATED);
    }

    /** The clock of real time ({@code null} = the system clock). */
    public Builder clock(Clock c) {
      clock = c;
      return this;
    }

    /** The directory holding {@code fonts/}. */
    public Builder assetsDir(Path dir) {
      assetsDir = dir;
      return this;
    }

    public Builder statsKey(int key) {
      statsKey = key;
      return this;
    }

    public Builder showStats(boolean on) {
      showStats = on;
      return this;
    }

    public Builder background(Color c) {
      background = c;
      return this;
    }

    /** The software-GL shortcuts and work-arounds (see {@link SoftGl}). */
    public Builder softGl(boolean on) {
      softGl = on;
      return this;
    }

    /** The GL driver's debug messages on stderr. */
    public Builder glDebug(boolean on) {
      glDebug = on;
      return this;
    }

    /** The configuration; IllegalArgumentException naming the first setting out of range. */
    public EngineConfig build() {
      return new EngineConfig(title, width, height, headless, vsync, frameCap, time, clock, assetsDir, statsKey,
          showStats, background, softGl, glDebug, minWidth, minHeight);
    }
  }
}
