package dev.digitarcade.game.challenge;

import dev.digitarcade.game.ui.Layouts;

/**
 * Where the challenge screen's parts go, as a pure function of the window size. The canvas on the
 * left; on the right the target card, "the AI says" and the reading. A window too low for the three
 * on the right puts "the AI says" under the canvas, which gets smaller to make room.
 *
 * @param canvas the square drawing pad
 * @param target the round, the target and the clock
 * @param says what the AI says
 * @param reading the reading panel
 * @param hintsY where the line of drawing keys under the canvas starts
 */
record ChallengeLayout(Layouts.Box canvas, Layouts.Box target, Layouts.Box says, Layouts.Box reading, float hintsY) {
  static final float MARGIN = 40;
  static final float TOP = 96;
  /** Room under the canvas for two lines of keys. */
  static final float BOTTOM = 56;
  static final float GAP = 14;
  static final float TARGET_H = 150;
  static final float SAYS_H = 84;
  /** The least the reading panel needs for its headline and ten bars. */
  static final float READING_MIN = 280;

  static ChallengeLayout of(int width, int height) {
    if (height >= width * 1.25f) {
      return tall(width, height);
    }
    float avail = height - TOP - BOTTOM;
    float byWidth = (width - 3 * MARGIN) * 0.56f;
    boolean stacked = avail >= TARGET_H + SAYS_H + READING_MIN + 2 * GAP;
    if (stacked) {
      float size = Math.max(120, Math.min(avail, byWidth));
      float px = MARGIN + size + MARGIN;
      float pw = Math.max(160, width - px - MARGIN);
      float colH = Math.max(size + 10, TARGET_H + SAYS_H + READING_MIN + 2 * GAP);
      float y = TOP - 5;
      Layouts.Box target = new Layouts.Box(px, y, pw, TARGET_H);
      Layouts.Box says = new Layouts.Box(px, y + TARGET_H + GAP, pw, SAYS_H);
      float ry = says.y() + SAYS_H + GAP;
      return new ChallengeLayout(new Layouts.Box(MARGIN, TOP, size, size), target, says,
          new Layouts.Box(px, ry, pw, y + colH - ry), TOP + size + 14);
    }
    float targetH = 124;
    float size = Math.max(120, Math.min(avail - SAYS_H - GAP, byWidth));
    float px = MARGIN + size + MARGIN;
    float pw = Math.max(160, width - px - MARGIN);
    float y = TOP - 5;
    float colH = Math.max(size + GAP + SAYS_H + 5, targetH + GAP + READING_MIN);
    Layouts.Box says = new Layouts.Box(MARGIN - 3, TOP + size + GAP, size + 6, SAYS_H);
    Layouts.Box target = new Layouts.Box(px, y, pw, targetH);
    float ry = y + targetH + GAP;
    return new ChallengeLayout(new Layouts.Box(MARGIN, TOP, size, size), target, says,
        new Layouts.Box(px, ry, pw, y + colH - ry), says.y() + SAYS_H + 12);
  }

  /**
   * A window much taller than wide: the canvas across the top, the target and "the AI says" side by
   * side under it, the reading across the bottom.
   */
  private static ChallengeLayout tall(int width, int height) {
    float inner = width - 2 * MARGIN;
    float below = 50 + TARGET_H + GAP + READING_MIN;
    float size = Math.max(120, Math.min(inner, height - TOP - below - MARGIN));
    float x = (width - size) / 2;
    float row = TOP + size + 50;
    float half = (inner - GAP) / 2;
    Layouts.Box target = new Layouts.Box(MARGIN, row, half, TARGET_H);
    Layouts.Box says = new Layouts.Box(MARGIN + half + GAP, row, half, TARGET_H);
    float ry = row + TARGET_H + GAP;
    float rh = Math.max(READING_MIN, Math.min(420, height - MARGIN - ry));
    return new ChallengeLayout(new Layouts.Box(x, TOP, size, size), target, says, new Layouts.Box(MARGIN, ry, inner, rh),
        TOP + size + 12);
  }
}
