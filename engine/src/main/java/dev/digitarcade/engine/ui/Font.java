package dev.digitarcade.engine.ui;

/** The faces shipped in {@code assets/fonts/}. */
public enum Font {
  REGULAR("sans", "DejaVuSans.ttf"),
  BOLD("sans-bold", "DejaVuSans-Bold.ttf");

  final String face;
  public final String file;

  Font(String face, String file) {
    this.face = face;
    this.file = file;
  }
}
