package dev.digitarcade.engine.input;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Events waiting for the next update, in arrival order. Window callbacks and the replay only
 * {@link #add}; the update {@link #drain}s. Both run on the loop thread (GLFW delivers callbacks
 * inside {@code glfwPollEvents}), so no locking is needed.
 */
public final class InputQueue {
  private final ArrayDeque<InputEvent> events = new ArrayDeque<>();

  public void add(InputEvent event) {
    events.addLast(java.util.Objects.requireNonNull(event, "event"));
  }

  /** Hands every queued event to {@code consumer}, oldest first, including any added meanwhile. */
  public int drain(Consumer<? super InputEvent> consumer) {
    int n = 0;
    InputEvent e;
    while ((e = events.pollFirst()) != null) {
      consumer.accept(e);
      n++;
    }
    return n;
  }

  public int size() {
    return events.size();
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }
}
