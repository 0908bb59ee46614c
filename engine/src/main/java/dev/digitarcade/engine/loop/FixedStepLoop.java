package dev.digitarcade.engine.loop;

/**
 * Fixed time step with an accumulator ("Fix Your Timestep"): each frame adds the clamped elapsed
 * time to the accumulator, runs {@code update(dt)} while a whole step is available, then renders
 * with {@code alpha = accumulator / dt}. Time is kept in integer nanoseconds so that a clock that
 * advances by exactly one step per frame yields exactly one update per frame.
 */
public final class FixedStepLoop {
  /** 60 Hz. */
  public static final long DEFAULT_STEP_NANOS = 1_000_000_000L / 60;
  /** Longest frame time that is fed to the accumulator (avoids the spiral of death after a stall). */
  public static final long DEFAULT_MAX_FRAME_NANOS = 250_000_000L;

  /** What the loop drives. */
  public interface Callbacks {
    void update(double dt);

    void render(double alpha);

    /** Checked before every update; returning false skips the remaining updates of this frame. */
    default boolean running() {
      return true;
    }
  }

  /** What one frame did. */
  public record Frame(int updates, double alpha, long elapsedNanos, boolean clamped) {}

  private final Clock clock;
  private final long stepNanos;
  private final long maxFrameNanos;
  private long startNanos;
  private long lastNanos;
  private long accumulator;
  private long ticks;
  private boolean started;

  public FixedStepLoop(Clock clock) {
    this(clock, DEFAULT_STEP_NANOS, DEFAULT_MAX_FRAME_NANOS);
  }

  public FixedStepLoop(Clock clock, long stepNanos, long maxFrameNanos) {
    if (stepNanos <= 0) {
      throw new IllegalArgumentException("step must be positive, got " + stepNanos + " ns");
    }
    if (maxFrameNanos < stepNanos) {
      throw new IllegalArgumentException(
          "max frame time (" + maxFrameNanos + " ns) must be at least one step (" + stepNanos + " ns)");
    }
    this.clock = clock;
    this.stepNanos = stepNanos;
    this.maxFrameNanos = maxFrameNanos;
  }

  /** Marks loop time zero. Called once before the first frame. */
  public void start() {
    startNanos = clock.nanoTime();
    lastNanos = startNanos;
    accumulator = 0;
    ticks = 0;
    started = true;
  }

  /** Runs the updates that are due and one render. */
  public Frame frame(Callbacks callbacks) {
    if (!started) {
      start();
    }
    long now = clock.nanoTime();
    long elapsed = Math.max(0L, now - lastNanos);
    lastNanos = now;
    boolean clamped = elapsed > maxFrameNanos;
    accumulator += clamped ? maxFrameNanos : elapsed;
    int updates = 0;
    double dt = stepSeconds();
    while (accumulator >= stepNanos && callbacks.running()) {
      callbacks.update(dt);
      accumulator -= stepNanos;
      ticks++;
      updates++;
    }
    if (accumulator >= stepNanos) {
      // Stopped early: do not carry the backlog into a later frame.
      accumulator %= stepNanos;
    }
    double alpha = accumulator / (double) stepNanos;
    callbacks.render(alpha);
    return new Frame(updates, alpha, elapsed, clamped);
  }

  public double stepSeconds() {
    return stepNanos / 1e9;
  }

  public long stepNanos() {
    return stepNanos;
  }

  /** Number of updates run since {@link #start()}. */
  public long ticks() {
    return ticks;
  }

  /** Simulated time: ticks times the step, in seconds. Deterministic. */
  public double simulatedSeconds() {
    return ticks * (double) stepNanos / 1e9;
  }

  /** Clock time since {@link #start()}, in seconds: the time base of input events. */
  public double loopSeconds() {
    return started ? (clock.nanoTime() - startNanos) / 1e9 : 0.0;
  }
}
