package dev.digitarcade.engine.input;

import java.util.function.DoubleSupplier;

/**
 * Turns raw GLFW callback arguments into {@link InputEvent} records and enqueues them. It does
 * nothing else: no state changes of the game happen inside a callback. Every cursor sample becomes
 * its own event. It remembers the last cursor position so buttons and scrolls carry one.
 */
public final class InputBridge {
  private final InputQueue queue;
  private final DoubleSupplier time;
  private double cursorX;
  private double cursorY;

  public InputBridge(InputQueue queue, DoubleSupplier time) {
    this.queue = queue;
    this.time = time;
  }

  public void cursor(double x, double y) {
    cursorX = x;
    cursorY = y;
    queue.add(new InputEvent.CursorMoved(time.getAsDouble(), x, y));
  }

  public void mouseButton(int button, int glfwAction, int mods) {
    queue.add(
        new InputEvent.MouseButton(
            time.getAsDouble(), button, Action.fromGlfw(glfwAction), mods, cursorX, cursorY));
  }

  public void key(int key, int scancode, int glfwAction, int mods) {
    queue.add(new InputEvent.Key(time.getAsDouble(), key, scancode, Action.fromGlfw(glfwAction), mods));
  }

  public void character(int codepoint) {
    queue.add(new InputEvent.CharTyped(time.getAsDouble(), codepoint));
  }

  public void scroll(double dx, double dy) {
    queue.add(new InputEvent.Scrolled(time.getAsDouble(), dx, dy, cursorX, cursorY));
  }
}
