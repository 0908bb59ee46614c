package dev.digitarcade.training.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /** Logits whose labels are drawn from softmax(logits / 2): the right temperature is 2. */
  @Test
  void recoversTheTemperatureThatGeneratedTheLabelsAndLowersTheError() {
    SplittableRandom r = new SplittableRandom(3);
    int m = 3000;
    int stride = 12;
    float[] rows = new float[m * stride];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (float) (r.nextGaussian() * 4);
    }
    float[] p = Calibration.probabilities(rows, stride, m, 2f);
    int[] used = new int[m];
    for (int i = 0; i < m; i++) {
      double u = r.nextDouble();
      used[i] = 9;
      for (int k = 0; k < 10; k++) {
        u -= p[i * 10 + k];
        if (u < 0) {
          used[i] = k;
          break;
        }
      }
    }
    float t = Calibration.fitTemperature(rows, stride, used);
    assertThat(t).isCloseTo(2f, within(0.35f));
    double before = Calibration.expectedCalibrationError(Calibration.probabilities(rows, stride, m, 1f), used);
    double after = Calibration.expectedCalibrationError(Calibration.probabilities(rows, stride, m, t), used);
    assertThat(after).isLessThan(before / 2);
  }

  @Test
  void perfectlyCalibratedConfidentRightAnswersHaveNoError() {
    float[] probs = new float[20];
    probs[3] = 1f;
    probs[10 + 7] = 1f;
    assertThat(Calibration.expectedCalibrationError(probs, new int[] {3, 7})).isEqualTo(0.0);
    assertThat(Calibration.expectedCalibrationError(probs, new int[] {3, 8})).isCloseTo(0.5, within(1e-9));
  }
}
