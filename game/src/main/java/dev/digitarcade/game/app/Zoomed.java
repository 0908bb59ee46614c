package dev.digitarcade.game.app;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.Ui;
import java.util.function.Supplier;

/**
 * A screen drawn at a scale ("bigger text"): it lays itself out for a window smaller by the
 * factor, its drawing is scaled up and the cursor's coordinates are scaled down to match. At 1
 * it is the screen itself, untouched. The factor is asked for every frame, so a change in the
 * settings shows at once. It never makes the screen's own window smaller than the smallest the
 * layouts are made for ({@link #forWindow}).
 */
final class Zoomed implements Screen {
  /** The scale of "bigger text". */
  static final float BIGGER = 1.25f;

  private final Screen inner;
  private final Supplier<Float> scale;
  private final EngineContext engine;
  private float applied = 1f;
  private int width;
  private int height;

  Zoomed(Screen inner, Supplier<Float> scale, EngineContext engine) {
    this.inner = inner;
    this.scale = scale;
    this.engine = engine;
  }

  Screen inner() {
    return inner;
  }

  /**
   * The scale to use in a {@code w} x {@code h} window when {@code wanted} is asked for: as much of
   * it as keeps the laid-out window at least {@value GameApp#MIN_WIDTH}x{@value GameApp#MIN_HEIGHT}.
   */
  static float forWindow(float wanted, int w, int h) {
    return Math.max(1f, Math.min(wanted, Math.min(w / (float) GameApp.MIN_WIDTH, h / (float) GameApp.MIN_HEIGHT)));
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
    applied = forWindow(scale.get(), w, h);
    inner.resize(Math.round(w / applied), Math.round(h / applied));
  }

  /** Lays the screen out again when the scale has changed since the last layout. */
  private void follow() {
    if (forWindow(scale.get(), width, height) != applied && width > 0) {
      resize(width, height);
    }
  }

  @Override
  public void show() {
    follow();
    inner.show();
  }

  @Override
  public void hide() {
    inner.hide();
  }

  @Override
  public void handle(InputEvent e) {
    float s = applied;
    if (s != 1f) {
      if (e instanceof InputEvent.CursorMoved c) {
        e = new InputEvent.CursorMoved(c.time(), c.x() / s, c.y() / s);
      } else if (e instanceof InputEvent.MouseButton b) {
        e = new InputEvent.MouseButton(b.time(), b.button(), b.action(), b.mods(), b.x() / s, b.y() / s);
      } else if (e instanceof InputEvent.Scrolled r) {
        e = new InputEvent.Scrolled(r.time(), r.dx(), r.dy(), r.x() / s, r.y() / s);
      }
    }
    inner.handle(e);
  }

  @Override
  public void update(double dt) {
    follow();
    inner.update(dt);
  }

  @Override
  public void render(double alpha) {
    if (applied == 1f) {
      inner.render(alpha);
      return;
    }
    Ui ui = engine.ui();
    ui.save();
    ui.scale(applied, applied);
    try {
      inner.render(alpha);
    } finally {
      ui.restore();
    }
  }

  @Override
  public boolean opaque() {
    return inner.opaque();
  }

  @Override
  public void close() {
    inner.close();
  }
}
