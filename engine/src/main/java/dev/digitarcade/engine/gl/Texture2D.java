package dev.digitarcade.engine.gl;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;

/** A 2D texture with immutable size and format. Row 0 in memory is the top of the image. */
public final class Texture2D implements AutoCloseable {
  /** Storage formats the engine uses. */
  public enum Format {
    /** One 8-bit channel, shown as grey (swizzled r,r,r,1). */
    R8(GL_R8, GL_RED, 1),
    RGBA8(GL_RGBA8, GL_RGBA, 4);

    final int internal;
    final int pixelFormat;
    public final int channels;

    Format(int internal, int pixelFormat, int channels) {
      this.internal = internal;
      this.pixelFormat = pixelFormat;
      this.channels = channels;
    }
  }

  private int id;
  private final int width;
  private final int height;
  private final Format format;

  public Texture2D(int width, int height, Format format, boolean linear) {
    this(width, height, format, format.internal, format.pixelFormat, linear);
  }

  /** Raw constructor: lets tests make a texture GL cannot render to. */
  Texture2D(int width, int height, Format format, int internal, int pixelFormat, boolean linear) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("texture size must be positive, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.format = format;
    try (GlState s = GlState.of(GlState.Part.TEXTURE_UNIT0).save()) {
      id = glGenTextures();
      glBindTexture(GL_TEXTURE_2D, id);
      int type = internal == GL_RGB9_E5 ? GL_UNSIGNED_INT_5_9_9_9_REV : GL_UNSIGNED_BYTE;
      glTexImage2D(GL_TEXTURE_2D, 0, internal, width, height, 0, pixelFormat, type, (ByteBuffer) null);
      int filter = linear ? GL_LINEAR : GL_NEAREST;
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
      if (format == Format.R8) {
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, new int[] {GL_RED, GL_RED, GL_RED, GL_ONE});
      }
    }
  }

  public int id() {
    if (id == 0) {
      throw new IllegalStateException("texture is closed");
    }
    return id;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public Format format() {
    return format;
  }

  @Override
  public void close() {
    if (id != 0) {
      glDeleteTextures(id);
      id = 0;
    }
  }
}
