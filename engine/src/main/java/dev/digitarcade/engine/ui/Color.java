package dev.digitarcade.engine.ui;

/** A straight-alpha colour, components in [0, 1]. */
public record Color(float r, float g, float b, float a) {
  public static final Color WHITE = new Color(1, 1, 1, 1);
  public static final Color BLACK = new Color(0, 0, 0, 1);
  public static final Color TRANSPARENT = new Color(0, 0, 0, 0);

  public Color {
    if (!(inUnit(r) && inUnit(g) && inUnit(b) && inUnit(a))) {
      throw new IllegalArgumentException("colour components must be in [0,1]: " + r + "," + g + "," + b + "," + a);
    }
  }

  /** From {@code 0xRRGGBB}, opaque. */
  public static Color rgb(int hex) {
    return new Color(((hex >> 16) & 0xFF) / 255f, ((hex >> 8) & 0xFF) / 255f, (hex & 0xFF) / 255f, 1f);
  }

  /** From {@code 0xRRGGBB} and an alpha in [0, 1]. */
  public static Color rgb(int hex, float alpha) {
    return rgb(hex).withAlpha(alpha);
  }

  public Color withAlpha(float alpha) {
    return new Color(r, g, b, alpha);
  }

  /** Linear mix: {@code t = 0} is this colour, {@code t = 1} is {@code other}. */
  public Color mix(Color other, float t) {
    float u = Math.max(0f, Math.min(1f, t));
    return new Color(r + (other.r - r) * u, g + (other.g - g) * u, b + (other.b - b) * u, a + (other.a - a) * u);
  }

  private static boolean inUnit(float v) {
    return v >= 0f && v <= 1f;
  }
}
