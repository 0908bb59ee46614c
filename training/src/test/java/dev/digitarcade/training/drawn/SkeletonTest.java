package dev.digitarcade.training.drawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SkeletonTest {

  /** Zhang-Suen written out directly from its definition: what the table-driven thinning must equal. */
  private static boolean[] referenceThin(boolean[] mask, int w, int h) {
    int pw = w + 2;
    int ph = h + 2;
    boolean[] img = new boolean[pw * ph];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img[(y + 1) * pw + x + 1] = mask[y * w + x];
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int step = 0; step < 2; step++) {
        List<Integer> remove = new ArrayList<>();
        for (int y = 1; y < ph - 1; y++) {
          for (int x = 1; x < pw - 1; x++) {
            int i = y * pw + x;
            if (!img[i]) {
              continue;
            }
            boolean[] p = {img[i - pw], img[i - pw + 1], img[i + 1], img[i + pw + 1], img[i + pw], img[i + pw - 1],
                img[i - 1], img[i - pw - 1]};
            int b = 0;
            int a = 0;
            for (int k = 0; k < 8; k++) {
              b += p[k] ? 1 : 0;
              a += !p[k] && p[(k + 1) % 8] ? 1 : 0;
            }
            boolean keep = step == 0 ? (p[0] && p[2] && p[4]) || (p[2] && p[4] && p[6])
                : (p[0] && p[2] && p[6]) || (p[0] && p[4] && p[6]);
            if (b >= 2 && b <= 6 && a == 1 && !keep) {
              remove.add(i);
            }
          }
        }
        remove.forEach(i -> img[i] = false);
        changed |= !remove.isEmpty();
      }
    }
    boolean[] out = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = img[(y + 1) * pw + x + 1];
      }
    }
    return out;
  }

  /** The chamfer distance with two full scans: what the ink-only passes must equal, bit for bit. */
  private static float[] referenceDepth(boolean[] mask, int w, int h) {
    float[] d = new float[w * h];
    for (int i = 0; i < d.length; i++) {
      d[i] = mask[i] ? 1e9f : 0f;
    }
    for (int pass = 0; pass < 2; pass++) {
      int sign = pass == 0 ? -1 : 1;
      for (int k = 0; k < d.length; k++) {
        int i = pass == 0 ? k : d.length - 1 - k;
        int x = i % w;
        int y = i / w;
        if (d[i] == 0f) {
          continue;
        }
        float v = d[i];
        boolean side = pass == 0 ? x > 0 : x < w - 1;
        boolean other = pass == 0 ? x < w - 1 : x > 0;
        boolean row = pass == 0 ? y > 0 : y < h - 1;
        v = Math.min(v, (side ? d[i + sign] : 0f) + 1f);
        v = Math.min(v, (row ? d[i + sign * w] : 0f) + 1f);
        v = Math.min(v, (side && row ? d[i + sign * (w + 1)] : 0f) + 1.41421356f);
        v = Math.min(v, (other && row ? d[i + sign * (w - 1)] : 0f) + 1.41421356f);
        d[i] = v;
      }
    }
    return d;
  }

  /** Blobs, bars and rings at random, touching the border sometimes. */
  private static boolean[] randomMask(int w, int h, SplittableRandom r) {
    boolean[] m = new boolean[w * h];
    int shapes = 1 + r.nextInt(5);
    for (int s = 0; s < shapes; s++) {
      double cx = r.nextDouble() * w;
      double cy = r.nextDouble() * h;
      double outer = 2 + r.nextDouble() * w / 3;
      double inner = r.nextBoolean() ? outer * r.nextDouble() * 0.8 : 0;
      double sx = 0.3 + r.nextDouble();
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double d = Math.hypot((x - cx) * sx, y - cy);
          if (d <= outer && d >= inner) {
            m[y * w + x] = true;
          }
        }
      }
    }
    for (int k = 0; k < w * h / 20; k++) {
      m[r.nextInt(w * h)] ^= true;
    }
    return m;
  }

  @Test
  void thinningEqualsZhangSuenAsDefined() {
    SplittableRandom r = new SplittableRandom(11);
    for (int t = 0; t < 200; t++) {
      int w = 8 + r.nextInt(60);
      int h = 8 + r.nextInt(60);
      boolean[] mask = randomMask(w, h, r);
      assertThat(Skeleton.thin(mask, w, h)).as("mask %d (%dx%d)", t, w, h).isEqualTo(referenceThin(mask, w, h));
    }
  }

  @Test
  void depthEqualsTheFullScanChamferBitForBit() {
    SplittableRandom r = new SplittableRandom(12);
    for (int t = 0; t < 200; t++) {
      int w = 8 + r.nextInt(60);
      int h = 8 + r.nextInt(60);
      boolean[] mask = randomMask(w, h, r);
      float[] got = Skeleton.depth(mask, w, h);
      float[] want = referenceDepth(mask, w, h);
      for (int i = 0; i < got.length; i++) {
        assertThat(Float.floatToRawIntBits(got[i])).as("mask %d pixel %d", t, i).isEqualTo(Float.floatToRawIntBits(want[i]));
      }
    }
    boolean[] full = new boolean[64];
    java.util.Arrays.fill(full, true);
    assertThat(Skeleton.depth(full, 8, 8)[27]).isEqualTo(4f);
    assertThat(Skeleton.depth(new boolean[64], 8, 8)).containsOnly(0f);
  }

  @Test
  void thinningAnEmptyOrFullMask() {
    assertThat(Skeleton.thin(new boolean[100], 10, 10)).isEqualTo(new boolean[100]);
    boolean[] full = new boolean[100];
    java.util.Arrays.fill(full, true);
    boolean[] thinned = Skeleton.thin(full, 10, 10);
    assertThat(thinned).isEqualTo(referenceThin(full, 10, 10));
    int left = 0;
    for (boolean b : thinned) {
      left += b ? 1 : 0;
    }
    assertThat(left).isBetween(1, 20);
  }
}
