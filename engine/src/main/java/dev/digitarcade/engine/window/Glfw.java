package dev.digitarcade.engine.window;

import static org.lwjgl.glfw.GLFW.*;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.NoDisplayException;
import java.util.Locale;
import java.util.Map;
import org.lwjgl.glfw.GLFWErrorCallback;

/**
 * GLFW initialised once for a window's lifetime: error callback first, {@code glfwInit} next,
 * {@code glfwTerminate} last. Headless uses GLFW's null platform, whose contexts come from EGL
 * (Mesa llvmpipe without a GPU), so no X server is needed.
 */
public final class Glfw implements AutoCloseable {
  /** The one line a user sees when there is nowhere to open a window. */
  public static final String NO_DISPLAY_HINT =
      "run headless (--headless) or under a virtual display (xvfb-run -a <command>)";

  private final boolean headless;
  private boolean preferX11;
  private GLFWErrorCallback errorCallback;
  private volatile String lastError = "";
  private boolean initialised;

  private Glfw(boolean headless) {
    this.headless = headless;
  }

  /**
   * Initialises GLFW.
   *
   * @param env the process environment (injected for tests)
   * @param osName the value of {@code os.name}
   * @throws NoDisplayException if not headless and there is no display
   */
  public static Glfw init(boolean headless, Map<String, String> env, String osName) {
    if (!headless && needsDisplayVariable(osName) && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
      throw new NoDisplayException("No display: neither DISPLAY nor WAYLAND_DISPLAY is set; " + NO_DISPLAY_HINT + ".");
    }
    Glfw glfw = new Glfw(headless);
    glfw.preferX11 = needsDisplayVariable(osName) && !blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))
        && glfwPlatformSupported(GLFW_PLATFORM_X11);
    try {
      glfw.start();
    } catch (RuntimeException e) {
      glfw.close();
      throw e;
    }
    return glfw;
  }

  private void start() {
    errorCallback = GLFWErrorCallback.create((code, description) -> lastError = GLFWErrorCallback.getDescription(description));
    glfwSetErrorCallback(errorCallback);
    if (headless) {
      glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_NULL);
    } else if (preferX11) {
      // An X display and no Wayland one: skip GLFW's Wayland probe (and its stderr noise).
      glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_X11);
    }
    if (!glfwInit()) {
      if (headless) {
        throw new EngineException("GLFW could not start its headless (null) platform: " + lastError);
      }
      throw new NoDisplayException("No display: GLFW could not open one (" + lastError + "); " + NO_DISPLAY_HINT + ".");
    }
    initialised = true;
  }

  public boolean headless() {
    return headless;
  }

  /** The description of the last GLFW error, or an empty string. */
  public String lastError() {
    return lastError;
  }

  static boolean needsDisplayVariable(String osName) {
    String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    return !(os.contains("win") || os.contains("mac") || os.contains("darwin"));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public void close() {
    if (initialised) {
      glfwTerminate();
      initialised = false;
    }
    if (errorCallback != null) {
      glfwSetErrorCallback(null);
      errorCallback.free();
      errorCallback = null;
    }
  }
}
