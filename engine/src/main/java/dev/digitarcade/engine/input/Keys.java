package dev.digitarcade.engine.input;

import org.lwjgl.glfw.GLFW;

/** Key, button and modifier codes used in {@link InputEvent}s (the GLFW values). */
public final class Keys {
  private Keys() {}

  public static final int MOUSE_LEFT = GLFW.GLFW_MOUSE_BUTTON_LEFT;
  public static final int MOUSE_RIGHT = GLFW.GLFW_MOUSE_BUTTON_RIGHT;
  public static final int MOUSE_MIDDLE = GLFW.GLFW_MOUSE_BUTTON_MIDDLE;

  public static final int MOD_SHIFT = GLFW.GLFW_MOD_SHIFT;
  public static final int MOD_CONTROL = GLFW.GLFW_MOD_CONTROL;
  public static final int MOD_ALT = GLFW.GLFW_MOD_ALT;
  public static final int MOD_SUPER = GLFW.GLFW_MOD_SUPER;

  public static final int ESCAPE = GLFW.GLFW_KEY_ESCAPE;
  public static final int ENTER = GLFW.GLFW_KEY_ENTER;
  public static final int KP_ENTER = GLFW.GLFW_KEY_KP_ENTER;
  public static final int SPACE = GLFW.GLFW_KEY_SPACE;
  public static final int BACKSPACE = GLFW.GLFW_KEY_BACKSPACE;
  public static final int DELETE = GLFW.GLFW_KEY_DELETE;
  public static final int TAB = GLFW.GLFW_KEY_TAB;
  public static final int UP = GLFW.GLFW_KEY_UP;
  public static final int DOWN = GLFW.GLFW_KEY_DOWN;
  public static final int LEFT = GLFW.GLFW_KEY_LEFT;
  public static final int RIGHT = GLFW.GLFW_KEY_RIGHT;
  public static final int LEFT_BRACKET = GLFW.GLFW_KEY_LEFT_BRACKET;
  public static final int RIGHT_BRACKET = GLFW.GLFW_KEY_RIGHT_BRACKET;
  public static final int F1 = GLFW.GLFW_KEY_F1;
  public static final int F2 = GLFW.GLFW_KEY_F2;
  public static final int F3 = GLFW.GLFW_KEY_F3;
  public static final int F12 = GLFW.GLFW_KEY_F12;

  /** Letter keys: {@code letter('Z')}. */
  public static int letter(char c) {
    char u = Character.toUpperCase(c);
    if (u < 'A' || u > 'Z') {
      throw new IllegalArgumentException("not a letter: " + c);
    }
    return GLFW.GLFW_KEY_A + (u - 'A');
  }

  /** Digit keys on the main row: {@code digit(7)}. */
  public static int digit(int d) {
    if (d < 0 || d > 9) {
      throw new IllegalArgumentException("not a digit: " + d);
    }
    return GLFW.GLFW_KEY_0 + d;
  }

  public static boolean has(int mods, int mod) {
    return (mods & mod) != 0;
  }
}
