package dev.digitarcade.engine.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.engine.testing.HeadlessGl;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwjgl.opengl.GL33C;
import org.lwjgl.stb.STBImage;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/** Draws for real (Mesa llvmpipe, headless) and checks the pixels read back. */
class BrushCanvasTest {
  private static final int N = 280;
  private static HeadlessGl gl;

  @BeforeAll
  static void open() {
    gl = new HeadlessGl(64, 64);
  }

  @AfterAll
  static void close() {
    gl.close();
  }

  @AfterEach
  void noGlErrors() {
    assertThat(GL33C.glGetError()).as("GL error left behind").isEqualTo(GL33C.GL_NO_ERROR);
  }

  private static int px(byte[] img, int x, int y) {
    return img[y * N + x] & 0xFF;
  }

  /** Distance from the centre of pixel (x, y) to the segment a-b. */
  private static double dist(int x, int y, double ax, double ay, double bx, double by) {
    double px = x + 0.5;
    double py = y + 0.5;
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }

  private static int inked(byte[] img) {
    int n = 0;
    for (byte b : img) {
      if ((b & 0xFF) > 127) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aNewCanvasIsBlackAndEmpty() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      assertThat(c.isEmpty()).isTrue();
      assertThat(c.readGray()).containsOnly((byte) 0);
    }
  }

