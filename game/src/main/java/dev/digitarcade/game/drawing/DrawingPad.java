package dev.digitarcade.game.drawing;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.reading.LiveLink;
import dev.digitarcade.game.ui.Theme;

/**
 * The canvas on screen and the controls of drawing: left button inks, right button erases,
 * the wheel or {@code [ ]} change the brush, {@code Z} / {@code Ctrl+Z} undoes a stroke,
 * {@code C} clears. Maps window coordinates to canvas pixels.
 */
public final class DrawingPad implements LiveLink.Source, AutoCloseable {
  /**
   * Canvas resolution: white ink on black, square. Twice 280, so the recipe can halve it
   * exactly before its finer work, and as large as the canvas is shown in the default window.
   */
  public static final int SIZE = 560;
  public static final float MIN_BRUSH = 4f;
  public static final float MAX_BRUSH = 45f;
  public static final float DEFAULT_BRUSH = 12f;

  /** What a handled event did, so screens can react (e.g. report a clear). */
  public enum Effect { NONE, DREW, CLEARED, UNDONE, BRUSH }

  private final BrushCanvas canvas;
  private float x;
  private float y;
  private float size = SIZE;
  private boolean stroking;
  private boolean enabled = true;
  private double cursorX = -1;
  private double cursorY = -1;

  public DrawingPad(EngineContext ctx) {
    this.canvas = ctx.newCanvas(SIZE, SIZE);
    canvas.setBrushRadius(DEFAULT_BRUSH);
  }

  /** Places the canvas on screen, in window coordinates. */
  public void layout(float x, float y, float size) {
    this.x = x;
    this.y = y;
    this.size = size;
  }

  public float x() {
    return x;
  }

  public float y() {
    return y;
  }

  public float size() {
    return size;
  }

  /** While disabled (e.g. between challenge rounds) input is ignored and any stroke ends. */
  public void setEnabled(boolean on) {
    if (!on && stroking) {
      canvas.endStroke();
      stroking = false;
    }
    enabled = on;
  }

  public Effect handle(InputEvent event) {
    if (event instanceof InputEvent.CursorMoved c) {
      cursorX = c.x();
      cursorY = c.y();
      if (stroking) {
        canvas.strokeTo(toCanvas(c.x(), x), toCanvas(c.y(), y));
        return Effect.DREW;
      }
      return Effect.NONE;
    }
    if (!enabled) {
      return Effect.NONE;
    }
    if (event instanceof InputEvent.MouseButton b) {
      boolean drawButton = b.button() == Keys.MOUSE_LEFT || b.button() == Keys.MOUSE_RIGHT;
      if (b.pressed() && drawButton && !stroking && contains(b.x(), b.y())) {
        canvas.setEraser(b.button() == Keys.MOUSE_RIGHT);
        canvas.beginStroke(toCanvas(b.x(), x), toCanvas(b.y(), y));
        stroking = true;
        return Effect.DREW;
      }
      if (!b.pressed() && drawButton && stroking) {
        canvas.endStroke();
        stroking = false;
        return Effect.DREW;
      }
      return Effect.NONE;
    }
    if (event instanceof InputEvent.Scrolled s && contains(s.x(), s.y())) {
      return brush((float) Math.signum(s.dy()) * 2f);
    }
    if (event instanceof InputEvent.Key k) {
      if (k.isPress(Keys.letter('C'))) {
        clear();
        return Effect.CLEARED;
      }
      if (k.isDown(Keys.letter('Z'))) {
        if (stroking) {
          return Effect.NONE;
        }
        return canvas.undo() ? Effect.UNDONE : Effect.NONE;
      }
      if (k.isDown(Keys.LEFT_BRACKET)) {
        return brush(-1f);
      }
      if (k.isDown(Keys.RIGHT_BRACKET)) {
        return brush(1f);
      }
    }
    return Effect.NONE;
  }

  private Effect brush(float delta) {
    float r = Math.max(MIN_BRUSH, Math.min(MAX_BRUSH, canvas.brushRadius() + delta));
    canvas.setBrushRadius(r);
    return Effect.BRUSH;
  }

  /** Clears the drawing (ending any stroke). */
  public void clear() {
    if (stroking) {
      canvas.endStroke();
      stroking = false;
    }
    canvas.clear();
  }

  private float toCanvas(double windowCoord, float origin) {
    return (float) ((windowCoord - origin) / size * SIZE);
  }

  private boolean contains(double px, double py) {
    return px >= x && py >= y && px < x + size && py < y + size;
  }

  public BrushCanvas canvas() {
    return canvas;
  }

  @Override
  public long version() {
    return canvas.version();
  }

  @Override
  public int width() {
    return SIZE;
  }

  @Override
  public int height() {
    return SIZE;
  }

  @Override
  public void read(byte[] dst) {
    canvas.readGray(dst);
  }

  /** Whether a stroke is being drawn (the pen is down on the canvas). */
  public boolean isStroking() {
    return stroking;
  }

  public boolean isEmpty() {
    return canvas.isEmpty();
  }

  public float brushRadius() {
    return canvas.brushRadius();
  }

  /** Draws the framed canvas, a hint while empty and the brush outline under the cursor. */
  public void render(Ui ui, String emptyHint) {
    ui.strokeRoundedRect(x - 3, y - 3, size + 6, size + 6, 8, 4f, Theme.CANVAS_FRAME);
    ui.canvas(canvas, x, y, size, size);
    if (canvas.isEmpty() && emptyHint != null && !stroking) {
      ui.text(x + size / 2, y + size / 2, emptyHint, Theme.body().color(Theme.MUTED).size(20f).centered());
    }
    if (contains(cursorX, cursorY) && enabled) {
      float r = canvas.brushRadius() * size / SIZE;
      ui.strokeCircle((float) cursorX, (float) cursorY, r, 1.5f,
          (canvas.eraser() && stroking ? Theme.BAD : Theme.ACCENT).withAlpha(0.8f));
    }
  }

  /** The line of drawing shortcuts shown under the canvas. */
  public static String shortcuts() {
    return "Left drag: draw    Right drag: erase    Wheel or [ ]: brush    Z: undo    C: clear";
  }

  /** The brush-size readout. */
  public String brushLabel() {
    return String.format(java.util.Locale.ROOT, "brush %.0f px", canvas.brushRadius() * 2);
  }

  @Override
  public void close() {
    canvas.close();
  }
}
