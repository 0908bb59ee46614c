package dev.digitarcade.engine;

/**
 * A failure the user or the caller can act on, with a one-line message and the process exit code a
 * main should map it to. Mains print {@link #getMessage()} and exit with {@link #exitCode()}.
 */
public class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public EngineException(String message) {
    this(message, 1, null);
  }

  public EngineException(String message, Throwable cause) {
    this(message, 1, cause);
  }

  protected EngineException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
