package dev.digitarcade.game.drawing;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.canvas.BrushCanvas;
import dev.digitarcade.engine.canvas.DrawnStroke;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.LiveLink;
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.segment.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * The canvas on screen and the controls of drawing: left button inks, right button erases,
 * the wheel or {@code [ ]} change the brush, {@code Z} / {@code Ctrl+Z} undoes a stroke or a
 * clear, {@code Y} / {@code Ctrl+Shift+Z} redoes, {@code C} clears (undoably). Maps window
 * coordinates to canvas pixels and keeps each stroke's samples with their times, for the reading
 * of numbers ({@link #strokes()}).
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
  public enum Effect { NONE, DREW, CLEARED, UNDONE, REDONE, BRUSH }

  private final BrushCanvas canvas;
  private float x;
  private float y;
  private float size = SIZE;
  private boolean stroking;
  private boolean enabled = true;
  private double cursorX = -1;
  private double cursorY = -1;
  private long strokesVersion = -1;
  private List<Stroke> strokes = List.of();

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
        canvas.strokeTo(toCanvas(c.x(), x), toCanvas(c.y(), y), c.time());
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
        canvas.beginStroke(toCanvas(b.x(), x), toCanvas(b.y(), y), b.time());
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
        if (stroking || canvas.strokeCount() == 0) {
          return Effect.NONE;
        }
        canvas.wipe();
        return Effect.CLEARED;
      }
      boolean redoChord = k.isDown(Keys.letter('Z'))
          && (k.mods() & (Keys.MOD_CONTROL | Keys.MOD_SHIFT)) == (Keys.MOD_CONTROL | Keys.MOD_SHIFT);
      if (redoChord || k.isDown(Keys.letter('Y'))) {
        return !stroking && canvas.redo() ? Effect.REDONE : Effect.NONE;
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

  /** Clears the drawing (ending any stroke) and forgets its history: nothing to undo (a new round). */
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

  /**
   * The ink strokes on the canvas, in drawing order, in canvas pixels, timed in loop seconds (the
   * input's clock, so a replay gives the same times); undone, cleared and eraser strokes are left
   * out. The same list until the canvas changes.
   */
  @Override
  public List<Stroke> strokes() {
    if (strokesVersion != canvas.version()) {
      List<DrawnStroke> drawn = canvas.inkStrokes();
      List<Stroke> out = new ArrayList<>(drawn.size());
      for (DrawnStroke d : drawn) {
        List<Stroke.Point> points = new ArrayList<>(d.samples());
        for (int i = 0; i < d.samples(); i++) {
          points.add(new Stroke.Point(d.x()[i], d.y()[i], d.t()[i]));
        }
        out.add(new Stroke(points, d.radius()));
      }
      strokes = List.copyOf(out);
      strokesVersion = canvas.version();
    }
    return strokes;
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

  /**
   * Draws a box around each digit the reading found, in its verdict's colour, with the digit (or
   * {@code ?}) on a tag above it: how the drawing was cut into digits.
   */
  public void renderDigitBoxes(Ui ui, List<DigitReading> digits) {
    float k = size / SIZE;
    TextStyle tag = Theme.small().size(13f).bold().centered();
    for (DigitReading d : digits) {
      InkBox b = d.box();
      float m = 6;
      float bx = x + Math.max(0, b.x() * k - m);
      float by = y + Math.max(0, b.y() * k - m);
      float bw = Math.min(x + size, x + (b.x() + b.width()) * k + m) - bx;
      float bh = Math.min(y + size, y + (b.y() + b.height()) * k + m) - by;
      Color c = (d.verdict() == Verdict.SURE ? Theme.GOOD : Theme.WARN).withAlpha(0.75f);
      ui.strokeRoundedRect(bx, by, bw, bh, 6, 1.5f, c);
      String label = d.verdict() == Verdict.SURE ? Integer.toString(d.digit()) : "?";
      float ty = Math.max(y + 9, by - 9);
      ui.fillRoundedRect(bx + bw / 2 - 11, ty - 9, 22, 18, 5, c);
      ui.text(bx + bw / 2, ty, label, tag.color(Theme.BACKGROUND));
    }
  }

  /** The line of drawing shortcuts shown under the canvas. */
  public static String shortcuts() {
    return "Left drag: draw    Right drag: erase    Wheel or [ ]: brush    Z: undo    Y: redo    C: clear";
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
