package dev.digitarcade.engine.gl;

import static org.lwjgl.opengl.GL43C.*;

import java.util.Locale;
import java.util.function.Consumer;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.opengl.GLDebugMessageCallback;
import org.lwjgl.opengl.KHRDebug;

/**
 * The driver's debug messages (GL 4.3 or {@code KHR_debug}), one line each, as they happen: a GL
 * error then names the call that raised it. Turned on by the engine's debug flag; messages are
 * delivered synchronously, on the thread that made the call, so they come in order with the
 * engine's own output. Notifications (the lowest severity) are left out. Mesa reports errors here
 * without a debug context.
 */
public final class GlDebugOutput implements AutoCloseable {
  private final boolean khr;
  private GLDebugMessageCallback callback;

  private GlDebugOutput(boolean khr, GLDebugMessageCallback callback) {
    this.khr = khr;
    this.callback = callback;
  }

  /**
   * Installs the callback on the current context, each message going to {@code sink} as one line.
   * Returns null (and says so to {@code sink}) when the driver offers neither GL 4.3 nor KHR_debug.
   */
  public static GlDebugOutput install(Consumer<String> sink) {
    GLCapabilities caps = GL.getCapabilities();
    if (!caps.OpenGL43 && !caps.GL_KHR_debug) {
      sink.accept("GL debug: the driver offers neither OpenGL 4.3 nor KHR_debug; no debug messages");
      return null;
    }
    GLDebugMessageCallback callback = GLDebugMessageCallback.create(
        (source, type, id, severity, length, message, user) ->
            sink.accept(line(source, type, id, severity, GLDebugMessageCallback.getMessage(length, message))));
    boolean khr = !caps.OpenGL43;
    if (khr) {
      KHRDebug.glDebugMessageCallback(callback, 0L);
      KHRDebug.glDebugMessageControl(GL_DONT_CARE, GL_DONT_CARE, GL_DEBUG_SEVERITY_NOTIFICATION, (int[]) null, false);
    } else {
      glDebugMessageCallback(callback, 0L);
      glDebugMessageControl(GL_DONT_CARE, GL_DONT_CARE, GL_DEBUG_SEVERITY_NOTIFICATION, (int[]) null, false);
    }
    glEnable(GL_DEBUG_OUTPUT);
    glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
    return new GlDebugOutput(khr, callback);
  }

  /** One message as one line: severity, type, source, id, text. */
  static String line(int source, int type, int id, int severity, String message) {
    return String.format(Locale.ROOT, "GL debug: %s %s from %s (id %d): %s", severityName(severity), typeName(type),
        sourceName(source), id, message.strip().replace('\n', ' '));
  }

  static String severityName(int severity) {
    return switch (severity) {
      case GL_DEBUG_SEVERITY_HIGH -> "high";
      case GL_DEBUG_SEVERITY_MEDIUM -> "medium";
      case GL_DEBUG_SEVERITY_LOW -> "low";
      case GL_DEBUG_SEVERITY_NOTIFICATION -> "note";
      default -> "severity 0x" + Integer.toHexString(severity);
    };
  }

  static String typeName(int type) {
    return switch (type) {
      case GL_DEBUG_TYPE_ERROR -> "error";
      case GL_DEBUG_TYPE_DEPRECATED_BEHAVIOR -> "deprecated behaviour";
      case GL_DEBUG_TYPE_UNDEFINED_BEHAVIOR -> "undefined behaviour";
      case GL_DEBUG_TYPE_PORTABILITY -> "portability";
      case GL_DEBUG_TYPE_PERFORMANCE -> "performance";
      case GL_DEBUG_TYPE_MARKER -> "marker";
      case GL_DEBUG_TYPE_PUSH_GROUP -> "push group";
      case GL_DEBUG_TYPE_POP_GROUP -> "pop group";
      case GL_DEBUG_TYPE_OTHER -> "other";
      default -> "type 0x" + Integer.toHexString(type);
    };
  }

  static String sourceName(int source) {
    return switch (source) {
      case GL_DEBUG_SOURCE_API -> "API";
      case GL_DEBUG_SOURCE_WINDOW_SYSTEM -> "window system";
      case GL_DEBUG_SOURCE_SHADER_COMPILER -> "shader compiler";
      case GL_DEBUG_SOURCE_THIRD_PARTY -> "third party";
      case GL_DEBUG_SOURCE_APPLICATION -> "application";
      case GL_DEBUG_SOURCE_OTHER -> "other";
      default -> "source 0x" + Integer.toHexString(source);
    };
  }

  /** Removes the callback from the context (still current) and frees it. Idempotent. */
  @Override
  public void close() {
    if (callback == null) {
      return;
    }
    glDisable(GL_DEBUG_OUTPUT);
    if (khr) {
      KHRDebug.glDebugMessageCallback(null, 0L);
    } else {
      glDebugMessageCallback(null, 0L);
    }
    callback.free();
    callback = null;
  }
}
