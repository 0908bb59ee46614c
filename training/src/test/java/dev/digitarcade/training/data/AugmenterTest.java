package dev.digitarcade.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.training.model.NetworkSpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmenterTest {

  /** A 28x28 "1": a vertical bar 3 px wide, full intensity, soft edges. */
  private static byte[] bar() {
    byte[] img = new byte[784];
    for (int y = 5; y < 23; y++) {
      img[y * 28 + 13] = (byte) 255;
      img[y * 28 + 14] = (byte) 255;
      img[y * 28 + 12] = (byte) 100;
      img[y * 28 + 15] = (byte) 100;
    }
    return img;
  }

  private static float[] apply(AugmentConfig c, long seed) {
    float[] out = new float[784];
    new Augmenter(c).apply(bar(), 0, out, 0, new SplittableRandom(seed), new float[2 * 784]);
    return out;
  }

  private static double sum(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x;
    }
    return s;
  }

  @Test
  void noneCopiesThePixels() {
    float[] out = apply(AugmentConfig.NONE, 1);
    byte[] src = bar();
    for (int i = 0; i < 784; i++) {
      assertThat(out[i]).isEqualTo((src[i] & 0xff) / 255f);
    }
  }

  @Test
  void sameSeedSameImageAndValuesStayInRange() {
    float[] a = apply(AugmentConfig.DEFAULT, 42);
    assertThat(apply(AugmentConfig.DEFAULT, 42)).containsExactly(a);
    boolean changedSomewhere = false;
    for (long s = 0; s < 20; s++) {
      float[] v = apply(AugmentConfig.DEFAULT, s);
      for (float x : v) {
        assertThat(x).isBetween(0f, 1f);
      }
      changedSomewhere |= !java.util.Arrays.equals(v, apply(AugmentConfig.NONE, s));
      assertThat(sum(v)).isGreaterThan(10); // the digit is never lost
    }
    assertThat(changedSomewhere).isTrue();
  }

  @Test
  void thickStrokesAddInkThinStrokesRemoveIt() {
    double base = sum(apply(AugmentConfig.NONE, 3));
    AugmentConfig thick = new AugmentConfig(1, 0, 0, 0, 0, 0, 1, 0, 0);
    AugmentConfig thin = new AugmentConfig(1, 0, 0, 0, 0, 0, 0, 1, 0);
    assertThat(sum(apply(thick, 3))).isGreaterThan(base * 1.2);
    assertThat(sum(apply(thin, 3))).isLessThan(base * 0.95);
  }

  /** A 28x28 "0": a ring 2 px wide around a 3x3 hole. */
  private static byte[] ring() {
    byte[] img = new byte[784];
    for (int y = 9; y <= 17; y++) {
      for (int x = 10; x <= 16; x++) {
        boolean hole = y >= 11 && y <= 15 && x >= 12 && x <= 14;
        img[y * 28 + x] = hole ? 0 : (byte) 255;
      }
    }
    return img;
  }

  @Test
  void closeFillsASmallLoopAndKeepsTheOutline() {
    AugmentConfig close = AugmentConfig.parse("probability=1,rotate=0,scale=0,shift=0,shear=0,elastic=0,thick=0,"
        + "thin=0,flat=0,close=1");
    int shut = 0;
    for (long seed = 0; seed < 10; seed++) {
      float[] out = new float[784];
      new Augmenter(close).apply(ring(), 0, out, 0, new SplittableRandom(seed), new float[2 * 784]);
      double hole = 0;
      for (int y = 11; y <= 15; y++) {
        for (int x = 12; x <= 14; x++) {
          hole += out[y * 28 + x] / 15;
        }
      }
      assertThat(hole).isGreaterThan(0.5); // the loop is at least half filled (1.5 px closing)
      shut += hole > 0.99 ? 1 : 0; // 2 px or more shuts it
      // the ring is still there (a fractional closing softens its outer edge by up to a quarter)
      assertThat(out[9 * 28 + 13]).isGreaterThan(0.7f);
      assertThat(out[13 * 28 + 7]).isLessThan(0.05f); // outside stays background
      assertThat(out[5 * 28 + 13]).isLessThan(0.05f);
      float[] same = new float[784];
      new Augmenter(close).apply(ring(), 0, same, 0, new SplittableRandom(seed), new float[2 * 784]);
      assertThat(same).containsExactly(out);
    }
    assertThat(shut).isBetween(3, 9);
  }

  @Test
  void shiftMovesTheInk() {
    AugmentConfig shift = new AugmentConfig(1, 0, 0, 3, 0, 0, 0, 0, 0);
    double moved = 0;
    for (long s = 0; s < 10; s++) {
      float[] v = apply(shift, s);
      double cx = 0;
      double m = 0;
      for (int i = 0; i < 784; i++) {
        cx += v[i] * (i % 28);
        m += v[i];
      }
      moved = Math.max(moved, Math.abs(cx / m - 13.5));
    }
    assertThat(moved).isBetween(0.5, 3.2);
  }

  @Test
  void specParsesAndRoundTrips() {
    assertThat(AugmentConfig.parse("none")).isEqualTo(AugmentConfig.NONE);
    assertThat(AugmentConfig.parse("default")).isEqualTo(AugmentConfig.DEFAULT);
    AugmentConfig c = AugmentConfig.parse("rotate=10,elastic=0");
    assertThat(c.rotate()).isEqualTo(10);
    assertThat(c.elastic()).isZero();
    assertThat(c.shift()).isEqualTo(AugmentConfig.DEFAULT.shift());
    assertThat(AugmentConfig.parse(c.spec())).isEqualTo(c);
    assertThatThrownBy(() -> AugmentConfig.parse("spin=3")).hasMessageContaining("spin=3");
    assertThatThrownBy(() -> AugmentConfig.parse("rotate=400")).hasMessageContaining("out of range");
    AugmentConfig r = AugmentConfig.parse("reink=0.2,pool=300,fat=0.5,close=0.1");
    assertThat(r.poolSize(60000)).isEqualTo(300);
    assertThat(r.poolSize(100)).isEqualTo(100);
    assertThat(AugmentConfig.parse("reink=0,pool=300").poolSize(60000)).isZero();
    assertThat(AugmentConfig.parse(r.spec())).isEqualTo(r);
    assertThatThrownBy(() -> AugmentConfig.parse("reink=0.2,pool=0")).hasMessageContaining("pool");
    assertThatThrownBy(() -> AugmentConfig.parse("reink=0.2,pool=2.5")).hasMessageContaining("whole number");
  }

  @Test
  void reinkedDrawingsTakeTheirShareWithTheirLabels() throws Exception {
    MnistData d = new MnistData(new byte[640 * 784], new byte[640], new byte[784], new byte[1]);
    // Training images all 1s with label 1; the pool holds drawings of value 0.5 labelled 7.
    java.util.Arrays.fill(d.trainImages(), (byte) 255);
    java.util.Arrays.fill(d.trainLabels(), (byte) 1);
    float[] px = new float[5 * 784];
    java.util.Arrays.fill(px, 0.5f);
    byte[] labels = new byte[5];
    java.util.Arrays.fill(labels, (byte) 7);
    ReinkedPool pool = new ReinkedPool(px, labels);
    AugmentConfig c = new AugmentConfig(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.25, 5, 0);
    int fromPool = 0;
    int total = 0;
    try (BatchPipeline p = new BatchPipeline(d, 64, 8, 0.75f, c, pool, 3, 0, 1)) {
      BatchPipeline.Batch b;
      while ((b = p.take()) != null) {
        for (int i = 0; i < b.size; i++) {
          boolean pooled = b.images[i * 784 + 100] == 0.5f;
          assertThat(b.labels[i * BatchPipeline.LABELS + 7]).isEqualTo(pooled ? 1f : 0f);
          assertThat(b.labels[i * BatchPipeline.LABELS + 1]).isEqualTo(pooled ? 0f : 1f);
          fromPool += pooled ? 1 : 0;
          total++;
        }
        p.recycle(b);
      }
    }
    assertThat(total).isEqualTo(640);
    assertThat(fromPool / (double) total).isBetween(0.18, 0.32);
  }

  @Test
  void batchesAreReproducible() throws Exception {
    MnistData d = new MnistData(new byte[300 * 784], new byte[300], new byte[784], new byte[1]);
    for (int i = 0; i < d.trainImages().length; i++) {
      d.trainImages()[i] = (byte) ((i * 37) % 251);
    }
    for (int i = 0; i < 300; i++) {
      d.trainLabels()[i] = (byte) (i % 10);
    }
    float[][] first = new float[2][];
    for (int run = 0; run < 2; run++) {
      try (BatchPipeline p = new BatchPipeline(d, 32, 8, 0.75f, AugmentConfig.DEFAULT, 9, 1, 2)) {
        BatchPipeline.Batch b = p.take();
        assertThat(b.epoch).isEqualTo(1);
        first[run] = b.images.clone();
        int n = 1;
        p.recycle(b);
        while ((b = p.take()) != null) {
          n++;
          p.recycle(b);
        }
        assertThat(n).isEqualTo(300 / 32);
      }
    }
    assertThat(first[0]).containsExactly(first[1]);
  }

  @Test
  void labelSmoothingSpreadsATenthOfADigitsTargetOverTheDigitsAndLeavesNegativesOneHot() throws Exception {
    MnistData d = new MnistData(new byte[64 * 784], new byte[64], new byte[784], new byte[1]);
    for (int i = 0; i < d.trainImages().length; i++) {
      d.trainImages()[i] = (byte) ((i * 53) % 241);
    }
    for (int i = 0; i < 64; i++) {
      d.trainLabels()[i] = (byte) (i % 10);
    }
    float[] px = new float[5 * 784];
    byte[] labels = new byte[5];
    java.util.Arrays.fill(labels, (byte) NetworkSpec.NOT_DIGIT);
    ReinkedPool negatives = new ReinkedPool(px, labels);
    AugmentConfig oneHot = AugmentConfig.parse("negatives=0.5,negpool=5");
    AugmentConfig smoothed = AugmentConfig.parse("negatives=0.5,negpool=5,smooth=0.1");
    assertThat(smoothed.smooth()).isEqualTo(0.1);
    assertThat(AugmentConfig.parse(smoothed.spec())).isEqualTo(smoothed);
    assertThat(AugmentConfig.DEFAULT.spec()).doesNotContain("smooth");
    assertThatThrownBy(() -> AugmentConfig.parse("smooth=0.6")).hasMessageContaining("out of range");
    BatchPipeline.Batch[] batches = new BatchPipeline.Batch[2];
    AugmentConfig[] configs = {oneHot, smoothed};
    for (int k = 0; k < 2; k++) {
      try (BatchPipeline p = new BatchPipeline(d, 32, 8, 0.75f, configs[k], null, negatives, 5, 0, 1)) {
        batches[k] = p.take();
      }
    }
    assertThat(batches[1].images).containsExactly(batches[0].images);
    int digits = 0;
    for (int i = 0; i < 32; i++) {
      int row = i * BatchPipeline.LABELS;
      boolean negative = batches[0].labels[row + NetworkSpec.NOT_DIGIT] == 1f;
      float sum = 0;
      for (int c = 0; c < BatchPipeline.LABELS; c++) {
        float one = batches[0].labels[row + c];
        float target = batches[1].labels[row + c];
        assertThat(one).isIn(0f, 1f);
        if (negative || c >= NetworkSpec.NOT_DIGIT) {
          assertThat(target).isEqualTo(one);
        } else {
          assertThat(target).isCloseTo(one == 1f ? 0.9f + 0.01f : 0.01f, org.assertj.core.data.Offset.offset(1e-6f));
        }
        sum += target;
      }
      assertThat(sum).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
      digits += negative ? 0 : 1;
    }
    assertThat(digits).isBetween(4, 28);
  }
}
