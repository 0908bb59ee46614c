package dev.digitarcade.engine.gl;

import static org.lwjgl.opengl.GL33C.*;

/** A framebuffer object rendering into one colour texture. Throws if GL reports it incomplete. */
public final class Framebuffer implements AutoCloseable {
  private int id;
  private final Texture2D color;

  /** Attaches {@code color} (not owned: the caller closes it after this). */
  public Framebuffer(Texture2D color) {
    this.color = color;
    int status;
    try (GlState s = GlState.of(GlState.Part.FRAMEBUFFERS).save()) {
      id = glGenFramebuffers();
      glBindFramebuffer(GL_FRAMEBUFFER, id);
      glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, color.id(), 0);
      status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    }
    if (status != GL_FRAMEBUFFER_COMPLETE) {
      glDeleteFramebuffers(id);
      id = 0;
      throw new FramebufferException(
          "framebuffer with a " + color.width() + "x" + color.height() + " " + color.format()
              + " texture is incomplete: " + statusName(status),
          status);
    }
  }

  public int id() {
    if (id == 0) {
      throw new IllegalStateException("framebuffer is closed");
    }
    return id;
  }

  public Texture2D color() {
    return color;
  }

  static String statusName(int status) {
    return switch (status) {
      case GL_FRAMEBUFFER_UNDEFINED -> "GL_FRAMEBUFFER_UNDEFINED";
      case GL_FRAMEBUFFER_INCOMPLETE_ATTACHMENT -> "GL_FRAMEBUFFER_INCOMPLETE_ATTACHMENT";
      case GL_FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT -> "GL_FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT";
      case GL_FRAMEBUFFER_INCOMPLETE_DRAW_BUFFER -> "GL_FRAMEBUFFER_INCOMPLETE_DRAW_BUFFER";
      case GL_FRAMEBUFFER_INCOMPLETE_READ_BUFFER -> "GL_FRAMEBUFFER_INCOMPLETE_READ_BUFFER";
      case GL_FRAMEBUFFER_UNSUPPORTED -> "GL_FRAMEBUFFER_UNSUPPORTED";
      case GL_FRAMEBUFFER_INCOMPLETE_MULTISAMPLE -> "GL_FRAMEBUFFER_INCOMPLETE_MULTISAMPLE";
      case GL_FRAMEBUFFER_INCOMPLETE_LAYER_TARGETS -> "GL_FRAMEBUFFER_INCOMPLETE_LAYER_TARGETS";
      default -> "status 0x" + Integer.toHexString(status);
    };
  }

  @Override
  public void close() {
    if (id != 0) {
      glDeleteFramebuffers(id);
      id = 0;
    }
  }
}
