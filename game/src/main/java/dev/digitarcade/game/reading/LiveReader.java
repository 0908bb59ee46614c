package dev.digitarcade.game.reading;

import dev.digitarcade.model.segment.Stroke;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads the canvas off the render thread. One worker thread first loads the reading pipeline (so
 * the menu shows while the model loads), then turns canvas snapshots into {@link Reading}s.
 * Newer snapshots replace older ones that have not been started: the newest canvas always wins
 * and the render thread never waits. A reading that fails (an exception in the pipeline) is
 * recorded as a {@link Failure} and the worker goes on with the next snapshot.
 */
public final class LiveReader implements DigitReader {

  /** Loads the pipeline; its exception's message is shown to the player as it is. */
  @FunctionalInterface
  public interface Loader {
    ReadingPipeline load() throws Exception;
  }

  private record Snapshot(byte[] gray, int width, int height, List<Stroke> strokes, long version, long submittedNanos) { }

  /** How many finished snapshot arrays are kept for reuse; the rest are left to the collector. */
  static final int SPARE_ARRAYS = 3;

  private final Loader loader;
  private final Object lock = new Object();
  private final AtomicReference<Status> status = new AtomicReference<>(new Status.Loading());
  private final AtomicReference<Reading> latest = new AtomicReference<>();
  private final AtomicLong readings = new AtomicLong();
  private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
  private final AtomicLong failures = new AtomicLong();
  /** Snapshot arrays the worker is done with, for {@link #buffer} to hand out again; guarded by {@code lock}. */
  private final ArrayDeque<byte[]> spare = new ArrayDeque<>(SPARE_ARRAYS);
  private final Thread worker;
  private final Consumer<Status> onStatus;
  /** The loaded pipeline's explainer, set once by the worker after loading (null: none). */
  private volatile Explainer explainer;
  private Snapshot pending;
  private long submitted;
  private boolean closed;

  public LiveReader(Loader loader) {
    this(loader, status -> { });
  }

  /**
   * @param onStatus told once, on the worker thread, when loading has ended ({@link Status.Ready}
   *     or {@link Status.Failed})
   */
  public LiveReader(Loader loader, Consumer<Status> onStatus) {
    this.loader = Objects.requireNonNull(loader);
    this.onStatus = Objects.requireNonNull(onStatus);
    this.worker = new Thread(this::work, "digit-reader");
    this.worker.setDaemon(true);
  }

  /** Starts loading the model in the background. Call once. */
  public LiveReader start() {
    worker.start();
    return this;
  }

  @Override
  public Status status() {
    return status.get();
  }

  /**
   * An array for the next snapshot: one the worker has finished with when there is one, so a
   * canvas read back every frame does not allocate every frame.
   */
  @Override
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

  /** As {@link #submit(byte[], int, int, long)}, the canvas having changed now. */
  public long submit(byte[] gray, int width, int height) {
    return submit(gray, width, height, System.nanoTime());
  }

  @Override
  public long submit(byte[] gray, int width, int height, List<Stroke> strokes, long changedNanos) {
    if (gray.length != width * height) {
      throw new IllegalArgumentException("snapshot " + width + "x" + height + " with " + gray.length + " pixels");
    }
    synchronized (lock) {
      long seq = ++submitted;
      if (!closed) {
        if (pending != null) {
          recycle(pending.gray()); // replaced before the worker took it
        }
        pending = new Snapshot(gray, width, height, List.copyOf(strokes), seq, changedNanos);
        lock.notifyAll();
      }
      return seq;
    }
  }

  /** Waits until the model has loaded or failed to, at most {@code timeoutMillis}; returns the status. */
  @Override
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

  @Override
  public Optional<Explainer> explainer() {
    return Optional.ofNullable(explainer);
  }

  /** The newest finished reading, or null before the first. Never blocks. */
  @Override
  public Reading latest() {
    return latest.get();
  }

  /** How many readings have been finished (empty canvases included, failed ones not). */
  public long readings() {
    return readings.get();
  }

  /** The newest reading that failed, or null when none has. */
  @Override
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
  @Override
  public Reading await(long seq, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    synchronized (lock) {
      while (true) {
        Reading p = latest.get();
        if (p != null && p.seq() >= seq) {
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
    ReadingPipeline model;
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
    explainer = model.explainer().orElse(null);
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
        Reading p = null;
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

  private static Reading read(ReadingPipeline pipeline, Snapshot s) {
    return pipeline.read(s.gray(), s.width(), s.height(), s.strokes(), s.version(), s.submittedNanos());
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
