package dev.digitarcade.engine.softgl;

import static org.lwjgl.opengl.GL33C.GL_RENDERER;
import static org.lwjgl.opengl.GL33C.glFinish;
import static org.lwjgl.opengl.GL33C.glGetString;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The one switch for what the engine does because it runs on a software rasteriser (Mesa
 * llvmpipe, two cores, no GPU): the NanoVG shortcuts ({@link NanoVgShortcuts}), the warm-up frame
 * at start-up, and the {@code glFinish} calls that make llvmpipe's reads exact and its headless
 * frames cost what shown ones do. Off, the engine is plain GL and NanoVG as shipped: for
 * comparison, and for drivers that need none of it (a real GPU). On llvmpipe (Mesa 22.3) off also
 * means canvas reads can return stale pixels ({@code CanvasOnScreenTest} fails with it off), so
 * the engine says so in one line on stderr when it finds the switch off on a software rasteriser.
 *
 * <p>On by default; {@code -D}{@value #PROPERTY}{@code =off} turns it off for any program built
 * on the engine, and {@code EngineConfig.builder(...).softGl(false)} for one engine. Immutable;
 * the engine makes one and hands it to its UI and canvases.
 */
public final class SoftGl {
  /** System property that turns the switch off when set to {@code off} or {@code false}. */
  public static final String PROPERTY = "digitarcade.softgl";

  private final boolean enabled;
  private final Consumer<String> log;

  private SoftGl(boolean enabled, Consumer<String> log) {
    this.enabled = enabled;
    this.log = log;
  }

  /** On or off, reporting on stderr (one line when the lean shader could not be installed). */
  public static SoftGl of(boolean enabled) {
    return of(enabled, System.err::println);
  }

  /** On or off, reporting to {@code log} (one line per problem). */
  public static SoftGl of(boolean enabled, Consumer<String> log) {
    return new SoftGl(enabled, log);
  }

  /** Whether the switch is on unless a configuration says otherwise: the system property. */
  public static boolean enabledByDefault() {
    String v = System.getProperty(PROPERTY, "").strip().toLowerCase(Locale.ROOT);
    return !(v.equals("off") || v.equals("false"));
  }

  public boolean enabled() {
    return enabled;
  }

  /**
   * Once the GL context is current: when the switch is off on a software rasteriser, says in one
   * line that canvas reads may be stale there. Returns whether it said so.
   */
  public boolean checkDriver() {
    String renderer = String.valueOf(glGetString(GL_RENDERER));
    if (enabled || !softwareRenderer(renderer)) {
      return false;
    }
    log.accept("engine: software-GL shortcuts off on " + renderer.split(" \\(")[0]
        + ": frames cost more and canvas reads may return stale pixels (for comparison only)");
    return true;
  }

  /** Whether the GL_RENDERER string names one of Mesa's software rasterisers. */
  static boolean softwareRenderer(String renderer) {
    String r = renderer.toLowerCase(Locale.ROOT);
    return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("software rasterizer");
  }

  /**
   * The NanoVG shortcuts for the NanoVG context {@code vg} on the current GL context: when on, the
   * lean fragment shader is linked into NanoVG's program (a line goes to the log when it cannot
   * be) and large plain fills and textures get their own small shaders. Off, every call says
   * "draw it with NanoVG". The caller (the UI) closes it before deleting {@code vg}.
   */
  public NanoVgShortcuts nanoVg(long vg) {
    return enabled ? NanoVgShortcuts.installed(vg, log) : NanoVgShortcuts.none();
  }

  /**
   * Before reading pixels (or sampling a texture) drawn since the last wait: GL orders this
   * implicitly, but llvmpipe (Mesa 22.3) was seen to return stale canvas pixels after the texture
   * had been sampled in the previous frame. Waits for all GL work when on; nothing when off.
   */
  public void finishBeforeRead() {
    if (enabled) {
      glFinish();
    }
  }

  /**
   * At the end of a headless frame: a headless (pbuffer) swap presents nothing, so llvmpipe may
   * defer or even drop the frame's rasterisation; waiting for it makes a headless frame cost what
   * a shown one does. Nothing when off.
   */
  public void finishHeadlessFrame() {
    if (enabled) {
      glFinish();
    }
  }

  /**
   * Whether the engine draws one throwaway frame with every kind of drawing at start-up, so that
   * llvmpipe compiles its shader variants (about 30 ms with Mesa's shader cache warm) before the
   * first frame a user sees instead of during it.
   */
  public boolean warmUp() {
    return enabled;
  }

  @Override
  public String toString() {
    return enabled ? "software-GL shortcuts on" : "software-GL shortcuts off";
  }
}
