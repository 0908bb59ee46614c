package dev.digitarcade.training.data;

/** Training data is missing, corrupt or not what was expected. The message is one line. */
public final class DataException extends Exception {
  private static final long serialVersionUID = 1L;

  public DataException(String message) {
    super(message);
  }

  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
