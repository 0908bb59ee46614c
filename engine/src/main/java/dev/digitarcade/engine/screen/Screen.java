package dev.digitarcade.engine.screen;

import dev.digitarcade.engine.input.InputEvent;

/**
 * One screen of an app (menu, game, results). The {@link ScreenStack} pairs {@link #show()} with
 * {@link #hide()} and calls {@link #close()} when it drops the screen. Only the top screen gets
 * input and updates. A screen gets what it needs (window size, UI drawer, the stack, canvases)
 * from the context handed to its constructor, never from statics.
 */
public interface Screen extends AutoCloseable {
  /** Becomes the top screen. {@link #resize} has been called with the current size before. */
  default void show() {}

  /** Stops being the top screen (another was pushed over it, or it is being removed). */
  default void hide() {}

  /** One input event, in arrival order, before the {@link #update} of the same tick. */
  default void handle(InputEvent event) {}

  /** One fixed step of {@code dt} seconds (1/60). */
  default void update(double dt) {}

  /** Draws the screen. {@code alpha} in [0,1) is how far loop time is past the last update. */
  void render(double alpha);

  /** The window changed size; sizes in window coordinates. */
  default void resize(int width, int height) {}

  /**
   * Whether screens below are hidden by this one. A non-opaque screen (a pause panel) is drawn
   * over the screens under it, which still render but get no input or updates.
   */
  default boolean opaque() {
    return true;
  }

  /** Releases what the screen owns. Called once, by the stack, after {@link #hide()}. */
  @Override
  default void close() {}
}
