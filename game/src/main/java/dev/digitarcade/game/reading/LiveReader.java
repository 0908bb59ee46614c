package dev.digitarcade.game.reading;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the canvas off the render thread. One worker thread first loads the model (so the
 * menu shows while it loads), then turns canvas snapshots into {@link Prediction}s. Newer
 * snapshots replace older ones that have not been started: the newest canvas always wins
 * and the render thread never waits. A reading that fails (an exception in the recipe or the
 * model) is recorded as a {@link Failure} and the worker goes on with the next snapshot.
 */
public final class LiveReader implements AutoCloseable {

  /** Loads the model; its exception's message is shown to the player as it is. */
  @FunctionalInterface
  public interface Loader {
    DigitModel load() throws Exception;
  }

  /** Turns a grayscale canvas (white ink on black, row 0 at the top) into the model's 784 inputs, or null when empty. */
  @FunctionalInterface
  public interface Recipe {
    float[] prepare(byte[] gray, int width, int height);
  }

  /** Where the model is. */
  public sealed interface Status {
    record Loading() implements Status { }

    record Ready(long loadNanos) implements Status { }

    record Failed(String message) implements Status { }
  }

  /** A reading that could not be made: the snapshot's sequence number and what went wrong. */
  public record Failure(long seq, String message) { }

  private record Snapshot(byte[] gray, int width, int height, long version, long submittedNanos) { }

  /** How many finished snapshot arrays are kept for reuse; the rest are left to the collector. */
  static final int SPARE_ARRAYS = 3;

  private final Loader loader;
  private final Recipe recipe;
  private final Object lock = new Object();
  private final AtomicReference<Status> status = new AtomicReference<>(new Status.Loading());
  private final AtomicReference<Prediction> latest = new AtomicReference<>();
  private final AtomicLong readings = new AtomicLong();
  private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
  private final AtomicLong failures = new AtomicLong();
  /** Snapshot arrays the worker is done with, for {@link #buffer} to hand out again; guarded by {@code lock}. */
  private final ArrayDeque<byte[]> spare = new ArrayDeque<>(SPARE_ARRAYS);
  private final Thread worker;
  private final Consumer<Status> onStatus;
  private Snapshot pending;
  private long submitted;
  private boolean closed;

  public LiveReader(Loader loader, Recipe recipe) {
    this(loader, recipe, status -> { });
  }

  /**
   * @param onStatus told once, on the worker thread, when loading has ended ({@link Status.Ready}
   *     or {@link Status.Failed})
   */
  public LiveReader(Loader loader, Recipe recipe, Consumer<Status> onStatus) {
    this.loader = Objects.requireNonNull(loader);
    this.recipe = Objects.requireNonNull(recipe);
    this.onStatus = Objects.requireNonNull(onStatus);
    this.worker = new Thread(this::work, "digit-reader");
    this.worker.setDaemon(true);
  }

  /** Starts loading the model in the background. Call once. */
  public LiveReader start() {
    worker.start();
    return this;
  }

  public Status status() {
    return status.get();
  }

  public boolean isReady() {
    return status.get() instanceof Status.Ready;
  }

  /**
   * An array for the next snapshot: one the worker has finished with when there is one, so a
   * canvas read back every frame does not allocate every frame.
   */
  public byte[] buffer(int size) {
    synchronized (lock) {
      for (byte[] b; (b = spare.poll()) != null; ) {
        if (b.length == size) {
          return b;
        }
      }
    }
    return new byte[size];
  }

  /** Keeps {@code b} for reuse when there is room; caller holds {@code lock}. */
  private void recycle(byte[] b) {
    if (spare.size() < SPARE_ARRAYS) {
      spare.offer(b);
    }
  }

  /** How many snapshot arrays are kept for reuse now (for tests). */
  int spareArrays() {
    synchronized (lock) {
      return spare.size();
    }
  }

  /**
   * Hands over a snapshot of the canvas; the caller must not modify {@code gray} afterwards.
   * Replaces a snapshot that is still waiting.
   *
   * @return the snapshot's sequence number, which its {@link Prediction#canvasVersion()} will
   *     carry; numbers grow across all canvases, so a screen can tell its readings from older ones
   */
  public long submit(byte[] gray, int width, int height) {
    return submit(gray, width, height, System.nanoTime());
  }

