package dev.digitarcade.engine.loop;

/** A monotonic time source in nanoseconds. Injected into the loop so it can be driven by a fake in tests. */
@FunctionalInterface
public interface Clock {
  long nanoTime();

  /** The JVM's monotonic clock. */
  static Clock system() {
    return System::nanoTime;
  }
}
