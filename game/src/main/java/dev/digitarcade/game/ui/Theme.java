package dev.digitarcade.game.ui;

import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;

/** The arcade's colours and type. */
public final class Theme {
  private Theme() {}

  public static final Color BACKGROUND = Color.rgb(0x14161C);
  public static final Color PANEL = Color.rgb(0x1E222B);
  public static final Color PANEL_BORDER = Color.rgb(0x323846);
  public static final Color CANVAS_FRAME = Color.rgb(0x3A4252);
  public static final Color TEXT = Color.rgb(0xECEFF4);
  public static final Color MUTED = Color.rgb(0x8C95A6);
  public static final Color ACCENT = Color.rgb(0x4EA1FF);
  public static final Color GOOD = Color.rgb(0x3DDC97);
  public static final Color WARN = Color.rgb(0xFFB547);
  public static final Color BAD = Color.rgb(0xFF5D6C);
  public static final Color TRACK = Color.rgb(0x2A2F3B);
  public static final Color HIGHLIGHT = Color.rgb(0x2C3547);

  /**
   * A card: an outlined rounded rectangle. Outlines, not fills, for the large cards of the
   * drawing screens: on software GL every filled pixel costs, and those screens draw every frame.
   */
  public static void card(Ui ui, float x, float y, float w, float h, Color border) {
    ui.strokeRoundedRect(x + 0.75f, y + 0.75f, w - 1.5f, h - 1.5f, 12, 1.5f, border);
  }

  public static TextStyle title() {
    return TextStyle.of(30f, TEXT).bold();
  }

  public static TextStyle heading() {
    return TextStyle.of(19f, TEXT).bold();
  }

  public static TextStyle body() {
    return TextStyle.of(16f, TEXT);
  }

  public static TextStyle small() {
    return TextStyle.of(13.5f, MUTED);
  }

  /** Right-aligned variant of a style, anchored at its top-right corner. */
  public static TextStyle right(TextStyle s) {
    return s.align(TextStyle.HAlign.RIGHT, TextStyle.VAlign.TOP);
  }

  /** Centred horizontally, anchored at the top. */
  public static TextStyle centerTop(TextStyle s) {
    return s.align(TextStyle.HAlign.CENTER, TextStyle.VAlign.TOP);
  }
}
