package dev.digitarcade.training.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawnSetTest {

  /**
   * Twelve MNIST-like digits: an L-shaped stroke whose bar grows with the index, so each drawing
   * shows which image it came from; the last four labelled 1.
   */
  private static byte[] images() {
    byte[] all = new byte[12 * 784];
    for (int i = 0; i < 12; i++) {
      for (int y = 4; y <= 23; y++) {
        for (int x = 9; x <= 11; x++) {
          all[i * 784 + y * 28 + x] = (byte) 255;
        }
      }
      for (int x = 12; x <= 12 + i; x++) {
        for (int y = 21; y <= 23; y++) {
          all[i * 784 + y * 28 + x] = (byte) 230;
        }
      }
    }
    return all;
  }

  private static final byte[] LABELS = {7, 7, 7, 7, 7, 7, 7, 7, 1, 1, 1, 1};

  @Test
  void theSameDrawingsOnOneOrTwoThreads() throws Exception {
    for (int count : new int[] {9, 4}) {
      // 2..11 holds 10 images: 9 or 4 drawings pick their images at random, seeded
      DrawnSet serial = DrawnSet.draw(images(), LABELS, 2, 12, count, 31L);
      DrawnSet two = DrawnSet.draw(images(), LABELS, 2, 12, count, 31L, 2);
      DrawnSet three = DrawnSet.draw(images(), LABELS, 2, 12, count, 31L, 3);
      assertThat(two.images()).isEqualTo(serial.images());
      assertThat(three.images()).isEqualTo(serial.images());
      assertThat(two.labels()).containsExactly(serial.labels());
      assertThat(serial.count()).isEqualTo(count);
      double ink = 0;
      for (float v : serial.images()) {
        ink += v;
      }
      assertThat(ink).isGreaterThan(20.0 * count); // drawings, not blanks
    }
    DrawnSet whole = DrawnSet.draw(images(), LABELS, 2, 12, 10, 31L, 2);
    assertThat(whole.labels()).containsExactly(7, 7, 7, 7, 7, 7, 1, 1, 1, 1); // the range in order
    assertThat(DrawnSet.draw(images(), LABELS, 2, 12, 10, 32L, 2).images()).isNotEqualTo(whole.images());
  }
}
