package dev.digitarcade.game.why;

import dev.digitarcade.game.reading.Explainer;
import dev.digitarcade.model.classify.Saliency;
import java.util.Objects;

/**
 * Computes saliency off the render thread: one daemon thread, started by the first request,
 * explains the newest request (newer requests replace one not yet started) and keeps the newest
 * result. Nothing runs unless asked.
 */
final class WhyWorker implements AutoCloseable {

  /** A finished explanation: the reading it belongs to, one saliency per digit, or what went wrong. */
  record Result(long seq, Saliency[] maps, String failure, long nanos) {}

  private record Request(long seq, float[][] inputs) {}

  private final Explainer explainer;
  private final Object lock = new Object();
  private Request pending;
  private Result latest;
  private Thread thread;
  private boolean closed;

  WhyWorker(Explainer explainer) {
    this.explainer = Objects.requireNonNull(explainer);
  }

  /** Asks for the saliency of one reading's model inputs; replaces a request not yet started. */
  void request(long seq, float[][] inputs) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      pending = new Request(seq, inputs.clone());
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
      long t0 = System.nanoTime();
      Result result;
      try {
        result = new Result(r.seq(), explainer.explain(r.inputs()), null, System.nanoTime() - t0);
      } catch (RuntimeException e) {
        result = new Result(r.seq(), new Saliency[0], e.getMessage() == null ? e.toString() : e.getMessage(),
            System.nanoTime() - t0);
      }
      synchronized (lock) {
        latest = result;
        lock.notifyAll();
      }
    }
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
