package dev.digitarcade.engine.canvas;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.GlState;
import dev.digitarcade.engine.softgl.SoftGl;
import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * Reads a canvas framebuffer back into CPU memory ({@link #readNow}), and keeps track of whether
 * the canvas was drawn since GL last finished its work, for the software-GL stale-read guard
 * ({@link SoftGl#finishBeforeRead}).
 *
 * <p>There is no asynchronous (fenced) read-back: the game reads the canvas in the update after
 * it changed and hands it straight to the reader; a fence that is polled on a later update
 * would add a whole frame (16.7 ms) to every reading, against a budget of 2 ms from a canvas
 * change to its reading, to save about 0.05 ms of a synchronous read (measured in FrameBench:
 * read p50 0.08 ms synchronous, 0.04 ms fenced).
 */
final class CanvasReadback implements AutoCloseable {
  private final int width;
  private final int height;
  private final SoftGl softGl;
  private final GlState saved = GlState.of(GlState.Part.READ_FRAMEBUFFER, GlState.Part.PIXEL_PACK);
  private ByteBuffer pixels;
  private boolean drawnSinceFinish;

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
    if (pixels != null) {
      MemoryUtil.memFree(pixels);
      pixels = null;
    }
  }
}
