package dev.digitarcade.engine.canvas;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.GlState;
import dev.digitarcade.engine.softgl.SoftGl;
import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * Reads a canvas framebuffer back into CPU memory: at once ({@link #readNow}), or asked for with
 * a fence and copied once the fence has passed ({@link #request}, {@link #poll}), which never
 * waits. Also keeps track of whether the canvas was drawn since GL last finished its work, for
 * the software-GL stale-read guard ({@link SoftGl#finishBeforeRead}).
 */
final class CanvasReadback implements AutoCloseable {
  private final int width;
  private final int height;
  private final SoftGl softGl;
  private final GlState saved = GlState.of(GlState.Part.READ_FRAMEBUFFER, GlState.Part.PIXEL_PACK);
  private ByteBuffer pixels;
  private boolean drawnSinceFinish;
  private long fence;
  private long fenceVersion;

  CanvasReadback(int width, int height, SoftGl softGl) {
    this.width = width;
    this.height = height;
    this.softGl = softGl;
    this.pixels = MemoryUtil.memAlloc(width * height);
  }

  /** The canvas was drawn into. */
  void drawn() {
    drawnSinceFinish = true;
  }

  /** Before anything reads or samples the canvas texture: see {@link SoftGl#finishBeforeRead}. */
  void sync() {
    if (drawnSinceFinish) {
      softGl.finishBeforeRead();
      drawnSinceFinish = false;
    }
  }

  /** Reads {@code framebuffer} now (row 0 = top); the pixels stay valid until the next read. */
  ByteBuffer readNow(int framebuffer) {
    sync();
    readPixels(framebuffer);
    return pixels;
  }

  /** Places a fence after everything drawn so far, for the pixels of {@code version}. */
  void request(long version) {
    if (fence != 0) {
      glDeleteSync(fence);
    }
    fence = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
    fenceVersion = version;
    glFlush();
  }

  /**
   * If the fence has passed, copies the pixels into {@code dst} and returns the version they were
   * requested at; otherwise -1 at once. {@code version} is the canvas's version now.
   */
  long poll(int framebuffer, long version, byte[] dst) {
    if (fence == 0) {
      return -1;
    }
    int r = glClientWaitSync(fence, GL_SYNC_FLUSH_COMMANDS_BIT, 0L);
    if (r != GL_ALREADY_SIGNALED && r != GL_CONDITION_SATISFIED) {
      return -1;
    }
    glDeleteSync(fence);
    fence = 0;
    if (version == fenceVersion) {
      drawnSinceFinish = false; // the fence covered every draw so far
    }
    // No finish: the fence has passed, so everything up to the requested version is in the
    // texture; later strokes may or may not be, and the older version returned says so.
    readPixels(framebuffer);
    pixels.get(0, dst, 0, width * height);
    return fenceVersion;
  }

  private void readPixels(int framebuffer) {
    try (GlState s = saved.save()) {
      glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
      glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
      glPixelStorei(GL_PACK_ALIGNMENT, 1);
      pixels.clear();
      glReadPixels(0, 0, width, height, GL_RED, GL_UNSIGNED_BYTE, pixels);
    }
  }

  @Override
  public void close() {
    if (fence != 0) {
      glDeleteSync(fence);
      fence = 0;
    }
    if (pixels != null) {
      MemoryUtil.memFree(pixels);
      pixels = null;
    }
  }
}
