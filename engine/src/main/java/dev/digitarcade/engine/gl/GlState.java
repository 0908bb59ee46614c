package dev.digitarcade.engine.gl;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import org.lwjgl.system.MemoryStack;

/**
 * Saves chosen parts of the GL state and puts them back: the one place where the engine reads
 * state with {@code glGet} before changing it. Each user names only the parts it changes (a
 * {@code glGet} costs 0.1-0.2 us on llvmpipe, so a draw that saved everything would pay for it),
 * keeps one instance and brackets its work:
 *
 * <pre>{@code
 * private final GlState saved = GlState.of(GlState.Part.PROGRAM, GlState.Part.VIEWPORT);
 * ...
 * try (GlState s = saved.save()) {
 *   // change the program and the viewport, draw
 * }
 * }</pre>
 *
 * <p>Saving allocates nothing. An instance holds one saved state at a time: saving it again before
 * it was restored is a programming error.
 */
public final class GlState implements AutoCloseable {
  /** What can be saved. */
  public enum Part {
    /** The program in use. */
    PROGRAM,
    /** The draw and the read framebuffer bindings. */
    FRAMEBUFFERS,
    /** The draw framebuffer binding. */
    DRAW_FRAMEBUFFER,
    /** The read framebuffer binding. */
    READ_FRAMEBUFFER,
    /** The renderbuffer binding. */
    RENDERBUFFER,
    /** The viewport rectangle. */
    VIEWPORT,
    /** Whether blending, the scissor, stencil and depth tests and face culling are enabled. */
    CAPABILITIES,
    /** The RGB and alpha blend equations. */
    BLEND_EQUATION,
    /** The colour write mask. */
    COLOR_MASK,
    /** The active texture unit and the 2D texture bound to unit 0; saving makes unit 0 active. */
    TEXTURE_UNIT0,
    /** The pixel pack buffer binding and the pack alignment. */
    PIXEL_PACK,
    /** The vertex array and the array buffer bindings. */
    VERTEX_ARRAY
  }

  private static final int[] CAPS = {GL_BLEND, GL_SCISSOR_TEST, GL_STENCIL_TEST, GL_DEPTH_TEST, GL_CULL_FACE};

  private final boolean program;
  private final boolean drawFramebuffer;
  private final boolean readFramebuffer;
  private final boolean renderbuffer;
  private final boolean viewport;
  private final boolean capabilities;
  private final boolean blendEquation;
  private final boolean colorMask;
  private final boolean textureUnit0;
  private final boolean pixelPack;
  private final boolean vertexArray;

  private boolean saved;
  private int programId;
  private int drawFbo;
  private int readFbo;
  private int renderbufferId;
  private final int[] viewportRect = new int[4];
  private final boolean[] enabled = new boolean[CAPS.length];
  private int equationRgb;
  private int equationAlpha;
  private final byte[] mask = new byte[4];
  private int activeTexture;
  private int texture0;
  private int packBuffer;
  private int packAlignment;
  private int vao;
  private int arrayBuffer;

  private GlState(Set<Part> parts) {
    boolean both = parts.contains(Part.FRAMEBUFFERS);
    program = parts.contains(Part.PROGRAM);
    drawFramebuffer = both || parts.contains(Part.DRAW_FRAMEBUFFER);
    readFramebuffer = both || parts.contains(Part.READ_FRAMEBUFFER);
    renderbuffer = parts.contains(Part.RENDERBUFFER);
    viewport = parts.contains(Part.VIEWPORT);
    capabilities = parts.contains(Part.CAPABILITIES);
    blendEquation = parts.contains(Part.BLEND_EQUATION);
    colorMask = parts.contains(Part.COLOR_MASK);
    textureUnit0 = parts.contains(Part.TEXTURE_UNIT0);
    pixelPack = parts.contains(Part.PIXEL_PACK);
    vertexArray = parts.contains(Part.VERTEX_ARRAY);
  }

  /** A saver of the given parts (nothing is read until {@link #save()}). */
  public static GlState of(Part first, Part... more) {
    return new GlState(EnumSet.of(first, more));
  }

