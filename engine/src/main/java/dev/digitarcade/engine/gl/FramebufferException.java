package dev.digitarcade.engine.gl;

/** A framebuffer is not complete. */
public final class FramebufferException extends GlException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public FramebufferException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** The {@code glCheckFramebufferStatus} value. */
  public int status() {
    return status;
  }
}
