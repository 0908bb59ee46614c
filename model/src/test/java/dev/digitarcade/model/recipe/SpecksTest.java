package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpecksTest {

  private static final int W = 280;
  private static final float THR = Paint.THRESHOLD;

  private static float[] stroke() {
    float[] img = new float[W * W];
    Paint.line(img, W, 100, 50, 100, 200, 10);
    return img;
  }

  /** Index of image pixel (x, y) in the ink box, as {@link Specks#kept(int)} takes it. */
  private static int at(Ink ink, int x, int y) {
    return (y - ink.box().y()) * ink.box().width() + x - ink.box().x();
  }

  @Test
  void aSingleStrokeIsKeptWhole() {
    Ink ink = Paint.ink(stroke(), W, W);
    Specks specks = new Specks(new StrokeWidth());
    assertThat(specks.keep(ink, THR, true)).isEqualTo(ink.box());
    assertThat(specks.dropped()).isZero();
    assertThat(specks.kept(at(ink, 100, 120))).isTrue();
  }

  @Test
  void aDotFarFromTheStrokeIsDroppedAndMaskedOut() {
    InkBox strokeBox = Paint.ink(stroke(), W, W).box();
    float[] img = stroke();
    Paint.line(img, W, 250, 250, 250, 250, 6);
    Ink ink = Paint.ink(img, W, W);
    Specks specks = new Specks(new StrokeWidth());
    assertThat(specks.keep(ink, THR, true)).isEqualTo(strokeBox);
    assertThat(specks.dropped()).isEqualTo(1);
    assertThat(specks.kept(at(ink, 250, 250))).isFalse();
    assertThat(specks.kept(at(ink, 100, 120))).isTrue();
  }

  @Test
  void withRemovalOffEverythingIsKept() {
    float[] img = stroke();
    Paint.line(img, W, 250, 250, 250, 250, 6);
    Ink ink = Paint.ink(img, W, W);
    Specks specks = new Specks(new StrokeWidth());
    assertThat(specks.keep(ink, THR, false)).isEqualTo(ink.box());
    assertThat(specks.dropped()).isZero();
    assertThat(specks.kept(at(ink, 250, 250))).isTrue();
  }

  @Test
  void aDotCloseToTheStrokeIsPartOfTheDigit() {
    float[] img = stroke();
    Paint.line(img, W, 110, 40, 110, 40, 4); // like the dot over an i, inside the grown box
    Ink ink = Paint.ink(img, W, W);
    Specks specks = new Specks(new StrokeWidth());
    InkBox kept = specks.keep(ink, THR, true);
    assertThat(specks.dropped()).isZero();
    assertThat(kept).isEqualTo(ink.box());
    assertThat(kept.y()).isLessThan(45);
  }

  @Test
  void aSecondStrokeFarAwayIsKeptButAClickOfTheSameBrushIsNot() {
    float[] img = stroke();
    Paint.line(img, W, 160, 240, 260, 240, 10); // a stroke: much longer than the brush
    Ink ink = Paint.ink(img, W, W);
    Specks specks = new Specks(new StrokeWidth());
    assertThat(specks.keep(ink, THR, true)).isEqualTo(ink.box());
    assertThat(specks.dropped()).isZero();

    // A fat short stroke and a click of the same brush: the click holds a real share of the
    // ink (15 %), but it is a dot, no longer than 1.5 brush widths + 2 px.
    float[] fat = new float[W * W];
    Paint.line(fat, W, 60, 60, 60, 140, 18);
    InkBox fatBox = Paint.ink(fat, W, W).box();
    Paint.line(fat, W, 230, 230, 230, 230, 18);
    assertThat(specks.keep(Paint.ink(fat, W, W), THR, true)).isEqualTo(fatBox);
    assertThat(specks.dropped()).isEqualTo(1);
  }

  @Test
  void manyFarSpecksAreAllCountedAndTheScratchIsResetForTheNextDrawing() {
    float[] img = stroke();
    for (int i = 0; i < 40; i++) {
      img[(230 + 4 * (i / 10)) * W + 180 + 4 * (i % 10)] = 0.8f;
    }
    Specks specks = new Specks(new StrokeWidth());
    specks.keep(Paint.ink(img, W, W), THR, true);
    assertThat(specks.dropped()).isEqualTo(40);

    Ink clean = Paint.ink(stroke(), W, W);
    assertThat(specks.keep(clean, THR, true)).isEqualTo(clean.box());
    assertThat(specks.dropped()).isZero();
  }

  /** 8-connected pieces of the pixels above the threshold, by a plain flood fill. */
  private static int floodPieces(float[] img, int w, int h) {
    boolean[] seen = new boolean[w * h];
    int pieces = 0;
    for (int start = 0; start < w * h; start++) {
      if (seen[start] || !(img[start] > THR)) {
        continue;
      }
      pieces++;
      ArrayDeque<Integer> todo = new ArrayDeque<>();
      todo.push(start);
      seen[start] = true;
      while (!todo.isEmpty()) {
        int p = todo.pop();
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int x = p % w + dx;
            int y = p / w + dy;
            if (x >= 0 && y >= 0 && x < w && y < h && !seen[y * w + x] && img[y * w + x] > THR) {
              seen[y * w + x] = true;
              todo.push(y * w + x);
            }
          }
        }
      }
    }
    return pieces;
  }

  /** The pieces told from runs are the pieces a flood fill finds: strokes, dots, checkerboards, diagonals. */
  @Test
  void piecesFromRunsAreThePiecesAFloodFillFinds() {
    Random r = new Random(3);
    Specks specks = new Specks(new StrokeWidth());
    for (int n = 0; n < 400; n++) {
      int w = 1 + r.nextInt(60);
      int h = 1 + r.nextInt(60);
      float[] img = new float[w * h];
      if (n % 3 == 0) {
        float density = r.nextFloat();
        for (int i = 0; i < img.length; i++) {
          img[i] = r.nextFloat() < density ? 0.5f + 0.5f * r.nextFloat() : 0.1f * r.nextFloat();
        }
      } else {
        for (int s = 0; s < 1 + r.nextInt(5); s++) {
          Paint.line(img, w, r.nextInt(w), r.nextInt(h), r.nextInt(w), r.nextInt(h), 1 + r.nextInt(4));
        }
      }
      assertThat(specks.pieces(img, w, new InkBox(0, 0, w, h), THR)).as("image %d (%dx%d)", n, w, h)
          .isEqualTo(floodPieces(img, w, h));
    }
  }

  /** A pixel that is neither ink nor background (NaN) is never taken for ink in one piece. */
  @Test
  void nanIsLeftToTheLabelling() {
    float[] img = stroke();
    img[120 * W + 101] = Float.NaN;
    assertThat(new Specks(new StrokeWidth()).pieces(img, W, new InkBox(0, 0, W, W), THR)).isEqualTo(2);
  }
}
