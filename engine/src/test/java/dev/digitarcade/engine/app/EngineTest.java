package dev.digitarcade.engine.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lwjgl.glfw.GLFW.glfwGetCurrentContext;
import static org.lwjgl.glfw.GLFW.glfwGetPlatform;
import static org.lwjgl.glfw.GLFW.glfwSetWindowSize;
import static org.lwjgl.opengl.GL33C.glBindTexture;
import static org.lwjgl.opengl.GL33C.glGetError;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.NoDisplayException;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.demo.SketchDemo;
import dev.digitarcade.engine.demo.SketchScreen;
import dev.digitarcade.engine.input.Action;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.InputRecorder;
import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.loop.Clock;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.testing.HeadlessGl;
import dev.digitarcade.engine.testing.Png;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine run for real, headless, in simulated time. */
class EngineTest {
  @TempDir Path dir;

  private static EngineConfig.Builder headless() {
    return EngineConfig.builder("test").headless(true).simulated().size(320, 240);
  }

  /** Logs what it receives; optional hooks per update and render. */
  private static class Probe implements Screen {
    final EngineContext ctx;
    final List<InputEvent> events = new ArrayList<>();
    final List<Long> eventTicks = new ArrayList<>();
    int updates;
    Consumer<Probe> onUpdate = p -> {};
    Consumer<Probe> onRender = p -> {};

    Probe(EngineContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public void handle(InputEvent e) {
      events.add(e);
      eventTicks.add(ctx.ticks());
    }

    @Override
    public void update(double dt) {
      updates++;
      onUpdate.accept(this);
    }

    @Override
    public void render(double alpha) {
      onRender.accept(this);
    }
  }

  @Test
  void exitAfterCountsLoopTimeInFixedSteps() {
    try (Engine engine = Engine.create(headless().build())) {
      Probe p = new Probe(engine.context());
      RunReport r = engine.run(p, RunOptions.untilQuit().exitAfter(1.0));
      assertThat(r.reason()).isEqualTo(RunReport.StopReason.EXIT_AFTER);
      assertThat(r.updates()).isEqualTo(60);
      assertThat(p.updates).isEqualTo(60);
      assertThat(r.frames()).isEqualTo(61); // the first frame is at loop time 0
      assertThat(r.loopSeconds()).isCloseTo(1.0, within(1e-6));
    }
  }

  @Test
  void aScreenCanQuitAndTheEngineCanRunAgain() {
    try (Engine engine = Engine.create(headless().build())) {
      Probe p = new Probe(engine.context());
      p.onUpdate = s -> {
        if (s.updates == 10) {
          s.ctx.quit();
        }
      };
      RunReport r = engine.run(p, RunOptions.untilQuit());
      assertThat(r.reason()).isEqualTo(RunReport.StopReason.QUIT);
      assertThat(p.updates).isEqualTo(10);

      Probe q = new Probe(engine.context());
      q.onUpdate = s -> s.ctx.screens().pop();
      assertThat(engine.run(q, RunOptions.untilQuit()).reason()).isEqualTo(RunReport.StopReason.NO_SCREENS);
      assertThat(q.updates).isEqualTo(1);
    }
  }

  @Test
  void replayedCursorSamplesAllReachTheScreenInOrderAtTheirTime() throws Exception {
    Path rec = dir.resolve("burst.jsonl");
    List<InputEvent> sent = new ArrayList<>();
    sent.add(new InputEvent.MouseButton(0.1, Keys.MOUSE_LEFT, Action.PRESS, 0, 5, 5));
    // 300 samples with the same timestamp: one poll's worth of a very fast mouse.
    for (int i = 0; i < 300; i++) {
      sent.add(new InputEvent.CursorMoved(0.1, 5 + i * 0.5, 5 + (i % 7)));
    }
    sent.add(new InputEvent.MouseButton(0.5, Keys.MOUSE_LEFT, Action.RELEASE, 0, 154.5, 6));
    try (InputRecorder r = new InputRecorder(rec, 320, 240)) {
      sent.forEach(r::write);
    }
    try (Engine engine = Engine.create(headless().build())) {
      Probe p = new Probe(engine.context());
      engine.run(p, RunOptions.untilQuit().exitAfter(1.0).replay(rec));
      assertThat(p.events).isEqualTo(sent);
      // Loop time 0.1 s falls between tick 6 (0.1000 s) and 7: delivered before update 7, the
      // same as live input polled at the start of that frame.
      assertThat(p.eventTicks.get(0)).isEqualTo(6L);
      assertThat(p.eventTicks.get(300)).isEqualTo(6L);
      assertThat(p.eventTicks.get(301)).isEqualTo(30L);
    }
  }

