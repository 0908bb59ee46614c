package dev.digitarcade.game.why;

import dev.digitarcade.game.reading.Explainer;
import dev.digitarcade.model.classify.InputMemory;
import dev.digitarcade.model.classify.Saliency;
import java.util.Arrays;
import java.util.Objects;

/**
 * Computes the "why" off the render thread: one daemon thread, started by the first request,
 * explains the newest request (newer requests replace one not yet started) and keeps the newest
 * result, finished to the pixels the view uploads ({@link Explained}). Nothing runs unless asked.
 *
 * <p>Each digit's explanation is remembered by its model input (its 28x28 values, compared
 * whole): while a number is written the digits already there keep their inputs from reading to
 * reading, so only the digit being drawn goes to the model. The saliency depends on nothing but
 * the input and the model, so a remembered one is the one the model would give again.
 */
final class WhyWorker implements AutoCloseable {

  /** Explanations remembered, most recently used kept: a few numbers' worth of digits. */
  static final int REMEMBERED = 32;

  /**
   * One digit's explanation, ready to show: its saliency, the heat map made of it, and that heat's
   * RGBA pixels for the model view and for the drawing. Shared, never modified.
   */
  record Explained(Saliency saliency, HeatMap map, byte[] viewRgba, byte[] canvasRgba) {
    static Explained of(Saliency s, float[] input) {
      HeatMap m = HeatMap.of(s, input);
      return new Explained(s, m, m.rgba(WhyView.VIEW_OPACITY), m.rgba(WhyView.CANVAS_OPACITY));
    }
  }

  /**
   * A finished explanation: the reading it belongs to, one explanation per digit (none when it
   * failed) or what went wrong, the time from its request to this result, and how many of its
   * digits went to the model (the others were remembered).
   */
  record Result(long seq, Explained[] digits, String failure, long nanos, int computed) {
    /** Each digit's saliency, in order. */
    Saliency[] maps() {
      return Arrays.stream(digits).map(Explained::saliency).toArray(Saliency[]::new);
    }
  }

  private record Request(long seq, float[][] inputs, long requestedAt) {}

  private final Explainer explainer;
  private final Object lock = new Object();
  /** Touched by the worker thread only. */
  private final InputMemory<Explained> remembered = new InputMemory<>(REMEMBERED);
  private Request pending;
  private Result latest;
  private Thread thread;
  private boolean closed;

  WhyWorker(Explainer explainer) {
    this.explainer = Objects.requireNonNull(explainer);
  }

  /**
   * Asks for the explanation of one reading's model inputs; replaces a request not yet started.
   * The inputs must not be modified afterwards (readings never modify theirs).
   */
  void request(long seq, float[][] inputs) {
    long now = System.nanoTime();
    synchronized (lock) {
      if (closed) {
        return;
      }
      pending = new Request(seq, inputs.clone(), now);
      if (thread == null) {
        thread = new Thread(this::work, "why");
        thread.setDaemon(true);
        thread.start();
      }
      lock.notifyAll();
    }
  }

  /** The newest finished explanation, or null. Never blocks. */
  Result latest() {
    synchronized (lock) {
      return latest;
    }
  }

  /** Waits at most {@code timeoutMillis} for an explanation of {@code seq} or newer (tests, lock-step runs). */
  Result await(long seq, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    synchronized (lock) {
      while (latest == null || latest.seq() < seq) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || closed) {
          return latest != null && latest.seq() >= seq ? latest : null;
        }
        lock.wait(Math.max(1, left / 1_000_000L));
      }
      return latest;
    }
  }

  private void work() {
    while (true) {
      Request r;
      synchronized (lock) {
        while (pending == null && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        r = pending;
        pending = null;
      }
      Result result;
      try {
        result = explain(r);
      } catch (RuntimeException e) {
        result = new Result(r.seq(), new Explained[0], e.getMessage() == null ? e.toString() : e.getMessage(),
            System.nanoTime() - r.requestedAt(), 0);
      }
      synchronized (lock) {
        latest = result;
        lock.notifyAll();
      }
    }
  }

  /** The request's explanations: remembered ones as they are, the rest from one model call. */
  private Result explain(Request r) {
    Explained[] out = new Explained[r.inputs().length];
    int computed = remembered.fill(r.inputs(), out, batch -> {
      Saliency[] maps = explainer.explain(batch);
      if (maps.length != batch.length) {
        throw new IllegalStateException("the model explained " + maps.length + " of " + batch.length + " digits");
      }
      Explained[] fresh = new Explained[batch.length];
      for (int k = 0; k < batch.length; k++) {
        fresh[k] = Explained.of(maps[k], batch[k]);
      }
      return fresh;
    });
    return new Result(r.seq(), out, null, System.nanoTime() - r.requestedAt(), computed);
  }

  /** Stops the thread (waiting for a call under way). Idempotent. */
  @Override
  public void close() {
    Thread t;
    synchronized (lock) {
      closed = true;
      pending = null;
      t = thread;
      lock.notifyAll();
    }
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
