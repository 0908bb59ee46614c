package dev.digitarcade.model.classify;

/**
 * A model directory could not be used: missing, unreadable, or its signature does not match
 * {@link dev.digitarcade.model.ModelContract}. The message is one line that names the directory
 * and says what was expected.
 */
public final class ModelLoadException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
