package dev.digitarcade.engine.input;

/**
 * Input as plain records. Positions are in window coordinates (the space the cursor moves in, not
 * framebuffer pixels), origin top-left. {@code time} is seconds since the loop started.
 */
public sealed interface InputEvent {
  double time();

  /** One cursor sample. Never merged with its neighbours. */
  record CursorMoved(double time, double x, double y) implements InputEvent {}

  /** A mouse button went down or up at {@code (x, y)}. Buttons: see {@link Keys#MOUSE_LEFT}. */
  record MouseButton(double time, int button, Action action, int mods, double x, double y)
      implements InputEvent {
    public boolean pressed() {
      return action == Action.PRESS;
    }
  }

  /** A key (GLFW key code, see {@link Keys}) was pressed, released or repeated. */
  record Key(double time, int key, int scancode, Action action, int mods) implements InputEvent {
    /** True for a press or an auto-repeat of {@code keyCode}. */
    public boolean isDown(int keyCode) {
      return key == keyCode && action != Action.RELEASE;
    }

    public boolean isPress(int keyCode) {
      return key == keyCode && action == Action.PRESS;
    }
  }

  /** A Unicode code point was typed (text input, after keyboard layout). */
  record CharTyped(double time, int codepoint) implements InputEvent {
    public String text() {
      return new String(Character.toChars(codepoint));
    }
  }

  /** Wheel or touchpad scroll, with the cursor position at the time. */
  record Scrolled(double time, double dx, double dy, double x, double y) implements InputEvent {}
}
