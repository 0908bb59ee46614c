package dev.digitarcade.engine.gl;

import static org.lwjgl.opengl.GL33C.*;

/**
 * An offscreen colour (RGBA8) + depth/stencil framebuffer of a given size, used as the screen when
 * headless: the null platform's EGL surface keeps its first size, so a resized headless window
 * draws here instead, at the current framebuffer size.
 */
public final class RenderTarget implements AutoCloseable {
  private int fbo;
  private int color;
  private int depthStencil;
  private final int width;
  private final int height;

  public RenderTarget(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("render target size must be positive, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    int status;
    try (GlState s = GlState.of(GlState.Part.FRAMEBUFFERS, GlState.Part.RENDERBUFFER).save()) {
      color = glGenRenderbuffers();
      glBindRenderbuffer(GL_RENDERBUFFER, color);
      glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
      depthStencil = glGenRenderbuffers();
      glBindRenderbuffer(GL_RENDERBUFFER, depthStencil);
      glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, width, height);
      fbo = glGenFramebuffers();
      glBindFramebuffer(GL_FRAMEBUFFER, fbo);
      glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
      glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depthStencil);
      status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    }
    if (status != GL_FRAMEBUFFER_COMPLETE) {
      close();
      throw new FramebufferException(
          "offscreen " + width + "x" + height + " framebuffer is incomplete: " + Framebuffer.statusName(status), status);
    }
  }

  public int id() {
    if (fbo == 0) {
      throw new IllegalStateException("render target is closed");
    }
    return fbo;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  @Override
  public void close() {
    if (fbo != 0) {
      glDeleteFramebuffers(fbo);
      fbo = 0;
    }
    if (color != 0) {
      glDeleteRenderbuffers(color);
      color = 0;
    }
    if (depthStencil != 0) {
      glDeleteRenderbuffers(depthStencil);
      depthStencil = 0;
    }
  }
}
