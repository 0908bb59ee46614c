package dev.digitarcade.engine.app;

import dev.digitarcade.engine.EngineException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GLFW on macOS works only on the process's first thread, and the JVM runs {@code main} there only
 * when started with {@code -XstartOnFirstThread}. Its launcher then marks the process with the
 * variable {@code JAVA_STARTED_ON_FIRST_THREAD_<pid>=1} (the same mark LWJGL looks for before it
 * throws its own, longer error). Checked before GLFW is touched, so a user who double-clicks the
 * jar on a Mac reads one line saying how to start the game instead of a stack trace.
 */
final class MainThreadCheck {
  /** The variable the JVM's macOS launcher sets for {@code -XstartOnFirstThread}, before the pid. */
  static final String MARK = "JAVA_STARTED_ON_FIRST_THREAD_";

  /** Exit code for a game started the wrong way: bad usage. */
  static final int EXIT_CODE = 2;

  private MainThreadCheck() {}

  /** Why a window cannot be opened from this process, or empty when it can. */
  static Optional<String> problem(String osName, Map<String, String> env, long pid) {
    String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    boolean mac = os.contains("mac") || os.contains("darwin");
    if (!mac || "1".equals(env.get(MARK + pid))) {
      return Optional.empty();
    }
    return Optional.of("on macOS the game must run on the first thread: start it with"
        + " java -XstartOnFirstThread (the digit-arcade.command launcher does)");
  }

  /**
   * Throws an {@link EngineException} with exit code {@value #EXIT_CODE} when {@link #problem}
   * finds one.
   */
  static void require(String osName, Map<String, String> env, long pid) {
    Optional<String> problem = problem(osName, env, pid);
    if (problem.isPresent()) {
      throw new NotOnFirstThread(problem.get());
    }
  }

  /** The game was started on macOS without {@code -XstartOnFirstThread}. */
  static final class NotOnFirstThread extends EngineException {
    private static final long serialVersionUID = 1L;

    NotOnFirstThread(String message) {
      super(message, EXIT_CODE, null);
    }
  }
}
