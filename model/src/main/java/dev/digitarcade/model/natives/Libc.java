package dev.digitarcade.model.natives;

import java.util.Locale;
import java.util.Optional;
import org.lwjgl.system.JNI;
import org.lwjgl.system.Library;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import org.lwjgl.system.SharedLibrary;

/**
 * The few C library calls Java has no API for (the process environment, file descriptor 2),
 * made through LWJGL's function-pointer calls. Linux and macOS only; elsewhere {@link #open()}
 * is empty.
 */
final class Libc implements AutoCloseable {

  static final int STDERR = 2;
  private static final int O_WRONLY = 1;

  private final SharedLibrary lib;
  private final long setenv;
  private final long dup;
  private final long dup2;
  private final long openFn;
  private final long closeFn;

  private Libc(SharedLibrary lib) {
    this.lib = lib;
    this.setenv = lib.getFunctionAddress("setenv");
    this.dup = lib.getFunctionAddress("dup");
    this.dup2 = lib.getFunctionAddress("dup2");
    this.openFn = lib.getFunctionAddress("open");
    this.closeFn = lib.getFunctionAddress("close");
  }

  /** The C library of this system, or empty where it cannot be reached. */
  static Optional<Libc> open() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String name = os.contains("linux") ? "libc.so.6" : os.contains("mac") ? "libSystem.B.dylib" : null;
    if (name == null) {
      return Optional.empty();
    }
    SharedLibrary lib;
    try {
      lib = Library.loadNative(Libc.class, "org.lwjgl", name);
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
    Libc libc = new Libc(lib);
    if (libc.setenv == 0L || libc.dup == 0L || libc.dup2 == 0L || libc.openFn == 0L || libc.closeFn == 0L) {
      libc.close();
      return Optional.empty();
    }
    return Optional.of(libc);
  }

  /** {@code setenv(name, value, 0)}: true if the variable now has a value. */
  boolean setenvIfUnset(String name, String value) {
    try (MemoryStack stack = MemoryStack.stackPush()) {
      return JNI.invokePPI(MemoryUtil.memAddress(stack.UTF8(name)), MemoryUtil.memAddress(stack.UTF8(value)), 0, setenv)
          == 0;
    }
  }

  /** {@code dup(fd)}: a new descriptor for the same file, or -1. */
  int dup(int fd) {
    return JNI.invokeI(fd, dup);
  }

  /** {@code dup2(from, to)}: 0 or more on success, -1 on failure. */
  int dup2(int from, int to) {
    return JNI.invokeI(from, to, dup2);
  }

  /** {@code open(path, O_WRONLY)}, or -1. */
  int openWriteOnly(String path) {
    try (MemoryStack stack = MemoryStack.stackPush()) {
      return JNI.invokePI(MemoryUtil.memAddress(stack.UTF8(path)), O_WRONLY, openFn);
    }
  }

  void closeFd(int fd) {
    if (fd >= 0) {
      JNI.invokeI(fd, closeFn);
    }
  }

  @Override
  public void close() {
    lib.free();
  }
}
