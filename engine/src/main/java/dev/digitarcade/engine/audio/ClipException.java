package dev.digitarcade.engine.audio;

import dev.digitarcade.engine.EngineException;

/** A sound file that cannot be used: the message names the file and what was expected. */
public final class ClipException extends EngineException {
  private static final long serialVersionUID = 1L;

  ClipException(String message) {
    super(message);
  }

  ClipException(String message, Throwable cause) {
    super(message, cause);
  }
}
