package dev.digitarcade.game.ui;

/** Where things go on the drawing screens, as pure functions of the window size. */
public final class Layouts {
  private Layouts() {}

  /** A rectangle in window coordinates. */
  public record Box(float x, float y, float w, float h) {}

  private static final float MARGIN = 40;
  private static final float TOP = 96;
  private static final float BOTTOM = 56;

  /** The square canvas: as large as fits beside a panel. */
  public static Box canvas(int width, int height) {
    float size = Math.max(120, Math.min(height - TOP - BOTTOM, (width - 3 * MARGIN) * 0.56f));
    return new Box(MARGIN, TOP, size, size);
  }

  /** The panel right of the canvas. */
  public static Box panel(int width, int height) {
    Box c = canvas(width, height);
    float x = c.x() + c.w() + MARGIN;
    return new Box(x, c.y() - 5, Math.max(160, width - x - MARGIN), c.h() + 10);
  }
}
