package dev.digitarcade.engine.softgl;

import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.GlState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Relinks NanoVG's shader program with a fragment shader of our own that computes the same
 * colours (the same operations in the same order: pixel-identical in the tests) with less work
 * on llvmpipe.
 *
 * <p>Why: llvmpipe (Mesa 22) does not branch on a uniform {@code if}; it runs every branch under
 * a mask. NanoVG's shader has one branch per paint type, two of which sample the texture, so
 * every pixel NanoVG draws (fills, strokes, text) pays for two texture samples plus the gradient
 * math. Here the image and text branches share one sample and the paint transform is computed
 * once: about 20% less CPU per NanoVG pixel.
 *
 * <p>Only done when NanoVG's fragment shader is exactly the one this was written against (LWJGL
 * 3.3.6, GL3 back end, uniform buffer, antialiasing and stencil strokes on; checked by SHA-256)
 * and the relinked program keeps every location NanoVG looked up; otherwise the original shader
 * is linked back, NanoVG runs as shipped and {@link NanoVgShortcuts} logs one line saying why.
 */
final class NanoVgFragmentShader implements AutoCloseable {
  /** SHA-256 of NanoVG's fragment shader source as LWJGL 3.3.6 builds it for our flags. */
  static final String EXPECTED_SHA256 = "e2ccb610b7d647a8b654a155d4f12c76ea5e230fb8d36f48740ecb855401e0f6";

  /** Highest GL object name searched for NanoVG's program (it is created with the UI). */
  private static final int SEARCH_LIMIT = 1024;

  static final String SOURCE =
      """
      #version 150 core
      // Same interface as NanoVG's GL3 fragment shader: block layout, sampler, inputs, output.
      layout(std140) uniform frag {
        mat3 scissorMat;
        mat3 paintMat;
        vec4 innerCol;
        vec4 outerCol;
        vec2 scissorExt;
        vec2 scissorScale;
        vec2 extent;
        float radius;
        float feather;
        float strokeMult;
        float strokeThr;
        int texType;
        int type;
      };
      uniform sampler2D tex;
      in vec2 ftcoord;
      in vec2 fpos;
      out vec4 outColor;

      void main(void) {
        // Clip: 1 inside the scissor box, a one-pixel ramp at its edge.
        vec2 outside = abs((scissorMat * vec3(fpos, 1.0)).xy) - scissorExt;
        outside = vec2(0.5, 0.5) - outside * scissorScale;
        float clip = clamp(outside.x, 0.0, 1.0) * clamp(outside.y, 0.0, 1.0);
        // Stroke antialiasing: a pyramid across the stroke, one pixel of slope.
        float edge = min(1.0, (1.0 - abs(ftcoord.x * 2.0 - 1.0)) * strokeMult) * min(1.0, ftcoord.y);
        // Paint space, used by gradients and image patterns alike.
        vec2 paint = (paintMat * vec3(fpos, 1.0)).xy;
        vec4 result;
        if (type == 0) {
          // Box gradient (a plain colour is a gradient from a colour to itself).
          vec2 corner = abs(paint) - (extent - vec2(radius, radius));
          float dist = min(max(corner.x, corner.y), 0.0) + length(max(corner, 0.0)) - radius;
          float t = clamp((dist + feather * 0.5) / feather, 0.0, 1.0);
          result = mix(innerCol, outerCol, t) * (edge * clip);
        } else if (type == 2) {
          // Stencil pass of a concave fill.
          result = vec4(1, 1, 1, 1);
        } else {
          // 1: image pattern, 3: textured triangles (text): one sample serves both.
          bool pattern = type == 1;
          vec4 texel = texture(tex, pattern ? paint / extent : ftcoord);
          if (texType == 1) texel = vec4(texel.xyz * texel.w, texel.w);
          if (texType == 2) texel = vec4(texel.x);
          if (pattern) {
            texel *= innerCol;
            result = texel * (edge * clip);
          } else {
            texel *= clip;
            result = texel * innerCol;
          }
        }
        if (edge < strokeThr) discard;
        outColor = result;
      }
      """;

  private final int program;
  private final int original;
  private int lean;
  private boolean inUse;

  private NanoVgFragmentShader(int program, int original, int lean) {
    this.program = program;
    this.original = original;
    this.lean = lean;
  }

  /** The installed shader, or null and why not. */
  record Installation(NanoVgFragmentShader shader, String problem) {}

