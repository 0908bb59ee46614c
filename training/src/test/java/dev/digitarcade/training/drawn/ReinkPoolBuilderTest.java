package dev.digitarcade.training.drawn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.training.data.ReinkedPool;
import org.junit.jupiter.api.Test;

class ReinkPoolBuilderTest {

  private static byte[] images(int n) {
    byte[] seven = DrawnDigitGeneratorTest.fakeMnistSeven();
    byte[] all = new byte[n * 784];
    for (int i = 0; i < n; i++) {
      System.arraycopy(seven, 0, all, i * 784, 784);
    }
    return all;
  }

  private static double ink(float[] px, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += px[i];
    }
    return s;
  }

  @Test
  void sameSeedSamePoolWhateverTheThreadCount() throws Exception {
    byte[] labels = {7, 7, 7, 7, 7, 7, 3, 3};
    ReinkedPool one = ReinkPoolBuilder.build(images(8), labels, 6, 0.5, 11L, 1);
    ReinkedPool two = ReinkPoolBuilder.build(images(8), labels, 6, 0.5, 11L, 2);
    assertThat(two.images()).isEqualTo(one.images());
    assertThat(two.labels()).containsExactly(one.labels());
    assertThat(one.count()).isEqualTo(6);
    ReinkedPool other = ReinkPoolBuilder.build(images(8), labels, 6, 0.5, 12L, 2);
    assertThat(other.images()).isNotEqualTo(one.images());
    for (int j = 0; j < 6; j++) {
      assertThat(ink(one.images(), j * 784, (j + 1) * 784)).isGreaterThan(20); // a digit, not a blank
    }
  }

  @Test
  void choosesDistinctTrainingDigits() {
    int[] c = ReinkPoolBuilder.choose(50, 50, 3L);
    assertThat(c).hasSize(50).doesNotHaveDuplicates();
    assertThat(ReinkPoolBuilder.choose(50, 10, 3L)).containsExactly(java.util.Arrays.copyOf(c, 10));
  }

  @Test
  void fatBrushesMakeBolderInputs() throws Exception {
    int n = 12;
    byte[] labels = new byte[n];
    java.util.Arrays.fill(labels, (byte) 7);
    ReinkedPool thin = ReinkPoolBuilder.build(images(n), labels, n, 0, 5L, 2);
    ReinkedPool fat = ReinkPoolBuilder.build(images(n), labels, n, 1, 5L, 2);
    assertThat(ink(fat.images(), 0, n * 784)).isGreaterThan(1.15 * ink(thin.images(), 0, n * 784));
  }
}
