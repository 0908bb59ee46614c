package dev.digitarcade.engine.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns the JVM's shutdown into a clean stop. On Ctrl-C, SIGTERM or SIGHUP the JVM runs its
 * shutdown hooks and then halts, whatever other threads are doing; this guard's hook instead
 * marks the stop as {@linkplain #requested() requested} (a loop polls that, e.g. through {@link
 * RunOptions#stopWhen}) and waits until the guard is {@linkplain #close() closed}, at most the
 * grace period, so recordings and event streams are finished before the JVM goes.
 *
 * <p>Use it as the outermost resource of a run: {@code try (ShutdownGuard g =
 * ShutdownGuard.install(grace); ...)}, so it is closed after everything else.
 */
public final class ShutdownGuard implements AutoCloseable {
  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final long graceMillis;
  private final Thread hook;
  private final AtomicBoolean installed = new AtomicBoolean();

  ShutdownGuard(Duration grace) {
    this.graceMillis = Math.max(0, grace.toMillis());
    this.hook = new Thread(this::onShutdown, "shutdown-guard");
  }

  /** Installs the hook; the run has {@code grace} to finish once the JVM starts shutting down. */
  public static ShutdownGuard install(Duration grace) {
    ShutdownGuard g = new ShutdownGuard(grace);
    Runtime.getRuntime().addShutdownHook(g.hook);
    g.installed.set(true);
    return g;
  }

  /** True once the JVM has begun to shut down (or {@link #request()} was called). */
  public boolean requested() {
    return requested.get();
  }

  /** Asks for the stop as a signal would (for callers that stop for other reasons, and tests). */
  public void request() {
    requested.set(true);
  }

  /** What the hook does: ask for the stop, then wait for {@link #close()} or the grace period. */
  void onShutdown() {
    requested.set(true);
    try {
      closed.await(graceMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The run is over: lets a waiting hook return and removes the hook. Idempotent. */
  @Override
  public void close() {
    closed.countDown();
    if (installed.getAndSet(false)) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or about to; it returns now that the latch is open.
      }
    }
  }
}
