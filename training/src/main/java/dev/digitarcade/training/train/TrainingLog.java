package dev.digitarcade.training.train;

import dev.digitarcade.training.data.FileErrors;
import dev.digitarcade.training.insight.EventWriter;
import dev.digitarcade.training.insight.EventWriter.Scalar;
import dev.digitarcade.training.insight.TrainingPlot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run records beside its progress bar: the per-epoch figures (for {@code training.png})
 * and, with {@code --logdir}, TensorBoard scalars. It only reads figures the training loop has
 * already computed, so it never changes what is trained.
 *
 * <p>Every {@value #EVERY} steps (and at the end of each epoch) the scalars {@code loss} and
 * {@code accuracy} (means over the steps since the last record), {@code learning_rate} and
 * {@code images_per_second} (over the same steps' wall time); after each epoch {@code
 * test_accuracy}, {@code epoch_loss}, {@code epoch_accuracy} and {@code epoch_seconds}, all at the
 * global step. A failed write (a full disk) is one warning line; training goes on without curves.
 */
final class TrainingLog implements AutoCloseable {
  static final int EVERY = Trainer.LOG_EVERY_STEPS;

  private final PrintStream out;
  private final List<TrainingPlot.Epoch> epochs = new ArrayList<>();
  private EventWriter events;
  private double lossSum;
  private long correct;
  private long seen;
  private long windowStart;

  private TrainingLog(PrintStream out, EventWriter events) {
    this.out = out;
    this.events = events;
  }

  /** A log writing event files into {@code logdir} (created if missing), or none when it is null. */
  static TrainingLog open(Path logdir, PrintStream out) throws IOException {
    if (logdir == null) {
      return new TrainingLog(out, null);
    }
    EventWriter w;
    try {
      w = EventWriter.open(logdir);
    } catch (IOException e) {
      throw new IOException("--logdir " + logdir + ": cannot create an event file (" + FileErrors.reason(e) + ")", e);
    }
    out.println("TensorBoard events: " + w.file().toAbsolutePath() + " (tensorboard --logdir " + logdir + ")");
    return new TrainingLog(out, w);
  }

  List<TrainingPlot.Epoch> epochs() {
    return List.copyOf(epochs);
  }

  /** An epoch starts: the wall clock of its first window. */
  void startEpoch() {
    windowStart = System.nanoTime();
  }

  /** A step was trained ({@code step} counted from 1); records the window when it is due. */
  void step(long step, float loss, int batchCorrect, int size, float lr, boolean lastOfEpoch) {
    if (events == null) {
      return;
    }
    lossSum += (double) loss * size;
    correct += batchCorrect;
    seen += size;
    if (step % EVERY != 0 && !lastOfEpoch) {
      return;
    }
    long now = System.nanoTime();
    double seconds = (now - windowStart) / 1e9;
    write(step, List.of(new Scalar("loss", lossSum / seen), new Scalar("accuracy", correct / (double) seen),
        new Scalar("learning_rate", lr), new Scalar("images_per_second", seconds > 0 ? seen / seconds : 0)));
    lossSum = 0;
    correct = 0;
    seen = 0;
    windowStart = now;
  }

  /** An epoch ended and was evaluated. */
  void epoch(int epoch, long step, double loss, double trainAccuracy, double testAccuracy, double seconds) {
    epochs.add(new TrainingPlot.Epoch(epoch, loss, trainAccuracy, testAccuracy));
    if (events == null) {
      return;
    }
    write(step, List.of(new Scalar("test_accuracy", testAccuracy), new Scalar("epoch_loss", loss),
        new Scalar("epoch_accuracy", trainAccuracy), new Scalar("epoch_seconds", seconds)));
    try {
      events.flush();
    } catch (IOException e) {
      fail(e);
    }
  }

  private void write(long step, List<Scalar> scalars) {
    try {
      events.scalars(step, scalars);
    } catch (IOException e) {
      fail(e);
    }
  }

  private void fail(IOException e) {
    out.println("warning: --logdir: cannot write " + events.file() + " (" + FileErrors.reason(e)
        + "); training goes on without TensorBoard events");
    try {
      events.close();
    } catch (IOException ignored) {
      // already reported
    }
    events = null;
  }

  @Override
  public void close() {
    if (events != null) {
      try {
        events.close();
      } catch (IOException e) {
        fail(e);
      }
    }
  }
}
