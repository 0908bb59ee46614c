package dev.digitarcade.training.calibration;

import dev.digitarcade.model.ModelContract;

/**
 * Temperature scaling: one number T that divides the digit logits before the softmax, fitted to
 * minimise the negative log-likelihood of held-out drawn digits, so that "NN % sure" is right
 * about NN % of the time; and the expected calibration error that measures it.
 */
public final class Calibration {

  /** Bins of the expected calibration error (equal width over the top probability). */
  public static final int ECE_BINS = 15;

  private Calibration() {}

  /**
   * The temperature in [0.25, 8] that minimises the mean negative log-likelihood of {@code labels}
   * under softmax(digit logits / T) (golden-section search over log T; the NLL is convex in 1/T).
   *
   * @param logits n rows of {@code stride} logits, the ten digits first
   */
  public static float fitTemperature(float[] logits, int stride, int[] labels) {
    double lo = Math.log(0.25);
    double hi = Math.log(8);
    double g = (Math.sqrt(5) - 1) / 2;
    double a = hi - g * (hi - lo);
    double b = lo + g * (hi - lo);
    double fa = nll(logits, stride, labels, (float) Math.exp(a));
    double fb = nll(logits, stride, labels, (float) Math.exp(b));
    for (int it = 0; it < 60; it++) {
      if (fa < fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - g * (hi - lo);
        fa = nll(logits, stride, labels, (float) Math.exp(a));
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + g * (hi - lo);
        fb = nll(logits, stride, labels, (float) Math.exp(b));
      }
    }
    return (float) Math.exp((lo + hi) / 2);
  }

  /** Mean negative log-likelihood at temperature {@code t}. */
  static double nll(float[] logits, int stride, int[] labels, float t) {
    double sum = 0;
    for (int i = 0; i < labels.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < ModelContract.CLASSES; k++) {
        max = Math.max(max, logits[i * stride + k] / t);
      }
      double z = 0;
      for (int k = 0; k < ModelContract.CLASSES; k++) {
        z += Math.exp(logits[i * stride + k] / t - max);
      }
      sum += -(logits[i * stride + labels[i]] / t - max - Math.log(z));
    }
    return sum / labels.length;
  }

  /** Digit probabilities (n*10) from logits rows at temperature {@code t}. */
  public static float[] probabilities(float[] logits, int stride, int n, float t) {
    float[] out = new float[n * ModelContract.CLASSES];
    for (int i = 0; i < n; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < ModelContract.CLASSES; k++) {
        max = Math.max(max, logits[i * stride + k] / t);
      }
      double z = 0;
      for (int k = 0; k < ModelContract.CLASSES; k++) {
        z += Math.exp(logits[i * stride + k] / t - max);
      }
      for (int k = 0; k < ModelContract.CLASSES; k++) {
        out[i * ModelContract.CLASSES + k] = (float) (Math.exp(logits[i * stride + k] / t - max) / z);
      }
    }
    return out;
  }

  /**
   * Expected calibration error: over {@value #ECE_BINS} equal-width bins of the top probability,
   * the share-weighted mean of |accuracy - mean confidence|.
   *
   * @param probabilities n rows of ten digit probabilities
   */
  public static double expectedCalibrationError(float[] probabilities, int[] labels) {
    int n = labels.length;
    double[] conf = new double[ECE_BINS];
    double[] right = new double[ECE_BINS];
    int[] count = new int[ECE_BINS];
    for (int i = 0; i < n; i++) {
      int top = 0;
      for (int k = 1; k < ModelContract.CLASSES; k++) {
        if (probabilities[i * ModelContract.CLASSES + k] > probabilities[i * ModelContract.CLASSES + top]) {
          top = k;
        }
      }
      float p = probabilities[i * ModelContract.CLASSES + top];
      int bin = Math.min(ECE_BINS - 1, (int) (p * ECE_BINS));
      conf[bin] += p;
      right[bin] += top == labels[i] ? 1 : 0;
      count[bin]++;
    }
    double ece = 0;
    for (int b = 0; b < ECE_BINS; b++) {
      if (count[b] > 0) {
        ece += Math.abs(right[b] - conf[b]) / n;
      }
    }
    return ece;
  }
}
