package dev.digitarcade.engine.input;

import org.lwjgl.glfw.GLFW;

/** What happened to a key or button. */
public enum Action {
  PRESS,
  RELEASE,
  REPEAT;

  static Action fromGlfw(int action) {
    return switch (action) {
      case GLFW.GLFW_PRESS -> PRESS;
      case GLFW.GLFW_RELEASE -> RELEASE;
      case GLFW.GLFW_REPEAT -> REPEAT;
      default -> throw new IllegalArgumentException("unknown GLFW action " + action);
    };
  }
}
