package dev.digitarcade.engine.window;

import static org.lwjgl.glfw.GLFW.*;
import static org.lwjgl.system.MemoryUtil.NULL;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.input.InputBridge;
import org.lwjgl.glfw.Callbacks;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL33C;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.MemoryStack;

/**
 * A GLFW window with a current OpenGL 3.3+ core context. Tracks window size (the coordinates the
 * cursor reports) and framebuffer size (pixels; larger on HiDPI screens) separately. Input
 * callbacks only hand raw values to an {@link InputBridge}, which enqueues records.
 */
public final class Window implements AutoCloseable {
  private long handle;
  private GLCapabilities capabilities;
  private final boolean headless;
  private int width;
  private int height;
  private int framebufferWidth;
  private int framebufferHeight;
  private boolean resized;

  public Window(Glfw glfw, String title, int width, int height, InputBridge input) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("window size must be positive, got " + width + "x" + height);
    }
    this.headless = glfw.headless();
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_STENCIL_BITS, 8);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    if (headless) {
      glfwWindowHint(GLFW_CONTEXT_CREATION_API, GLFW_EGL_CONTEXT_API);
    }
    handle = glfwCreateWindow(width, height, title, NULL, NULL);
    if (handle == NULL) {
      throw new EngineException(
          "could not create a window with an OpenGL 3.3 core context"
              + (headless ? " (headless: EGL with Mesa is needed, e.g. packages libegl1 libegl-mesa0 libgl1-mesa-dri)" : "")
              + ": " + glfw.lastError());
    }
    try {
      glfwMakeContextCurrent(handle);
      capabilities = GL.createCapabilities();
      if (!capabilities.OpenGL33) {
        throw new EngineException("OpenGL 3.3 is required, the driver offers " + GL33C.glGetString(GL33C.GL_VERSION));
      }
      try (MemoryStack stack = MemoryStack.stackPush()) {
        var w = stack.mallocInt(1);
        var h = stack.mallocInt(1);
        glfwGetWindowSize(handle, w, h);
        this.width = w.get(0);
        this.height = h.get(0);
        glfwGetFramebufferSize(handle, w, h);
        this.framebufferWidth = w.get(0);
        this.framebufferHeight = h.get(0);
      }
      glfwSetCursorPosCallback(handle, (win, x, y) -> input.cursor(x, y));
      glfwSetMouseButtonCallback(handle, (win, button, action, mods) -> input.mouseButton(button, action, mods));
      glfwSetKeyCallback(handle, (win, key, scancode, action, mods) -> input.key(key, scancode, action, mods));
      glfwSetCharCallback(handle, (win, codepoint) -> input.character(codepoint));
      glfwSetScrollCallback(handle, (win, dx, dy) -> input.scroll(dx, dy));
      glfwSetWindowSizeCallback(handle, (win, w, h) -> {
        this.width = w;
        this.height = h;
        resized = true;
      });
      glfwSetFramebufferSizeCallback(handle, (win, w, h) -> {
        this.framebufferWidth = w;
        this.framebufferHeight = h;
        resized = true;
      });
      if (!headless) {
        glfwShowWindow(handle);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  public boolean headless() {
    return headless;
  }

  /** Width in window coordinates (what the cursor reports and the UI draws in). */
  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Width in pixels of the default framebuffer. */
  public int framebufferWidth() {
    return framebufferWidth;
  }

  public int framebufferHeight() {
    return framebufferHeight;
  }

  /** Framebuffer pixels per window unit (2 on a typical HiDPI screen). */
  public float pixelRatio() {
    return width == 0 ? 1f : framebufferWidth / (float) width;
  }

  /** True once after the window or its framebuffer changed size. */
  public boolean consumeResized() {
    boolean r = resized;
    resized = false;
    return r;
  }

  /** Asks for vertical sync (1) or none (0). */
  public void swapInterval(int interval) {
    glfwSwapInterval(interval);
  }

  public void pollEvents() {
    glfwPollEvents();
  }

  public void swapBuffers() {
    glfwSwapBuffers(handle);
  }

  public boolean shouldClose() {
    return glfwWindowShouldClose(handle);
  }

  /** The smallest size the player can resize the window to, in window coordinates. */
  public void setMinimumSize(int w, int h) {
    glfwSetWindowSizeLimits(handle, w, h, GLFW_DONT_CARE, GLFW_DONT_CARE);
  }

  public void setTitle(String title) {
    glfwSetWindowTitle(handle, title);
  }

  public long handle() {
    return handle;
  }

  /** Frees callbacks, then destroys the window. Idempotent. */
  @Override
  public void close() {
    if (handle != NULL) {
      Callbacks.glfwFreeCallbacks(handle);
      glfwMakeContextCurrent(NULL);
      GL.setCapabilities(null);
      glfwDestroyWindow(handle);
      handle = NULL;
    }
  }
}
