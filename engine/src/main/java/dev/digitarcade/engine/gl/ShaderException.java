package dev.digitarcade.engine.gl;

/** A shader failed to compile or a program failed to link. The message carries the info log. */
public final class ShaderException extends GlException {
  private static final long serialVersionUID = 1L;
  private final String infoLog;

  public ShaderException(String message, String infoLog) {
    super(message + ":\n" + infoLog.strip());
    this.infoLog = infoLog;
  }

  public String infoLog() {
    return infoLog;
  }
}
