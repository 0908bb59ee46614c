package dev.digitarcade.engine;

/** There is no display to open a window on and headless mode was not asked for. Exit code 2. */
public final class NoDisplayException extends EngineException {
  private static final long serialVersionUID = 1L;
  public static final int EXIT_CODE = 2;

  public NoDisplayException(String message) {
    super(message, EXIT_CODE, null);
  }
}
