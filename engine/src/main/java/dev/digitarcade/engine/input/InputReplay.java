package dev.digitarcade.engine.input;

import java.util.List;

/**
 * Feeds recorded events into an {@link InputQueue}: by time (once loop time reaches an event's
 * timestamp, at the start of a frame, as live input is polled) or, for recordings with ticks, by
 * tick (just before the update that received it when recorded).
 */
public final class InputReplay {
  private final List<InputEvent> events;
  private final long[] ticks;
  private int next;

  /** Replays by time. */
  public InputReplay(List<InputEvent> events) {
    this.events = List.copyOf(events);
    this.ticks = null;
  }

  private InputReplay(List<InputEvent> events, long[] ticks) {
    this.events = List.copyOf(events);
    this.ticks = ticks;
  }

  /** Replays by tick; {@code ticks} has one non-decreasing value per event. */
  public static InputReplay byTick(List<InputEvent> events, List<Long> ticks) {
    if (ticks.size() != events.size()) {
      throw new IllegalArgumentException(events.size() + " events but " + ticks.size() + " ticks");
    }
    return new InputReplay(events, ticks.stream().mapToLong(Long::longValue).toArray());
  }

  public boolean byTick() {
    return ticks != null;
  }

  /** By time: enqueues every event with {@code time <= now}, in order. Returns how many. */
  public int feed(double now, InputQueue queue) {
    if (ticks != null) {
      return 0;
    }
    int n = 0;
    while (next < events.size() && events.get(next).time() <= now) {
      queue.add(events.get(next++));
      n++;
    }
    return n;
  }

  /** By tick: enqueues every event recorded at a tick {@code <= tick}, in order. Returns how many. */
  public int feedTick(long tick, InputQueue queue) {
    if (ticks == null) {
      return 0;
    }
    int n = 0;
    while (next < events.size() && ticks[next] <= tick) {
      queue.add(events.get(next++));
      n++;
    }
    return n;
  }

  public boolean finished() {
    return next >= events.size();
  }

  /** Timestamp of the last event, or 0 for an empty recording. */
  public double duration() {
    return events.isEmpty() ? 0 : events.get(events.size() - 1).time();
  }

  public int size() {
    return events.size();
  }
}
