package dev.digitarcade.engine.screen;

import dev.digitarcade.engine.input.InputEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stack of {@link Screen}s. The top one gets input and updates; render goes from the highest
 * opaque screen up. Push, pop and replace called while the stack is dispatching (from inside a
 * screen's handle, update or render) take effect right after that call returns, so a screen is
 * never hidden or closed while its own method is still running. Every show is paired with a hide,
 * and every screen that leaves the stack is closed exactly once.
 */
public final class ScreenStack implements AutoCloseable {
  private final ArrayList<Screen> stack = new ArrayList<>();
  private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
  private Screen shown;
  private int dispatching;
  private int width;
  private int height;
  private boolean closed;

  public ScreenStack(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** Puts {@code screen} on top: the old top is hidden, the new one resized and shown. */
  public void push(Screen screen) {
    Objects.requireNonNull(screen, "screen");
    run(() -> doPush(screen));
  }

  /** Hides and closes the top screen and shows the one under it, if any. */
  public void pop() {
    run(this::doPop);
  }

  /** Hides and closes the top screen, then pushes {@code screen}. */
  public void replace(Screen screen) {
    Objects.requireNonNull(screen, "screen");
    run(() -> {
      doPop(false);
      doPush(screen);
    });
  }

  /** Pops every screen (top first) and pushes {@code screen}. */
  public void reset(Screen screen) {
    Objects.requireNonNull(screen, "screen");
    run(() -> {
      while (!stack.isEmpty()) {
        doPop(false);
      }
      doPush(screen);
    });
  }

  public boolean isEmpty() {
    return stack.isEmpty();
  }

  public int size() {
    return stack.size();
  }

  public Screen top() {
    return stack.isEmpty() ? null : stack.get(stack.size() - 1);
  }

  public List<Screen> screens() {
    return List.copyOf(stack);
  }

  public void handle(InputEvent event) {
    Screen top = top();
    if (top != null) {
      dispatch(() -> top.handle(event));
    }
  }

  public void update(double dt) {
    Screen top = top();
    if (top != null) {
      dispatch(() -> top.update(dt));
    }
  }

  public void render(double alpha) {
    int first = stack.size() - 1;
    while (first > 0 && !stack.get(first).opaque()) {
      first--;
    }
    List<Screen> visible = first < 0 ? List.of() : List.copyOf(stack.subList(first, stack.size()));
    for (Screen s : visible) {
      dispatch(() -> s.render(alpha));
    }
  }

  /** Tells every screen on the stack the new window size. */
  public void resize(int width, int height) {
    this.width = width;
    this.height = height;
    for (Screen s : List.copyOf(stack)) {
      dispatch(() -> s.resize(width, height));
    }
  }

  /** Hides the top screen and closes every screen, top first. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pending.clear();
    RuntimeException first = null;
    try {
      hideShown();
    } catch (RuntimeException e) {
      first = e;
    }
    while (!stack.isEmpty()) {
      Screen s = stack.remove(stack.size() - 1);
      try {
        s.close();
      } catch (Exception e) {
        if (first == null) {
          first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void run(Runnable op) {
    if (closed) {
      throw new IllegalStateException("screen stack is closed");
    }
    if (dispatching > 0) {
      pending.addLast(op);
    } else {
      dispatch(op);
    }
  }

  private void dispatch(Runnable call) {
    dispatching++;
    try {
      call.run();
    } finally {
      dispatching--;
    }
    if (dispatching == 0) {
      Runnable op;
      while ((op = pending.pollFirst()) != null) {
        dispatching++;
        try {
          op.run();
        } finally {
          dispatching--;
        }
      }
    }
  }

  private void doPush(Screen screen) {
    if (stack.contains(screen)) {
      throw new IllegalArgumentException("screen is already on the stack: " + screen);
    }
    hideShown();
    stack.add(screen);
    screen.resize(width, height);
    shown = screen;
    screen.show();
  }

  private void doPop() {
    doPop(true);
  }

  private void doPop(boolean showNext) {
    if (stack.isEmpty()) {
      return;
    }
    Screen s = stack.remove(stack.size() - 1);
    try {
      if (shown == s) {
        hideShown();
      }
    } finally {
      s.close();
    }
    Screen under = top();
    if (showNext && under != null) {
      shown = under;
      under.show();
    }
  }

  private void hideShown() {
    Screen s = shown;
    shown = null;
    if (s != null) {
      s.hide();
    }
  }
}
