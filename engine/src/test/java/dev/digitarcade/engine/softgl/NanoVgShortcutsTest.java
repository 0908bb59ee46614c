package dev.digitarcade.engine.softgl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.nanovg.NanoVG.*;
import static org.lwjgl.nanovg.NanoVGGL3.*;
import static org.lwjgl.opengl.GL33C.*;

import dev.digitarcade.engine.gl.RenderTarget;
import dev.digitarcade.engine.testing.HeadlessGl;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lwjgl.nanovg.NVGColor;
import org.lwjgl.nanovg.NVGPaint;
import org.lwjgl.system.MemoryUtil;

/** NanoVG for real (headless llvmpipe) with and without the shortcuts; one GL context per test. */
class NanoVgShortcutsTest {
  private static final int W = 320;
  private static final int H = 240;

  private HeadlessGl gl;
  private RenderTarget target;
  private long vg;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void open() {
    gl = new HeadlessGl(64, 64);
    target = new RenderTarget(W, H);
  }

  @AfterEach
  void close() {
    try {
      assertThat(glGetError()).as("GL error left behind").isEqualTo(GL_NO_ERROR);
    } finally {
      if (vg != 0) {
        nvgDelete(vg);
      }
      target.close();
      gl.close();
    }
  }

  private long nanoVg(int flags) {
    vg = nvgCreate(flags);
    assertThat(vg).isNotZero();
    Path font = Path.of(System.getProperty("digitarcade.assets", HeadlessGl.root().resolve("assets").toString()))
        .resolve("fonts/DejaVuSans.ttf");
    assertThat(nvgCreateFont(vg, "sans", font.toString())).isNotNegative();
    return vg;
  }

  /** A bit of everything NanoVG's shader does: fills, strokes, text, an image pattern, a clip. */
  private byte[] drawScene(NanoVgShortcuts shortcuts, int image) {
    glBindFramebuffer(GL_FRAMEBUFFER, target.id());
    glViewport(0, 0, W, H);
    glClearColor(0f, 0f, 0f, 1f);
    glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    try (NVGColor c = NVGColor.calloc(); NVGPaint paint = NVGPaint.calloc()) {
      nvgBeginFrame(vg, W, H, 1f);
      shortcuts.beginFrame(W, H, 1f);
      fill(c, 5, 5, 20, 20, 1f, 0f, 0f, 1f);
      nvgBeginPath(vg);
      nvgCircle(vg, 60, 60, 25);
      nvgFillColor(vg, nvgRGBAf(0.16f, 0.62f, 0.56f, 0.8f, c));
      nvgFill(vg);
      nvgBeginPath(vg);
      nvgRoundedRect(vg, 101.5f, 11.5f, 117, 57, 10);
      nvgStrokeColor(vg, nvgRGBAf(0.91f, 0.77f, 0.42f, 1f, c));
      nvgStrokeWidth(vg, 3f);
      nvgStroke(vg);
      nvgBeginPath(vg);
      nvgMoveTo(vg, 10, 200);
      nvgLineTo(vg, 300, 150);
      nvgLineCap(vg, NVG_ROUND);
      nvgStrokeColor(vg, nvgRGBAf(1f, 1f, 1f, 1f, c));
      nvgStrokeWidth(vg, 2.5f);
      nvgStroke(vg);
      nvgFontFace(vg, "sans");
      nvgFontSize(vg, 22f);
      nvgTextAlign(vg, NVG_ALIGN_LEFT | NVG_ALIGN_TOP);
      nvgFillColor(vg, nvgRGBAf(1f, 1f, 1f, 1f, c));
      nvgText(vg, 20, 100, "Lean 0123 %");
      nvgImagePattern(vg, 230, 100, 60, 60, 0f, image, 0.9f, paint);
      nvgBeginPath(vg);
      nvgRect(vg, 230, 100, 60, 60);
      nvgFillPaint(vg, paint);
      nvgFill(vg);
      nvgScissor(vg, 200, 170, 100, 60);
      nvgBeginPath(vg);
      nvgRoundedRect(vg, 180, 160, 200, 100, 12);
      nvgFillColor(vg, nvgRGBAf(0.56f, 0.25f, 0.63f, 1f, c));
      nvgFill(vg);
      nvgResetScissor(vg);
      // The shortcuts, between NanoVG's batches, then NanoVG again on top.
      shortcuts.fill(150, 20, 60, 40, 8, 0.2f, 0.4f, 1f, 0.7f);
      fill(c, 160, 30, 20, 20, 1f, 1f, 0f, 1f);
      nvgEndFrame(vg);
    }
    return read();
  }

  private void fill(NVGColor c, float x, float y, float w, float h, float r, float g, float b, float a) {
    nvgBeginPath(vg);
    nvgRect(vg, x, y, w, h);
    nvgFillColor(vg, nvgRGBAf(r, g, b, a, c));
    nvgFill(vg);
  }

