package dev.digitarcade.game.app;

import java.util.Locale;
import org.lwjgl.system.JNI;
import org.lwjgl.system.Library;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import org.lwjgl.system.SharedLibrary;

/**
 * Sets environment variables of this process for the native libraries it loads later
 * (TensorFlow reads {@code TF_CPP_MIN_LOG_LEVEL} when it first logs). Java has no API for
 * this; on Linux and macOS the C library's {@code setenv} is called through LWJGL. Must run
 * first thing in {@code main}, before other threads look at the environment.
 */
final class NativeEnv {
  private NativeEnv() {}

  /**
   * Sets {@code name} to {@code value} unless the user set it already.
   *
   * @return whether the variable now has a value (false where this is not supported)
   */
  static boolean setIfUnset(String name, String value) {
    if (System.getenv(name) != null) {
      return true;
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String libc = os.contains("linux") ? "libc.so.6" : os.contains("mac") ? "libSystem.B.dylib" : null;
    if (libc == null) {
      return false;
    }
    try (SharedLibrary lib = Library.loadNative(NativeEnv.class, "org.lwjgl", libc);
         MemoryStack stack = MemoryStack.stackPush()) {
      long setenv = lib.getFunctionAddress("setenv");
      if (setenv == 0L) {
        return false;
      }
      return JNI.invokePPI(MemoryUtil.memAddress(stack.UTF8(name)), MemoryUtil.memAddress(stack.UTF8(value)), 0, setenv) == 0;
    } catch (RuntimeException | LinkageError e) {
      return false; // Only log noise is at stake.
    }
  }
}
