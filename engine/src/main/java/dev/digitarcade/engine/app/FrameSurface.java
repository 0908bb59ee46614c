package dev.digitarcade.engine.app;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.GlState;
import dev.digitarcade.engine.gl.Png;
import dev.digitarcade.engine.gl.RenderTarget;
import dev.digitarcade.engine.softgl.SoftGl;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.window.Window;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.lwjgl.system.MemoryUtil;

/**
 * What frames are drawn into: the window's back buffer, or, headless, an offscreen framebuffer at
 * the current framebuffer size (the null platform's EGL surface keeps its first size). Clears it
 * at the start of a frame, presents it at the end and reads it back for screenshots.
 */
final class FrameSurface implements AutoCloseable {
  private final Window window;
  private final boolean headless;
  private final SoftGl softGl;
  private final GlState saved = GlState.of(GlState.Part.READ_FRAMEBUFFER, GlState.Part.PIXEL_PACK);
  private RenderTarget offscreen;

  FrameSurface(Window window, boolean headless, SoftGl softGl) {
    this.window = window;
    this.headless = headless;
    this.softGl = softGl;
    resize();
  }

  /** Headless: (re)creates the offscreen framebuffer at the window's current framebuffer size. */
  void resize() {
    if (!headless) {
      return;
    }
    int w = window.framebufferWidth();
    int h = window.framebufferHeight();
    if (offscreen == null || offscreen.width() != w || offscreen.height() != h) {
      if (offscreen != null) {
        offscreen.close();
        offscreen = null;
      }
      offscreen = new RenderTarget(w, h);
    }
  }

  private int framebuffer() {
    return offscreen != null ? offscreen.id() : 0;
  }

  /** Binds the surface for drawing over its whole size and clears colour and stencil. */
  void clear(Color background) {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer());
    glViewport(0, 0, window.framebufferWidth(), window.framebufferHeight());
    glDisable(GL_SCISSOR_TEST);
    glColorMask(true, true, true, true);
    glStencilMask(0xFF);
    glClearColor(background.r(), background.g(), background.b(), 1f);
    glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
  }

  /** Shows the frame: swaps buffers (and, headless, waits for the frame: {@link SoftGl#finishHeadlessFrame}). */
  void present() {
    window.swapBuffers();
    if (headless) {
      softGl.finishHeadlessFrame();
    }
  }

  /** Saves the frame just drawn (before {@link #present}) as an RGB PNG. */
  void saveScreenshot(Path target) {
    int w = window.framebufferWidth();
    int h = window.framebufferHeight();
    Png.write(target, w, h, 3, readRgb(w, h));
  }

  /** Reads the frame just drawn as RGB bytes, row 0 = top. */
  byte[] readRgb(int w, int h) {
    ByteBuffer buf = MemoryUtil.memAlloc(w * h * 3);
    try {
      try (GlState s = saved.save()) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer());
        glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
        glReadBuffer(offscreen != null ? GL_COLOR_ATTACHMENT0 : GL_BACK);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        softGl.finishBeforeRead();
        glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, buf);
      }
      byte[] out = new byte[w * h * 3];
      buf.get(out);
      Png.flipRows(out, w, h, 3);
      return out;
    } finally {
      MemoryUtil.memFree(buf);
    }
  }

  @Override
  public void close() {
    if (offscreen != null) {
      offscreen.close();
      offscreen = null;
    }
  }
}