  private byte[] read() {
    ByteBuffer buf = MemoryUtil.memAlloc(W * H * 4);
    try {
      glBindFramebuffer(GL_READ_FRAMEBUFFER, target.id());
      glPixelStorei(GL_PACK_ALIGNMENT, 1);
      glReadPixels(0, 0, W, H, GL_RGBA, GL_UNSIGNED_BYTE, buf);
      byte[] out = new byte[W * H * 4];
      buf.get(out);
      return out;
    } finally {
      MemoryUtil.memFree(buf);
    }
  }

  private int image() {
    ByteBuffer rgba = MemoryUtil.memAlloc(16);
    try {
      for (int v : new int[] {0, 255, 128, 64}) {
        rgba.put((byte) v).put((byte) v).put((byte) v).put((byte) 255);
      }
      return nvgCreateImageRGBA(vg, 2, 2, 0, rgba.flip());
    } finally {
      MemoryUtil.memFree(rgba);
    }
  }

  @Test
  void theLeanShaderDrawsExactlyTheSamePixelsAsNanoVgsOwn() {
    nanoVg(NVG_ANTIALIAS | NVG_STENCIL_STROKES);
    int image = image();
    try (NanoVgShortcuts shortcuts = SoftGl.of(true, log::add).nanoVg(vg)) {
      assertThat(shortcuts.leanShaderInUse()).as("lean shader installed").isTrue();
      byte[] lean = drawScene(shortcuts, image);
      assertThat(shortcuts.useLeanShader(false)).as("NanoVG's own shader back").isFalse();
      byte[] own = drawScene(shortcuts, image);
      assertThat(shortcuts.useLeanShader(true)).isTrue();
      byte[] leanAgain = drawScene(shortcuts, image);
      int differing = 0;
      for (int i = 0; i < lean.length; i++) {
        differing += lean[i] != own[i] ? 1 : 0;
      }
      assertThat(differing).isZero();
      assertThat(leanAgain).isEqualTo(lean);
      assertThat(lit(lean, 20, 100, 150, 125)).as("the text is there").isGreaterThan(100);
      assertThat(lit(lean, 185, 35, 210, 55)).as("the fast fill is there").isGreaterThan(300);
    }
    assertThat(log).isEmpty();
  }

  @Test
  void anUnexpectedNanoVgShaderStaysAndOneLineSaysSo() {
    nanoVg(0); // without antialiasing NanoVG builds another fragment shader
    int image = image();
    try (NanoVgShortcuts shortcuts = SoftGl.of(true, log::add).nanoVg(vg)) {
      assertThat(shortcuts.leanShaderInUse()).isFalse();
      assertThat(shortcuts.useLeanShader(true)).isFalse();
      assertThat(lit(drawScene(shortcuts, image), 185, 35, 210, 55)).as("the fast fill still works").isGreaterThan(300);
    }
    assertThat(log).hasSize(1);
    assertThat(log.get(0)).startsWith("engine: NanoVG keeps its own fragment shader (the lean one could not be "
        + "installed: no program with NanoVG's expected fragment shader").doesNotContain("\n");
  }

  @Test
  void aGlErrorLeftByAnEarlierCallIsNotTakenForTheShadersOwn() {
    nanoVg(NVG_ANTIALIAS | NVG_STENCIL_STROKES);
    glBindTexture(0x1234, 1); // GL_INVALID_ENUM, raised before the shortcuts are made
    try (NanoVgShortcuts shortcuts = SoftGl.of(true, log::add).nanoVg(vg)) {
      assertThat(shortcuts.leanShaderInUse()).isFalse();
    }
    assertThat(log).singleElement().asString().contains("an earlier GL call left error 0x500");
  }

  @Test
  void switchedOffNothingIsInstalledAndEveryShortcutDeclines() {
    nanoVg(NVG_ANTIALIAS | NVG_STENCIL_STROKES);
    int image = image();
    int programsBefore = programs();
    try (NanoVgShortcuts shortcuts = SoftGl.of(false, log::add).nanoVg(vg)) {
      assertThat(programs()).isEqualTo(programsBefore);
      assertThat(shortcuts.leanShaderInUse()).isFalse();
      shortcuts.beginFrame(W, H, 1f);
      assertThat(shortcuts.fill(0, 0, 200, 200, 0, 1, 1, 1, 1)).isFalse();
      assertThat(shortcuts.texture(target.id(), false, 0, 0, 200, 200)).isFalse();
      assertThat(lit(drawScene(shortcuts, image), 185, 35, 210, 55)).as("no fast fill").isZero();
    }
    assertThat(log).isEmpty();
  }

  /** Pixels of the RGBA frame (row 0 = bottom) in the top-down rectangle with any blue above 128. */
  private static int lit(byte[] rgba, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int i = ((H - 1 - y) * W + x) * 4;
        n += (rgba[i + 2] & 0xFF) > 128 ? 1 : 0;
      }
    }
    return n;
  }

  private static int programs() {
    int n = 0;
    for (int name = 1; name <= 256; name++) {
      n += glIsProgram(name) ? 1 : 0;
    }
    return n;
  }
}