  @Test
  void replayingTheSameRecordingTwiceGivesIdenticalCanvasPixelsAndScreenshots() throws Exception {
    Path rec = HeadlessGl.root().resolve("engine/src/test/resources/recordings/seven.jsonl");
    assertThat(rec).exists();
    byte[][] canvases = new byte[2][];
    byte[][] shots = new byte[2][];
    for (int run = 0; run < 2; run++) {
      Path shot = dir.resolve("shot" + run + ".png");
      try (Engine engine = Engine.create(headless().size(960, 640).build())) {
        SketchScreen s = new SketchScreen(engine.context());
        byte[][] out = canvases;
        int k = run;
        Screen capture = new Forwarding(s) {
          @Override
          public void close() {
            out[k] = s.canvas().readGray();
            super.close();
          }
        };
        engine.run(capture, RunOptions.untilQuit().exitAfter(1.5).replay(rec).screenshot(shot));
      }
      shots[run] = Files.readAllBytes(shot);
    }
    assertThat(canvases[0]).isEqualTo(canvases[1]);
    int ink = 0;
    for (byte b : canvases[0]) {
      ink += (b & 0xFF) > 127 ? 1 : 0;
    }
    assertThat(ink).as("the recording draws something").isGreaterThan(2000);
    assertThat(shots[0]).isEqualTo(shots[1]);
    Files.createDirectories(HeadlessGl.screenshots());
    Files.copy(dir.resolve("shot0.png"), HeadlessGl.screenshots().resolve("sketch-replay.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aRecordedSessionReplaysToTheSameCanvas() throws Exception {
    Path source = HeadlessGl.root().resolve("engine/src/test/resources/recordings/seven.jsonl");
    Path recorded = dir.resolve("again.jsonl");
    byte[] first;
    try (Engine engine = Engine.create(headless().size(960, 640).build())) {
      SketchScreen s = new SketchScreen(engine.context());
      byte[][] out = new byte[1][];
      engine.run(new Forwarding(s) {
        @Override
        public void close() {
          out[0] = s.canvas().readGray();
          super.close();
        }
      }, RunOptions.untilQuit().exitAfter(1.5).replay(source).record(recorded));
      first = out[0];
    }
    InputRecording fmt = new InputRecording();
    assertThat(fmt.read(recorded).events()).isEqualTo(fmt.read(source).events());
    assertThat(fmt.read(recorded).width()).isEqualTo(960);
    try (Engine engine = Engine.create(headless().size(960, 640).build())) {
      SketchScreen s = new SketchScreen(engine.context());
      byte[][] out = new byte[1][];
      engine.run(new Forwarding(s) {
        @Override
        public void close() {
          out[0] = s.canvas().readGray();
          super.close();
        }
      }, RunOptions.untilQuit().exitAfter(1.5).replay(recorded));
      assertThat(out[0]).isEqualTo(first);
    }
  }

  @Test
  void aSessionWithIrregularFramesReplaysTickForTick() {
    Path source = HeadlessGl.root().resolve("engine/src/test/resources/recordings/seven.jsonl");
    Path recorded = dir.resolve("live.jsonl");
    // "Live": real time with frames of 1.5 to 20 ms, as on a busy machine.
    long[] steps = {1_500_000, 20_000_000, 5_500_000, 12_500_000, 3_500_000};
    Clock irregular = new Clock() {
      long now;
      int i;

      @Override
      public long nanoTime() {
        now += steps[i++ % steps.length];
        return now;
      }
    };
    EngineConfig live = headless().time(EngineConfig.TimeMode.REAL).clock(irregular).frameCap(0)
        .size(960, 640).build();
    List<String> liveLog;
    try (Engine engine = Engine.create(live)) {
      Probe p = new Probe(engine.context());
      engine.run(p, RunOptions.untilQuit().exitAfter(1.5).replay(source).record(recorded));
      liveLog = log(p);
    }
    assertThat(new InputRecording().read(recorded).hasTicks()).isTrue();
    List<String> replayed;
    List<String> byTime;
    try (Engine engine = Engine.create(headless().size(960, 640).build())) {
      Probe p = new Probe(engine.context());
      engine.run(p, RunOptions.untilQuit().exitAfter(1.5).replay(recorded));
      replayed = log(p);
      Probe q = new Probe(engine.context());
      engine.run(q, RunOptions.untilQuit().exitAfter(1.5).replay(source));
      byTime = log(q);
    }
    assertThat(liveLog).hasSize(80);
    assertThat(replayed).isEqualTo(liveLog);
    // Replaying the time-only source in simulated time groups events into other updates.
    assertThat(byTime).isNotEqualTo(liveLog);
  }

  private static List<String> log(Probe p) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.events.size(); i++) {
      out.add(p.eventTicks.get(i) + " " + p.events.get(i));
    }
    return out;
  }

