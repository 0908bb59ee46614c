package dev.digitarcade.engine.loop;

/** A clock that only moves when told to: for tests and for simulated (as-fast-as-possible) runs. */
public final class ManualClock implements Clock {
  private long now;

  public ManualClock() {
    this(0L);
  }

  public ManualClock(long startNanos) {
    this.now = startNanos;
  }

  @Override
  public long nanoTime() {
    return now;
  }

  public void advanceNanos(long nanos) {
    if (nanos < 0) {
      throw new IllegalArgumentException("a clock cannot go backwards: " + nanos + " ns");
    }
    now += nanos;
  }

  public void advanceSeconds(double seconds) {
    advanceNanos(Math.round(seconds * 1e9));
  }
}
