package dev.digitarcade.engine.input;

import java.util.List;

/** Feeds recorded events into an {@link InputQueue} once loop time reaches their timestamps. */
public final class InputReplay {
  private final List<InputEvent> events;
  private int next;

  public InputReplay(List<InputEvent> events) {
    this.events = List.copyOf(events);
  }

  /** Enqueues every event with {@code time <= now}, in order. Returns how many. */
  public int feed(double now, InputQueue queue) {
    int n = 0;
    while (next < events.size() && events.get(next).time() <= now) {
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