  @Test
  void inkCoversTheCapsuleAroundTheSegmentAndNothingElse() {
    float r = 10;
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(r);
      c.beginStroke(40, 100);
      c.strokeTo(240, 180);
      c.endStroke();
      byte[] img = c.readGray();
      int soft = 0;
      for (int y = 0; y < N; y++) {
        for (int x = 0; x < N; x++) {
          double d = dist(x, y, 40, 100, 240, 180);
          int v = px(img, x, y);
          if (d <= r - 1) {
            assertThat(v).as("inside at %d,%d (d=%.2f)", x, y, d).isEqualTo(255);
          } else if (d >= r + 1) {
            assertThat(v).as("outside at %d,%d (d=%.2f)", x, y, d).isZero();
          } else if (v > 0 && v < 255) {
            soft++;
          }
        }
      }
      // Anti-aliased: the rim has intermediate values.
      assertThat(soft).isGreaterThan(100);
      assertThat(c.isEmpty()).isFalse();
    }
  }

  @Test
  void rowZeroIsTheTopOfTheCanvas() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(5);
      c.beginStroke(20, 15);
      c.strokeTo(260, 15);
      byte[] img = c.readGray();
      assertThat(px(img, 140, 15)).isEqualTo(255);
      assertThat(px(img, 140, N - 16)).isZero();
    }
  }

  @Test
  void aSingleClickLeavesARoundDot() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(12);
      c.beginStroke(100, 120);
      c.endStroke();
      byte[] img = c.readGray();
      for (int k = 0; k < 16; k++) {
        double a = k * Math.PI / 8;
        int ix = (int) Math.floor(100 + 10 * Math.cos(a));
        int iy = (int) Math.floor(120 + 10 * Math.sin(a));
        assertThat(px(img, ix, iy)).as("ring at angle %d", k).isEqualTo(255);
        int ox = (int) Math.floor(100 + 14.5 * Math.cos(a));
        int oy = (int) Math.floor(120 + 14.5 * Math.sin(a));
        assertThat(px(img, ox, oy)).as("outside at angle %d", k).isZero();
      }
      // Corner of the bounding square is outside the circle.
      assertThat(px(img, 100 + 10, 120 + 10)).isZero();
    }
  }

  @Test
  void brushWidthSetsTheThicknessOfTheLine() {
    try (BrushCanvas thin = new BrushCanvas(N, N); BrushCanvas thick = new BrushCanvas(N, N)) {
      thin.setBrushRadius(3);
      thick.setBrushRadius(15);
      for (BrushCanvas c : new BrushCanvas[] {thin, thick}) {
        c.beginStroke(140, 30);
        c.strokeTo(140, 250);
        c.endStroke();
      }
      assertThat(columnRun(thin.readGray(), 140)).isBetween(5, 7);
      assertThat(columnRun(thick.readGray(), 140)).isBetween(29, 31);
    }
  }

  /** Pixels above half intensity on row y = 140, across the vertical line. */
  private static int columnRun(byte[] img, int y) {
    int n = 0;
    for (int x = 0; x < N; x++) {
      if (px(img, x, y) > 127) {
        n++;
      }
    }
    return n;
  }

  @Test
  void theEraserRemovesInkOnlyUnderItsStroke() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(20);
      c.beginStroke(30, 140);
      c.strokeTo(250, 140);
      c.endStroke();
      long before = c.version();
      c.setEraser(true);
      c.setBrushRadius(8);
      c.beginStroke(140, 60);
      c.strokeTo(140, 220);
      c.endStroke();
      assertThat(c.version()).isGreaterThan(before);
      byte[] img = c.readGray();
      assertThat(px(img, 140, 140)).isZero();
      assertThat(px(img, 135, 130)).isZero();
      assertThat(px(img, 100, 140)).isEqualTo(255);
      assertThat(px(img, 180, 140)).isEqualTo(255);
      // Erasing where there is no ink changes nothing.
      assertThat(px(img, 140, 40)).isZero();
      assertThat(c.isEmpty()).isFalse();
    }
  }

  @Test
  void undoRemovesExactlyTheLastStroke() {
    try (BrushCanvas both = new BrushCanvas(N, N); BrushCanvas first = new BrushCanvas(N, N)) {
      for (BrushCanvas c : new BrushCanvas[] {both, first}) {
        c.setBrushRadius(9);
        c.beginStroke(50, 50);
        c.strokeTo(120, 200);
        c.strokeTo(230, 90);
        c.endStroke();
      }
      byte[] onlyFirst = first.readGray();
      both.setBrushRadius(14);
      both.beginStroke(20, 260);
      both.strokeTo(260, 240);
      both.endStroke();
      assertThat(both.readGray()).isNotEqualTo(onlyFirst);
      assertThat(both.strokeCount()).isEqualTo(2);

      assertThat(both.undo()).isTrue();
      assertThat(both.readGray()).isEqualTo(onlyFirst);
      assertThat(both.undo()).isTrue();
      assertThat(both.readGray()).containsOnly((byte) 0);
      assertThat(both.isEmpty()).isTrue();
      assertThat(both.undo()).isFalse();
    }
  }

  @Test
  void undoOfAnEraserStrokeBringsTheInkBack() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(20);
      c.beginStroke(30, 140);
      c.strokeTo(250, 140);
      byte[] inked = c.readGray();
      c.setEraser(true);
      c.beginStroke(140, 60);
      c.strokeTo(140, 220);
      c.endStroke();
      assertThat(px(c.readGray(), 140, 140)).isZero();
      c.undo();
      assertThat(c.readGray()).isEqualTo(inked);
    }
  }

  @Test
  void redoPutsUndoneStrokesBackUntilANewStrokeBegins() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(10);
      c.beginStroke(40, 40);
      c.strokeTo(200, 60);
      c.endStroke();
      byte[] one = c.readGray();
      c.beginStroke(60, 220);
      c.strokeTo(220, 200);
      c.endStroke();
      byte[] two = c.readGray();
      assertThat(c.canRedo()).isFalse();
      c.undo();
      c.undo();
      assertThat(c.readGray()).containsOnly((byte) 0);
      assertThat(c.redo()).isTrue();
      assertThat(c.readGray()).isEqualTo(one);
      assertThat(c.redo()).isTrue();
      assertThat(c.readGray()).isEqualTo(two);
      assertThat(c.redo()).isFalse();

      c.undo();
      c.beginStroke(140, 140);
      c.endStroke();
      assertThat(c.canRedo()).as("a new stroke ends what could be redone").isFalse();
      assertThat(c.redo()).isFalse();
      assertThat(c.strokeCount()).isEqualTo(2);
    }
  }

  @Test
  void aWipeIsOneStepThatUndoBringsBack() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(12);
      c.beginStroke(30, 30);
      c.strokeTo(250, 250);
      c.endStroke();
      c.beginStroke(30, 250);
      c.strokeTo(250, 30);
      c.endStroke();
      byte[] drawn = c.readGray();
      c.wipe();
      assertThat(c.readGray()).containsOnly((byte) 0);
      assertThat(c.isEmpty()).isTrue();
      assertThat(c.strokeCount()).isZero();
      assertThat(c.inkStrokes()).isEmpty();

      assertThat(c.undo()).isTrue();
      assertThat(c.readGray()).isEqualTo(drawn);
      assertThat(c.strokeCount()).isEqualTo(2);
      assertThat(c.redo()).isTrue();
      assertThat(c.isEmpty()).isTrue();
      c.undo();
      c.undo();
      assertThat(c.strokeCount()).as("one undo after the wipe takes back one stroke").isEqualTo(1);

      try (BrushCanvas blank = new BrushCanvas(N, N)) {
        blank.wipe();
        assertThat(blank.undo()).as("wiping an empty canvas is no step").isFalse();
      }
    }
  }

  @Test
  void inkStrokesAreTheShowingInkStrokesWithTheirTimes() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(7);
      c.beginStroke(10, 20, 1.0);
      c.strokeTo(30, 40, 1.25);
      c.strokeTo(30, 40, 1.5); // same place: no new sample
      c.strokeTo(50, 45, 1.75);
      c.endStroke();
      c.setEraser(true);
      c.beginStroke(100, 100, 2.0);
      c.endStroke();
      c.setEraser(false);
      c.setBrushRadius(11);
      c.beginStroke(200, 200, 3.0);
      c.endStroke();
      c.beginStroke(5, 5, 4.0);
      c.endStroke();
      c.undo();

      List<DrawnStroke> ink = c.inkStrokes();
      assertThat(ink).hasSize(2);
      DrawnStroke first = ink.get(0);
      assertThat(first.radius()).isEqualTo(7f);
      assertThat(first.x()).containsExactly(10f, 30f, 50f);
      assertThat(first.y()).containsExactly(20f, 40f, 45f);
      assertThat(first.t()).containsExactly(1.0, 1.25, 1.75);
      assertThat(ink.get(1).radius()).isEqualTo(11f);
      assertThat(ink.get(1).t()).containsExactly(3.0);
    }
  }

  @Test
  void clearMakesItBlackAndForgetsTheStrokes() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.beginStroke(10, 10);
      c.strokeTo(200, 200);
      long v = c.version();
      c.clear();
      assertThat(c.version()).isGreaterThan(v);
      assertThat(c.readGray()).containsOnly((byte) 0);
      assertThat(c.isEmpty()).isTrue();
      assertThat(c.strokeCount()).isZero();
      assertThat(c.undo()).isFalse();
    }
  }

  @Test
  void aFastStrokeWithFarApartSamplesLeavesNoGaps() {
    float[][] samples = {{10, 20}, {270, 40}, {15, 140}, {265, 160}, {20, 265}, {260, 250}};
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(3);
      c.beginStroke(samples[0][0], samples[0][1]);
      for (int i = 1; i < samples.length; i++) {
        c.strokeTo(samples[i][0], samples[i][1]);
      }
      c.endStroke();
      byte[] img = c.readGray();
      for (int i = 1; i < samples.length; i++) {
        float ax = samples[i - 1][0], ay = samples[i - 1][1], bx = samples[i][0], by = samples[i][1];
        double len = Math.hypot(bx - ax, by - ay);
        for (double s = 0; s <= len; s += 0.5) {
          int x = (int) Math.floor(ax + (bx - ax) * s / len);
          int y = (int) Math.floor(ay + (by - ay) * s / len);
          assertThat(px(img, x, y)).as("segment %d at %d,%d", i, x, y).isGreaterThanOrEqualTo(250);
        }
      }
      // Roughly the area of the polyline: length * width, far from 6 dots.
      double total = 0;
      for (int i = 1; i < samples.length; i++) {
        total += Math.hypot(samples[i][0] - samples[i - 1][0], samples[i][1] - samples[i - 1][1]);
      }
      assertThat((double) inked(img)).isBetween(total * 6 * 0.9, total * 6 * 1.1);
    }
  }

  @Test
  void versionCountsChangesAndRepeatedSamplesAreNotChanges() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      long v0 = c.version();
      c.beginStroke(5, 5);
      long v1 = c.version();
      c.strokeTo(5, 5);
      assertThat(c.version()).isEqualTo(v1).isGreaterThan(v0);
      c.strokeTo(50, 5);
      assertThat(c.version()).isGreaterThan(v1);
      assertThat(c.readGray(new byte[N * N])).isEqualTo(c.version());
    }
  }

  @Test
  void floatReadBackMatchesBytes() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.beginStroke(30, 30);
      c.strokeTo(200, 240);
      byte[] b = c.readGray();
      float[] f = new float[N * N];
      c.readGray(f);
      for (int i = 0; i < b.length; i++) {
        assertThat(f[i]).isEqualTo((b[i] & 0xFF) / 255f);
      }
    }
  }

  @Test
  void savePngWritesTheCanvasAsAGreyscaleImage(@TempDir Path dir) throws Exception {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.setBrushRadius(12);
      c.beginStroke(60, 40);
      c.strokeTo(200, 140);
      c.strokeTo(80, 240);
      Path png = Files.createDirectories(dir.resolve("sub")).resolve("canvas.png");
      c.savePng(png);
      Files.createDirectories(HeadlessGl.screenshots());
      Files.copy(png, HeadlessGl.screenshots().resolve("canvas-stroke.png"), StandardCopyOption.REPLACE_EXISTING);
      byte[] bytes = Files.readAllBytes(png);
      ByteBuffer encoded = MemoryUtil.memAlloc(bytes.length).put(bytes).flip();
      try (MemoryStack stack = MemoryStack.stackPush()) {
        var w = stack.mallocInt(1);
        var h = stack.mallocInt(1);
        var ch = stack.mallocInt(1);
        ByteBuffer decoded = STBImage.stbi_load_from_memory(encoded, w, h, ch, 0);
        assertThat(decoded).isNotNull();
        assertThat(new int[] {w.get(0), h.get(0), ch.get(0)}).containsExactly(N, N, 1);
        byte[] pixels = new byte[N * N];
        decoded.get(0, pixels);
        STBImage.stbi_image_free(decoded);
        assertThat(pixels).isEqualTo(c.readGray());
      } finally {
        MemoryUtil.memFree(encoded);
      }
    }
  }

  @Test
  void strokeToWithoutBeginStartsAStrokeAndBadArgumentsAreRefused() {
    try (BrushCanvas c = new BrushCanvas(N, N)) {
      c.strokeTo(100, 100);
      assertThat(c.strokeCount()).isEqualTo(1);
      assertThat(px(c.readGray(), 100, 100)).isEqualTo(255);
      assertThatThrownBy(() -> c.setBrushRadius(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> c.readGray(new byte[10])).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> new BrushCanvas(0, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closeIsIdempotentAndAClosedCanvasRefusesWork() {
    BrushCanvas c = new BrushCanvas(N, N);
    c.close();
    c.close();
    assertThat(c.isClosed()).isTrue();
    assertThatThrownBy(() -> c.beginStroke(1, 1)).isInstanceOf(IllegalStateException.class);
  }
}