  @Test
  void theStatsKeyTogglesTheOverlayAndIsNotPassedOn() throws Exception {
    Path rec = dir.resolve("f3.jsonl");
    Files.writeString(rec, "{\"t\":0.05,\"type\":\"key\",\"key\":" + Keys.F3 + ",\"scancode\":0,\"action\":\"press\",\"mods\":0}\n"
        + "{\"t\":0.06,\"type\":\"key\",\"key\":" + Keys.F3 + ",\"scancode\":0,\"action\":\"release\",\"mods\":0}\n");
    Path off = dir.resolve("off.png");
    Path on = dir.resolve("on.png");
    try (Engine engine = Engine.create(headless().build())) {
      Probe p = new Probe(engine.context());
      engine.run(p, RunOptions.untilQuit().exitAfter(0.5).screenshot(off));
      assertThat(engine.context().statsVisible()).isFalse();
      Probe q = new Probe(engine.context());
      engine.run(q, RunOptions.untilQuit().exitAfter(0.5).replay(rec).screenshot(on));
      assertThat(engine.context().statsVisible()).isTrue();
      assertThat(q.events).hasSize(1); // only the release
    }
    Png.Image a = Png.read(off);
    Png.Image b = Png.read(on);
    // The panel sits in the top-right corner; the rest of the frame is unchanged.
    assertThat(differing(a, b, 320 - 260, 0, 320, 120)).isGreaterThan(500);
    assertThat(differing(a, b, 0, 130, 320, 240)).isZero();
    Files.copy(on, HeadlessGl.screenshots().resolve("stats-overlay.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static int differing(Png.Image a, Png.Image b, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if (a.at(x, y, 0) != b.at(x, y, 0) || a.at(x, y, 1) != b.at(x, y, 1) || a.at(x, y, 2) != b.at(x, y, 2)) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void screenshotsHoldTheFramebufferTopRowFirst() {
    Path shot = dir.resolve("rect.png");
    try (Engine engine = Engine.create(headless().background(Color.BLACK).build())) {
      EngineContext ctx = engine.context();
      assertThat(ctx.framebufferWidth()).isEqualTo(320);
      assertThat(ctx.windowWidth()).isEqualTo(320);
      assertThat(ctx.pixelRatio()).isEqualTo(1f);
      Probe p = new Probe(ctx);
      p.onRender = s -> {
        s.ctx.ui().fillRect(10, 20, 30, 40, Color.rgb(0xFF0000));
        s.ctx.ui().fillRect(200, 180, 50, 30, Color.rgb(0x00FF00));
      };
      engine.run(p, RunOptions.untilQuit().exitAfter(0.1).screenshot(shot));
    }
    Png.Image img = Png.read(shot);
    assertThat(img.width()).isEqualTo(320);
    assertThat(img.height()).isEqualTo(240);
    assertThat(new int[] {img.at(25, 40, 0), img.at(25, 40, 1)}).containsExactly(255, 0);
    assertThat(new int[] {img.at(225, 195, 0), img.at(225, 195, 1)}).containsExactly(0, 255);
    assertThat(img.at(25, 200, 0)).isZero();
    assertThat(img.at(5, 5, 0)).isZero();
  }

  @Test
  void aResizedWindowReachesTheScreensTheViewportAndTheScreenshot() {
    Path shot = dir.resolve("resized.png");
    Path early = dir.resolve("early.png");
    List<String> sizes = new ArrayList<>();
    try (Engine engine = Engine.create(headless().background(Color.BLACK).build())) {
      EngineContext ctx = engine.context();
      Probe p = new Probe(ctx) {
        @Override
        public void resize(int w, int h) {
          sizes.add(w + "x" + h);
        }
      };
      p.onUpdate = s -> {
        if (s.updates == 2) {
          ctx.requestScreenshot(early);
        }
        if (s.updates == 3) {
          glfwSetWindowSize(engine.window().handle(), 500, 400);
        }
      };
      p.onRender = s -> s.ctx.ui().fillRect(s.ctx.windowWidth() - 20, s.ctx.windowHeight() - 20, 20, 20, Color.WHITE);
      engine.run(p, RunOptions.untilQuit().exitAfter(0.2).screenshot(shot));
      assertThat(ctx.windowWidth()).isEqualTo(500);
      assertThat(ctx.framebufferHeight()).isEqualTo(400);
      assertThat(glGetError()).isZero();
    }
    assertThat(sizes).containsExactly("320x240", "500x400");
    Png.Image before = Png.read(early);
    assertThat(before.width()).isEqualTo(320);
    assertThat(before.at(310, 230, 0)).isEqualTo(255);
    Png.Image img = Png.read(shot);
    assertThat(img.width()).isEqualTo(500);
    assertThat(img.height()).isEqualTo(400);
    assertThat(img.at(490, 390, 0)).isEqualTo(255);
    assertThat(img.at(310, 230, 0)).isZero();
  }

  @Test
  void missingFontsFailWithAClearMessage() {
    assertThatThrownBy(() -> Engine.create(headless().assetsDir(dir).build()))
        .isInstanceOf(EngineException.class)
        .hasMessageStartingWith("font not found: fonts/DejaVuSans.ttf")
        .hasMessageContaining(dir.toString());
  }

  @Test
  void theBeforeContextHookRunsAfterTheDisplayCheckAndBeforeAnyGlContext() {
    List<String> seen = new ArrayList<>();
    try (Engine engine = Engine.create(headless().build(), () -> seen.add(
        "platform " + (glfwGetPlatform() != 0) + ", context " + glfwGetCurrentContext()))) {
      assertThat(engine.context().windowWidth()).isPositive();
    }
    assertThat(seen).containsExactly("platform true, context 0");

    List<String> never = new ArrayList<>();
    assertThatThrownBy(() -> Engine.create(EngineConfig.builder("test").build(), Map.of("HOME", "/tmp"), "Linux",
        () -> never.add("ran"))).isInstanceOf(NoDisplayException.class);
    assertThat(never).isEmpty();

    assertThatThrownBy(() -> Engine.create(headless().build(), () -> {
      throw new IllegalStateException("native library missing");
    })).hasMessage("native library missing");
    try (Engine again = Engine.create(headless().build())) {
      assertThat(again.context().windowWidth()).isPositive(); // the failed create released GLFW
    }
  }

  @Test
  void withoutADisplayAndWithoutHeadlessItIsExitCodeTwoWithOneLine() {
    EngineConfig windowed = EngineConfig.builder("test").build();
    assertThatThrownBy(() -> Engine.create(windowed, Map.of("HOME", "/tmp")))
        .isInstanceOf(NoDisplayException.class)
        .satisfies(e -> {
          assertThat(((EngineException) e).exitCode()).isEqualTo(2);
          assertThat(e.getMessage()).startsWith("No display").contains("--headless").doesNotContain("\n");
        });

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SketchDemo.run(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("HOME", "/tmp"));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("No display: neither DISPLAY nor WAYLAND_DISPLAY is set; run headless (--headless) "
            + "or under a virtual display (xvfb-run -a <command>)." + System.lineSeparator());
    assertThat(out.size()).isZero();
  }

  @Test
  void theDemoRunsHeadlessAndSavesItsCanvas() {
    Path canvas = dir.resolve("c.png");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path rec = HeadlessGl.root().resolve("engine/src/test/resources/recordings/seven.jsonl");
    int code = SketchDemo.run(new String[] {"--headless", "--simulated", "--size", "960x640", "--exit-after", "1.5",
            "--replay", rec.toString(), "--canvas-png", canvas.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("EXIT_AFTER after 91 frames, 1.50 s loop time");
    assertThat(Png.read(canvas).width()).isEqualTo(SketchScreen.CANVAS_SIZE);

    assertThat(SketchDemo.run(new String[] {"--bogus"}, new PrintStream(out), new PrintStream(err), Map.of()))
        .isEqualTo(SketchDemo.EXIT_USAGE);
  }

  /** Runs a few frames of every kind of drawing with GL debug output on; returns what went to stderr. */
  private String debugRun(boolean softGl, Runnable extra) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream before = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (Engine engine = Engine.create(headless().glDebug(true).softGl(softGl).build())) {
      EngineContext ctx = engine.context();
      BrushCanvas canvas = ctx.newCanvas(56, 56);
      UiImage image = ctx.newImage(28, 28, true);
      Probe p = new Probe(ctx);
      p.onUpdate = s -> {
        canvas.strokeTo(s.updates * 3 % 56, s.updates * 7 % 56);
        canvas.readGray();
        image.updateGray(new byte[28 * 28]);
      };
      p.onRender = s -> {
        Ui ui = ctx.ui();
        ui.panel(10, 10, 200, 100, 8, Color.rgb(0x232833), Color.WHITE);
        ui.bar(20, 20, 150, 18, 0.5f, Color.rgb(0x2A2F3A), Color.rgb(0x4EA1FF));
        ui.text(20, 50, "debug 0123", TextStyle.of(16f, Color.WHITE));
        ui.canvas(canvas, 220, 10, 90, 90);
        ui.image(image, 220, 110, 56, 56, 1f);
        ui.scissor(0, 0, 100, 100);
        ui.canvas(canvas, 0, 120, 90, 90);
        ui.resetScissor();
        extra.run();
      };
      engine.run(p, RunOptions.untilQuit().exitAfter(0.1).screenshot(dir.resolve("debug.png")));
    } finally {
      System.setErr(before);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withGlDebugOutputOnAFrameOfEveryKindRaisesNoGlErrorWithTheSwitchOnOrOff() {
    assertThat(debugRun(true, () -> {})).isEmpty();
    assertThat(debugRun(false, () -> {})).doesNotContain("GL debug")
        .startsWith("engine: software-GL shortcuts off on llvmpipe"); // the one line a software rasteriser gets
    // The debug output is really there: a bad call is reported, once per frame it is made.
    assertThat(debugRun(true, () -> glBindTexture(0x1234, 1)).lines().filter(l -> l.startsWith("GL debug:")).count())
        .isEqualTo(7);
  }

  /** Delegates everything to another screen. */
  private static class Forwarding implements Screen {
    private final Screen inner;

    Forwarding(Screen inner) {
      this.inner = inner;
    }

    @Override public void show() { inner.show(); }
    @Override public void hide() { inner.hide(); }
    @Override public void handle(InputEvent e) { inner.handle(e); }
    @Override public void update(double dt) { inner.update(dt); }
    @Override public void render(double alpha) { inner.render(alpha); }
    @Override public void resize(int w, int h) { inner.resize(w, h); }

    @Override
    public void close() {
      inner.close();
    }
  }
}
