package dev.digitarcade.model.natives;

import java.util.Optional;

/**
 * Sets environment variables of this process for the native libraries it loads later
 * (TensorFlow reads {@code TF_CPP_MIN_LOG_LEVEL} when it first logs). Java has no API for this;
 * on Linux and macOS the C library's {@code setenv} is called (see {@link Libc}). Call it first
 * thing in {@code main}, before other threads look at the environment.
 */
public final class NativeEnv {
  private NativeEnv() {}

  /**
   * Sets {@code name} to {@code value} unless the user set it already.
   *
   * @return whether the variable now has a value (false where this is not supported)
   */
  public static boolean setIfUnset(String name, String value) {
    if (System.getenv(name) != null) {
      return true;
    }
    Optional<Libc> libc = Libc.open();
    if (libc.isEmpty()) {
      return false;
    }
    try (Libc c = libc.get()) {
      return c.setenvIfUnset(name, value);
    } catch (RuntimeException | LinkageError e) {
      return false; // Only log noise is at stake.
    }
  }
}
