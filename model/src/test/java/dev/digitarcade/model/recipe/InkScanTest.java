package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InkScanTest {

  private static final float THR = 0.1f;

  private static byte[] bytes(float[] img) {
    byte[] b = new byte[img.length];
    for (int i = 0; i < img.length; i++) {
      b[i] = (byte) Math.round(img[i] * 255f);
    }
    return b;
  }

  @Test
  void noInkIsNull() {
    InkScan scan = new InkScan();
    assertThat(scan.scan(new GrayImage.Floats(new float[280 * 280], 280, 280), THR)).isNull();
    assertThat(scan.scan(new GrayImage.Bytes(new byte[560 * 560], 560, 560), THR)).isNull();
    float[] atThreshold = new float[50 * 50];
    atThreshold[77] = THR;
    assertThat(scan.scan(new GrayImage.Floats(atThreshold, 50, 50), THR))
        .as("a pixel at the threshold is not ink").isNull();
  }

  @Test
  void findsTheBoxTheInkFractionAndThePeakOnAFloatCanvasReadInPlace() {
    float[] img = new float[280 * 280];
    Paint.box(img, 280, 30, 40, 130, 90, 0.8f);
    img[200 * 280 + 250] = 0.9f;
    img[10 * 280 + 20] = 0.05f; // noise below the threshold
    Ink ink = new InkScan().scan(new GrayImage.Floats(img, 280, 280), THR);
    assertThat(ink.box()).isEqualTo(new InkBox(30, 40, 221, 161));
    assertThat(ink.fraction()).isEqualTo(5001f / (280 * 280));
    assertThat(ink.peak()).isEqualTo(0.9f);
    assertThat(ink.field()).isSameAs(img);
    assertThat(ink.stride()).isEqualTo(280);
    assertThat(ink.scale()).isEqualTo(1);
    assertThat(ink.toImage(ink.box())).isEqualTo(ink.box());
  }

  @Test
  void bytesAreReadAsIntensitiesThroughTheSameScan() {
    float[] img = new float[280 * 280];
    Paint.line(img, 280, 40, 50, 200, 230, 9);
    Ink f = new InkScan().scan(new GrayImage.Floats(img, 280, 280), THR);
    Ink b = new InkScan().scan(new GrayImage.Bytes(bytes(img), 280, 280), THR);
    assertThat(b.box()).isEqualTo(f.box());
    assertThat(b.peak()).isEqualTo(1f);
    InkBox box = b.box();
    for (int y = box.y(); y < box.y() + box.height(); y++) {
      for (int x = box.x(); x < box.x() + box.width(); x++) {
        assertThat(b.field()[y * 280 + x]).isCloseTo(img[y * 280 + x], within(0.5f / 255f));
      }
    }
  }

  @Test
  void inkIsFoundInEveryColumnPastTheEightByteSkip() {
    // 13 columns: one run of eight bytes read at once, then five read one by one.
    InkScan scan = new InkScan();
    for (int x = 0; x < 13; x++) {
      byte[] px = new byte[13 * 3];
      px[13 + x] = (byte) 200;
      Ink ink = scan.scan(new GrayImage.Bytes(px, 13, 3), THR);
      assertThat(ink.box()).as("column %d", x).isEqualTo(new InkBox(x, 1, 1, 1));
    }
  }

  @Test
  void aCanvasAboutTwiceTheReferenceIsBlockReducedAndMapsBack() {
    assertThat(InkScan.reduction(280, 280)).isEqualTo(1);
    assertThat(InkScan.reduction(419, 100)).isEqualTo(1);
    assertThat(InkScan.reduction(420, 100)).isEqualTo(2);
    assertThat(InkScan.reduction(560, 560)).isEqualTo(2);
    assertThat(InkScan.reduction(100, 700)).isEqualTo(3);

    float[] img = new float[560 * 560];
    Paint.box(img, 560, 101, 200, 301, 260, 1f); // starts on an odd column
    Ink ink = new InkScan().scan(new GrayImage.Floats(img, 560, 560), THR);
    assertThat(ink.scale()).isEqualTo(2);
    assertThat(ink.fraction()).isEqualTo(200f * 60 / (560 * 560));
    // Blocks start at the ink's first column and row: 100 full 2x2 blocks wide, 30 tall.
    assertThat(ink.box()).isEqualTo(new InkBox(0, 0, 100, 30));
    assertThat(ink.toImage(ink.box())).isEqualTo(new InkBox(101, 200, 200, 60));
    assertThat(ink.field()[5 * ink.stride() + 7]).isEqualTo(1f);
  }

  @Test
  void blockMeansOfBytesAndFloatsAgree() {
    float[] img = new float[560 * 560];
    Paint.line(img, 560, 80, 90, 400, 500, 21);
    byte[] b = bytes(img);
    float[] quantised = new float[img.length];
    for (int i = 0; i < img.length; i++) {
      quantised[i] = (b[i] & 0xff) / 255f;
    }
    Ink fromBytes = new InkScan().scan(new GrayImage.Bytes(b, 560, 560), THR);
    Ink fromFloats = new InkScan().scan(new GrayImage.Floats(quantised, 560, 560), THR);
    assertThat(fromBytes.box()).isEqualTo(fromFloats.box());
    assertThat(fromBytes.stride()).isEqualTo(fromFloats.stride());
    InkBox box = fromBytes.box();
    for (int y = box.y(); y < box.y() + box.height(); y++) {
      for (int x = box.x(); x < box.x() + box.width(); x++) {
        int i = y * fromBytes.stride() + x;
        assertThat(fromBytes.field()[i]).isCloseTo(fromFloats.field()[i], within(1e-6f));
      }
    }
  }

  @Test
  void floatLevelsAreClampedBeforeTheyAreAveraged() {
    float[] img = new float[560 * 560];
    Paint.box(img, 560, 100, 100, 102, 102, 4f); // one 2x2 block, far too bright
    Ink ink = new InkScan().scan(new GrayImage.Floats(img, 560, 560), THR);
    assertThat(ink.peak()).isEqualTo(1f);
  }

  @Test
  void inkTooFaintToSurviveTheReductionIsNoInk() {
    float[] img = new float[560 * 560];
    img[300 * 560 + 300] = 0.3f; // ink, but a quarter of it is under the threshold
    assertThat(new InkScan().scan(new GrayImage.Floats(img, 560, 560), THR)).isNull();
  }

  @Test
  void scratchFromALargerCallDoesNotLeakIntoASmallerOne() {
    InkScan scan = new InkScan();
    byte[] big = new byte[280 * 280];
    Arrays.fill(big, (byte) 255);
    scan.scan(new GrayImage.Bytes(big, 280, 280), THR);
    byte[] small = new byte[280 * 280];
    small[100 * 280 + 100] = (byte) 128;
    Ink ink = scan.scan(new GrayImage.Bytes(small, 280, 280), THR);
    assertThat(ink.box()).isEqualTo(new InkBox(100, 100, 1, 1));
    assertThat(ink.field()[100 * 280 + 100]).isCloseTo(128f / 255f, within(1e-6f));
  }

  /** Random byte canvases: strokes of several levels, specks and faint noise. */
  private static byte[] randomBytes(Random r, int w, int h) {
    float[] img = new float[w * h];
    for (int s = 0; s < 1 + r.nextInt(4); s++) {
      Paint.line(img, w, r.nextInt(w), r.nextInt(h), r.nextInt(w), r.nextInt(h), 1 + r.nextInt(30), 0.2f + 0.8f * r.nextFloat());
    }
    byte[] b = bytes(img);
    for (int k = 0; k < r.nextInt(40); k++) {
      b[r.nextInt(b.length)] = (byte) r.nextInt(256);
    }
    return b;
  }

  /**
   * The byte canvas's scan (eight pixels at a time) and its 2 x 2 reduction (stepping over
   * background) give exactly what a pixel-by-pixel scan and block sums give: box, count, peak and
   * every value of the reduced field, at thresholds below and above half of full ink.
   */
  @Test
  void aByteCanvasIsScannedBitForBitAsPixelByPixel() {
    Random r = new Random(5);
    InkScan scan = new InkScan();
    int[][] sizes = {{560, 560}, {280, 280}, {13, 7}, {561, 419}, {300, 419}};
    for (int n = 0; n < 120; n++) {
      int[] size = sizes[n % sizes.length];
      int w = size[0];
      int h = size[1];
      byte[] b = randomBytes(r, w, h);
      float thr = new float[] {0.1f, 0f, 0.49f, 0.5f, 0.8f}[n % 5];
      Ink ink = scan.scan(new GrayImage.Bytes(b, w, h), thr);
      // Pixel by pixel.
      int t = (int) Math.floor(thr * 255f);
      int minX = w;
      int minY = h;
      int maxX = -1;
      int maxY = -1;
      int count = 0;
      int peak = 0;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int v = b[y * w + x] & 0xff;
          if (v > t) {
            count++;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            peak = Math.max(peak, v);
          }
        }
      }
      if (count == 0) {
        assertThat(ink).isNull();
        continue;
      }
      int k = InkScan.reduction(w, h);
      if (k <= 1) {
        assertThat(ink.fraction()).isEqualTo(count / (float) ((long) w * h));
        assertThat(ink.box()).isEqualTo(new InkBox(minX, minY, maxX - minX + 1, maxY - minY + 1));
        assertThat(ink.peak()).isEqualTo(peak / 255f);
        continue;
      }
      int rw = (maxX - minX + k) / k;
      int rh = (maxY - minY + k) / k;
      float[] field = new float[rw * rh];
      float scale = 1f / (255f * k * k);
      for (int y = minY; y <= maxY; y++) {
        for (int rx = 0, x = minX; x <= maxX; rx++, x += k) {
          int sum = 0;
          for (int i = x; i < Math.min(maxX + 1, x + k); i++) {
            sum += b[y * w + i] & 0xff;
          }
          field[((y - minY) / k) * rw + rx] += (float) sum * scale;
        }
      }
      if (ink == null) {
        for (float v : field) {
          assertThat(v).isLessThanOrEqualTo(thr);
        }
        continue;
      }
      assertThat(ink.fraction()).isEqualTo(count / (float) ((long) w * h));
      assertThat(ink.stride()).isEqualTo(rw);
      for (int i = 0; i < rw * rh; i++) {
        assertThat(Float.floatToIntBits(ink.field()[i])).as("field %d of canvas %d", i, n)
            .isEqualTo(Float.floatToIntBits(field[i]));
      }
      float strongest = 0f;
      int fx0 = rw;
      int fy0 = rh;
      int fx1 = -1;
      int fy1 = -1;
      for (int y = 0; y < rh; y++) {
        for (int x = 0; x < rw; x++) {
          float v = field[y * rw + x];
          if (v > thr) {
            fx0 = Math.min(fx0, x);
            fx1 = Math.max(fx1, x);
            fy0 = Math.min(fy0, y);
            fy1 = y;
            strongest = Math.max(strongest, v);
          }
        }
      }
      assertThat(ink.box()).isEqualTo(new InkBox(fx0, fy0, fx1 - fx0 + 1, fy1 - fy0 + 1));
      assertThat(ink.peak()).isEqualTo(strongest);
    }
  }
}