  /**
   * As {@link #submit(byte[], int, int)}, with the moment the canvas changed (before its read-back),
   * from which the reading's latency is counted.
   */
  public long submit(byte[] gray, int width, int height, long changedNanos) {
    if (gray.length != width * height) {
      throw new IllegalArgumentException("snapshot " + width + "x" + height + " with " + gray.length + " pixels");
    }
    synchronized (lock) {
      long seq = ++submitted;
      if (!closed) {
        if (pending != null) {
          recycle(pending.gray()); // replaced before the worker took it
        }
        pending = new Snapshot(gray, width, height, seq, changedNanos);
        lock.notifyAll();
      }
      return seq;
    }
  }

  /** Waits until the model has loaded or failed to, at most {@code timeoutMillis}; returns the status. */
  public Status awaitLoaded(long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    synchronized (lock) {
      long left;
      while (status.get() instanceof Status.Loading && !closed && (left = deadline - System.nanoTime()) > 0) {
        lock.wait(Math.max(1, left / 1_000_000L));
      }
      return status.get();
    }
  }

  /** The newest finished reading, or null before the first. Never blocks. */
  public Prediction latest() {
    return latest.get();
  }

  /** How many readings have been finished (empty canvases included, failed ones not). */
  public long readings() {
    return readings.get();
  }

  /** The newest reading that failed, or null when none has. */
  public Failure lastFailure() {
    return lastFailure.get();
  }

  /** How many readings have failed. */
  public long failures() {
    return failures.get();
  }

  /**
   * Waits until the snapshot numbered {@code seq} (or a newer one) has been read, for replays,
   * tests and benchmarks that want every frame's reading. Returns null on time-out or when the
   * model failed to load.
   */
  public Prediction await(long seq, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    synchronized (lock) {
      while (true) {
        Prediction p = latest.get();
        if (p != null && p.canvasVersion() >= seq) {
          return p;
        }
        Failure f = lastFailure.get();
        if (f != null && f.seq() >= seq || status.get() instanceof Status.Failed || closed) {
          return null;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        lock.wait(Math.max(1, left / 1_000_000L));
      }
    }
  }

  private void work() {
    DigitModel model;
    long t0 = System.nanoTime();
    try {
      model = loader.load();
    } catch (Exception e) {
      finishLoading(new Status.Failed(e.getMessage() == null ? e.toString() : e.getMessage()));
      return;
    } catch (LinkageError e) {
      finishLoading(new Status.Failed("TensorFlow could not start on this machine: " + e.getMessage()));
      return;
    }
    finishLoading(new Status.Ready(System.nanoTime() - t0));
    try (model) {
      while (true) {
        Snapshot s;
        synchronized (lock) {
          while (pending == null && !closed) {
            lock.wait();
          }
          if (closed) {
            return;
          }
          s = pending;
          pending = null;
        }
        Prediction p = null;
        Failure failure = null;
        try {
          p = read(model, s);
        } catch (RuntimeException e) {
          failure = new Failure(s.version(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        synchronized (lock) {
          if (p != null) {
            latest.set(p);
            readings.incrementAndGet();
          } else {
            lastFailure.set(failure);
            failures.incrementAndGet();
          }
          recycle(s.gray());
          lock.notifyAll();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void finishLoading(Status result) {
    synchronized (lock) {
      status.set(result);
      lock.notifyAll();
    }
    onStatus.accept(result);
  }

  private Prediction read(DigitModel model, Snapshot s) {
    float[] input = recipe.prepare(s.gray(), s.width(), s.height());
    if (input == null) {
      return Prediction.nothingDrawn(s.version(), System.nanoTime() - s.submittedNanos());
    }
    float[] probabilities = model.predict(input);
    return Prediction.of(s.version(), probabilities, input, System.nanoTime() - s.submittedNanos());
  }

  /** Stops the worker and closes the model. Idempotent. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      pending = null;
      lock.notifyAll();
    }
    if (worker.isAlive()) {
      try {
        worker.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