  /**
   * Finds NanoVG's program among the current context's objects and relinks it with {@link
   * #SOURCE}. When NanoVG's shader is not the expected one or the lean shader does not fit,
   * NanoVG keeps its own and the result says why; the caller closes the shader with the UI.
   *
   * <p>GL errors: one left by an earlier call is not taken for ours (nothing is relinked then);
   * errors raised by the calls here are cleared and count as a failure.
   */
  static Installation install() {
    int earlier = glGetError();
    if (earlier != GL_NO_ERROR) {
      return new Installation(null, "an earlier GL call left error 0x" + Integer.toHexString(earlier));
    }
    NanoVgFragmentShader shader = null;
    String problem;
    try (GlState saved = GlState.of(GlState.Part.PROGRAM).save()) {
      int program = 0;
      int fragment = 0;
      for (int name = 1; name <= SEARCH_LIMIT && fragment == 0; name++) {
        if (glIsProgram(name)) {
          program = name;
          fragment = nanoVgFragmentShader(name);
        }
      }
      if (fragment == 0) {
        problem = "no program with NanoVG's expected fragment shader (SHA-256 " + EXPECTED_SHA256.substring(0, 12)
            + "...; another LWJGL or NanoVG version?)";
      } else {
        int lean = glCreateShader(GL_FRAGMENT_SHADER);
        glShaderSource(lean, SOURCE);
        glCompileShader(lean);
        if (glGetShaderi(lean, GL_COMPILE_STATUS) == GL_FALSE) {
          problem = "it does not compile: " + glGetShaderInfoLog(lean).strip().replace('\n', ' ');
          glDeleteShader(lean);
        } else {
          shader = new NanoVgFragmentShader(program, fragment, lean);
          problem = shader.relink(true);
        }
      }
    }
    int ours = ourErrors();
    if (problem == null && ours != GL_NO_ERROR) {
      problem = "GL error 0x" + Integer.toHexString(ours) + " while relinking";
      shader.relink(false);
      ourErrors();
    }
    if (problem != null && shader != null) {
      shader.close();
      shader = null;
    }
    return new Installation(shader, problem);
  }

  /** Whether the lean shader is linked in (false: NanoVG's own). */
  boolean inUse() {
    return inUse;
  }

  /**
   * Links the lean shader in ({@code true}) or NanoVG's own back. Returns whether the requested
   * one is in use; a lean program that changed anything NanoVG looked up is undone. Errors as in
   * {@link #install()}.
   */
  boolean use(boolean leanShader) {
    if (glGetError() != GL_NO_ERROR) {
      return false;
    }
    String problem = relink(leanShader);
    return ourErrors() == GL_NO_ERROR && problem == null;
  }

  /** Links {@code leanShader} or the original in; null on success, else why not (and undone). */
  private String relink(boolean leanShader) {
    if (lean == 0 || leanShader == inUse) {
      return lean == 0 && leanShader ? "closed" : null;
    }
    try (GlState saved = GlState.of(GlState.Part.PROGRAM).save()) {
      Interface before = Interface.of(program);
      int from = leanShader ? original : lean;
      int to = leanShader ? lean : original;
      if (!link(from, to, before)) {
        String log = glGetProgramInfoLog(program).strip().replace('\n', ' ');
        link(to, from, before);
        return log.isEmpty() ? "the relinked program changed what NanoVG looked up" : "it does not link: " + log;
      }
      inUse = leanShader;
      return null;
    }
  }

  /**
   * Clears the errors raised since the last check (callers check first that none was pending,
   * so these are errors of the calls here) and returns the first, or {@code GL_NO_ERROR}.
   */
  private static int ourErrors() {
    int first = glGetError();
    // GL keeps one flag per kind of error: a few reads clear them all.
    for (int i = 0, e = first; i < 16 && e != GL_NO_ERROR; i++) {
      e = glGetError();
    }
    return first;
  }

  private boolean link(int detach, int attach, Interface expected) {
    glDetachShader(program, detach);
    glAttachShader(program, attach);
    glLinkProgram(program);
    if (glGetProgrami(program, GL_LINK_STATUS) == GL_FALSE) {
      return false;
    }
    expected.restoreBindings(program);
    return expected.equals(Interface.of(program));
  }

  /** The program's fragment shader if it is NanoVG's exact one, else 0. */
  private static int nanoVgFragmentShader(int program) {
    int[] count = new int[1];
    int[] shaders = new int[4];
    glGetAttachedShaders(program, count, shaders);
    for (int i = 0; i < count[0]; i++) {
      if (glGetShaderi(shaders[i], GL_SHADER_TYPE) == GL_FRAGMENT_SHADER
          && EXPECTED_SHA256.equals(sha256(glGetShaderSource(shaders[i])))) {
        return shaders[i];
      }
    }
    return 0;
  }

  /**
   * Deletes the lean shader object (GL frees it once no program holds it; NanoVG deletes its
   * program and original shaders itself). Idempotent.
   */
  @Override
  public void close() {
    if (lean != 0) {
      glDeleteShader(lean);
      lean = 0;
    }
  }

  /** What NanoVG looked up or set on its program: it must survive the relink unchanged. */
  private record Interface(int viewSize, int tex, int texValue, int block, int blockBinding, int vertex, int tcoord,
                           int output) {
    static Interface of(int program) {
      int block = glGetUniformBlockIndex(program, "frag");
      int tex = glGetUniformLocation(program, "tex");
      return new Interface(
          glGetUniformLocation(program, "viewSize"),
          tex,
          tex < 0 ? -1 : glGetUniformi(program, tex),
          block,
          block == GL_INVALID_INDEX ? -1 : glGetActiveUniformBlocki(program, block, GL_UNIFORM_BLOCK_BINDING),
          glGetAttribLocation(program, "vertex"),
          glGetAttribLocation(program, "tcoord"),
          glGetFragDataLocation(program, "outColor"));
    }

    /** Linking resets block bindings and sampler units: put NanoVG's back. */
    void restoreBindings(int program) {
      int newBlock = glGetUniformBlockIndex(program, "frag");
      if (newBlock != GL_INVALID_INDEX && blockBinding >= 0) {
        glUniformBlockBinding(program, newBlock, blockBinding);
      }
      int newTex = glGetUniformLocation(program, "tex");
      if (newTex >= 0 && texValue >= 0) {
        glUseProgram(program);
        glUniform1i(newTex, texValue);
      }
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