  /** Reads the parts from the current context; {@link #close()} puts them back. Returns this. */
  public GlState save() {
    if (saved) {
      throw new IllegalStateException("GL state saved twice without being restored");
    }
    if (program) {
      programId = glGetInteger(GL_CURRENT_PROGRAM);
    }
    if (drawFramebuffer) {
      drawFbo = glGetInteger(GL_DRAW_FRAMEBUFFER_BINDING);
    }
    if (readFramebuffer) {
      readFbo = glGetInteger(GL_READ_FRAMEBUFFER_BINDING);
    }
    if (renderbuffer) {
      renderbufferId = glGetInteger(GL_RENDERBUFFER_BINDING);
    }
    if (viewport) {
      glGetIntegerv(GL_VIEWPORT, viewportRect);
    }
    if (capabilities) {
      for (int i = 0; i < CAPS.length; i++) {
        enabled[i] = glIsEnabled(CAPS[i]);
      }
    }
    if (blendEquation) {
      equationRgb = glGetInteger(GL_BLEND_EQUATION_RGB);
      equationAlpha = glGetInteger(GL_BLEND_EQUATION_ALPHA);
    }
    if (colorMask) {
      try (MemoryStack stack = MemoryStack.stackPush()) {
        ByteBuffer m = stack.malloc(4);
        glGetBooleanv(GL_COLOR_WRITEMASK, m);
        m.get(0, mask);
      }
    }
    if (textureUnit0) {
      activeTexture = glGetInteger(GL_ACTIVE_TEXTURE);
      glActiveTexture(GL_TEXTURE0);
      texture0 = glGetInteger(GL_TEXTURE_BINDING_2D);
    }
    if (pixelPack) {
      packBuffer = glGetInteger(GL_PIXEL_PACK_BUFFER_BINDING);
      packAlignment = glGetInteger(GL_PACK_ALIGNMENT);
    }
    if (vertexArray) {
      vao = glGetInteger(GL_VERTEX_ARRAY_BINDING);
      arrayBuffer = glGetInteger(GL_ARRAY_BUFFER_BINDING);
    }
    saved = true;
    return this;
  }

  /** Puts back what {@link #save()} read (in reverse order). Does nothing when nothing is saved. */
  @Override
  public void close() {
    if (!saved) {
      return;
    }
    saved = false;
    if (vertexArray) {
      glBindVertexArray(vao);
      glBindBuffer(GL_ARRAY_BUFFER, arrayBuffer);
    }
    if (pixelPack) {
      glPixelStorei(GL_PACK_ALIGNMENT, packAlignment);
      glBindBuffer(GL_PIXEL_PACK_BUFFER, packBuffer);
    }
    if (textureUnit0) {
      glActiveTexture(GL_TEXTURE0);
      glBindTexture(GL_TEXTURE_2D, texture0);
      glActiveTexture(activeTexture);
    }
    if (colorMask) {
      glColorMask(mask[0] != 0, mask[1] != 0, mask[2] != 0, mask[3] != 0);
    }
    if (blendEquation) {
      glBlendEquationSeparate(equationRgb, equationAlpha);
    }
    if (capabilities) {
      for (int i = 0; i < CAPS.length; i++) {
        if (enabled[i]) {
          glEnable(CAPS[i]);
        } else {
          glDisable(CAPS[i]);
        }
      }
    }
    if (viewport) {
      glViewport(viewportRect[0], viewportRect[1], viewportRect[2], viewportRect[3]);
    }
    if (renderbuffer) {
      glBindRenderbuffer(GL_RENDERBUFFER, renderbufferId);
    }
    if (readFramebuffer) {
      glBindFramebuffer(GL_READ_FRAMEBUFFER, readFbo);
    }
    if (drawFramebuffer) {
      glBindFramebuffer(GL_DRAW_FRAMEBUFFER, drawFbo);
    }
    if (program) {
      glUseProgram(programId);
    }
  }
}
