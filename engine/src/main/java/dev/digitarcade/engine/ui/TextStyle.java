package dev.digitarcade.engine.ui;

/** How text is drawn: face, size in window units, colour and alignment relative to the anchor point. */
public record TextStyle(Font font, float size, Color color, HAlign halign, VAlign valign) {
  public enum HAlign { LEFT, CENTER, RIGHT }

  public enum VAlign { TOP, MIDDLE, BASELINE, BOTTOM }

  public TextStyle {
    if (!(size > 0f)) {
      throw new IllegalArgumentException("text size must be positive, got " + size);
    }
  }

  /** Regular face, left/top aligned. */
  public static TextStyle of(float size, Color color) {
    return new TextStyle(Font.REGULAR, size, color, HAlign.LEFT, VAlign.TOP);
  }

  public TextStyle bold() {
    return new TextStyle(Font.BOLD, size, color, halign, valign);
  }

  public TextStyle size(float newSize) {
    return new TextStyle(font, newSize, color, halign, valign);
  }

  public TextStyle color(Color newColor) {
    return new TextStyle(font, size, newColor, halign, valign);
  }

  public TextStyle align(HAlign h, VAlign v) {
    return new TextStyle(font, size, color, h, v);
  }

  /** Centred on the anchor both ways. */
  public TextStyle centered() {
    return align(HAlign.CENTER, VAlign.MIDDLE);
  }
}
