package dev.digitarcade.engine.gl;

import dev.digitarcade.engine.EngineException;

/** An OpenGL object could not be created or used. */
public class GlException extends EngineException {
  private static final long serialVersionUID = 1L;

  public GlException(String message) {
    super(message);
  }
}
