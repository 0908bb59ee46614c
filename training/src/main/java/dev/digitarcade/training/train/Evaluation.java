package dev.digitarcade.training.train;

import java.util.Locale;

/**
 * Accuracy, per-class accuracy (recall) and confusion matrix of predictions against labels (at
 * least one: an accuracy of nothing is refused rather than reported as 0 %).
 *
 * @param confusion {@code confusion[actual][predicted]} counts
 */
public record Evaluation(int count, int correct, int[][] confusion) {

  public static Evaluation of(int[] predicted, byte[] labels) {
    if (predicted.length != labels.length) {
      throw new IllegalArgumentException(predicted.length + " predictions for " + labels.length + " labels");
    }
    if (labels.length == 0) {
      throw new IllegalArgumentException("nothing to evaluate on: the test set is empty (expected at least 1 test image)");
    }
    int[][] confusion = new int[10][10];
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
      confusion[labels[i]][predicted[i]]++;
      if (labels[i] == predicted[i]) {
        correct++;
      }
    }
    return new Evaluation(labels.length, correct, confusion);
  }

  /** Index of the largest of the 10 values at {@code row * 10}. */
  public static int argMax(float[] probs, int row) {
    int best = 0;
    for (int k = 1; k < 10; k++) {
      if (probs[row * 10 + k] > probs[row * 10 + best]) {
        best = k;
      }
    }
    return best;
  }

  public double accuracy() {
    return count == 0 ? 0 : correct / (double) count;
  }

  public double[] perClass() {
    double[] p = new double[10];
    for (int a = 0; a < 10; a++) {
      int total = 0;
      for (int b = 0; b < 10; b++) {
        total += confusion[a][b];
      }
      p[a] = total == 0 ? 0 : confusion[a][a] / (double) total;
    }
    return p;
  }

  /** One JSON object: accuracy (fraction), count, correct, perClass (fractions), confusion. */
  public String toJson() {
    StringBuilder b = new StringBuilder();
    b.append("{\"accuracy\":").append(fmt(accuracy())).append(",\"count\":").append(count)
        .append(",\"correct\":").append(correct).append(",\"perClass\":{");
    double[] p = perClass();
    for (int k = 0; k < 10; k++) {
      b.append(k == 0 ? "" : ",").append('"').append(k).append("\":").append(fmt(p[k]));
    }
    b.append("},\"confusion\":[");
    for (int a = 0; a < 10; a++) {
      b.append(a == 0 ? "[" : ",[");
      for (int c = 0; c < 10; c++) {
        b.append(c == 0 ? "" : ",").append(confusion[a][c]);
      }
      b.append(']');
    }
    return b.append("]}").toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** Human-readable report: accuracy, per-class accuracy, confusion matrix (rows = actual). */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "test accuracy: %.2f %% (%d of %d)%n", 100 * accuracy(), correct, count));
    b.append("per-class accuracy:\n");
    double[] p = perClass();
    for (int k = 0; k < 10; k++) {
      b.append(String.format(Locale.ROOT, "  %d: %6.2f %%%n", k, 100 * p[k]));
    }
    b.append("confusion matrix (rows: actual, columns: predicted):\n      ");
    for (int c = 0; c < 10; c++) {
      b.append(String.format(Locale.ROOT, "%6d", c));
    }
    b.append('\n');
    for (int a = 0; a < 10; a++) {
      b.append(String.format(Locale.ROOT, "  %d | ", a));
      for (int c = 0; c < 10; c++) {
        b.append(String.format(Locale.ROOT, "%6d", confusion[a][c]));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
