package dev.digitarcade.training.data;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one job on a few threads at once: worker {@code w} of {@code n} takes items {@code w},
 * {@code w + n}, {@code w + 2n}, ...; the first failure of any worker is rethrown once all have
 * stopped, and an interrupt stops them all.
 */
public final class Workers {
  /** One worker's share of the job. */
  @FunctionalInterface
  public interface Job {
    void run(int first, int stride) throws Exception;
  }

  private Workers() {}

  /**
   * Runs {@code job} on {@code workers} threads named {@code name-N} and waits for them.
   *
   * @param what what the job does, for the message of a failure ("re-inking training digits")
   */
  public static void run(int workers, String name, String what, Job job) throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] pool = new Thread[workers];
    for (int w = 0; w < workers; w++) {
      int first = w;
      pool[w] = new Thread(() -> {
        try {
          job.run(first, workers);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }, name + "-" + w);
      pool[w].setDaemon(true);
      pool[w].start();
    }
    try {
      for (Thread t : pool) {
        t.join();
      }
    } catch (InterruptedException e) {
      for (Thread t : pool) {
        t.interrupt();
      }
      throw e;
    }
    if (failure.get() != null) {
      throw new IllegalStateException(what + " failed: " + failure.get(), failure.get());
    }
  }
}
