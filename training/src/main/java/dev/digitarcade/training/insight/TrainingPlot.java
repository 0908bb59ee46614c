package dev.digitarcade.training.insight;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/** {@value #NAME}: loss and accuracy (training, running over the epoch; test) per epoch. */
public final class TrainingPlot {
  public static final String NAME = "training.png";

  /**
   * One epoch's figures.
   *
   * @param epoch 1-based
   * @param loss mean training loss over the epoch
   * @param trainAccuracy running training accuracy over the epoch (augmented batches), a fraction
   * @param testAccuracy test accuracy after the epoch, a fraction
   */
  public record Epoch(int epoch, double loss, double trainAccuracy, double testAccuracy) {}

  private TrainingPlot() {}

  /** The chart as PNG bytes (marked as ours). */
  public static byte[] png(List<Epoch> epochs) {
    return Png.encode(image(epochs));
  }

  static BufferedImage image(List<Epoch> epochs) {
    int n = epochs.size();
    double[] x = new double[n];
    double[] loss = new double[n];
    double[] train = new double[n];
    double[] test = new double[n];
    for (int i = 0; i < n; i++) {
      Epoch e = epochs.get(i);
      x[i] = e.epoch();
      loss[i] = e.loss();
      train[i] = 100 * e.trainAccuracy();
      test[i] = 100 * e.testAccuracy();
    }
    int w = 1000;
    int h = 400;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    Chart.draw(g, new Rectangle(0, 0, w / 2, h), "Training loss per epoch", "epoch", "cross-entropy (12 logits)", "%.4f",
        List.of(new Chart.Series("training (mean over the epoch)", Chart.BLUE, x, loss)));
    Chart.draw(g, new Rectangle(w / 2, 0, w / 2, h), "Accuracy per epoch", "epoch", "accuracy (%)", "%.2f %%",
        List.of(new Chart.Series("training (running over the epoch)", Chart.BLUE, x, train),
            new Chart.Series("MNIST test", Chart.ORANGE, x, test)));
    g.dispose();
    return img;
  }
}
