package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
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
}
