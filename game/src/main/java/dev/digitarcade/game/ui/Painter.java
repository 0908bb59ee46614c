package dev.digitarcade.game.ui;

import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Draws a screen's cards and text through {@link Ui} and, when checking, keeps the box of each
 * to find what a player would see as broken: text outside its card, a card outside the window,
 * cards on top of each other, two texts on top of each other. Text drawn between {@link
 * #card} and {@link #endCard()} belongs to that card; other text must stay off every card.
 * Without checking it only draws (no measuring).
 */
public final class Painter {
  private static final float SLACK = 0.75f;

  private final Ui ui;
  private final boolean checking;
  private final List<Layouts.Box> cards = new ArrayList<>();
  private final List<Layouts.Box> texts = new ArrayList<>();
  private final List<String> textWords = new ArrayList<>();
  private final List<Integer> textCard = new ArrayList<>();
  private final Set<String> problems = new LinkedHashSet<>();
  private int current = -1;
  private float width;
  private float height;

  public Painter(Ui ui, boolean checking) {
    this.ui = ui;
    this.checking = checking;
  }

  public Ui ui() {
    return ui;
  }

  /** Starts a frame of a window {@code w} x {@code h} (the screen's own coordinates). */
  public void begin(float w, float h) {
    width = w;
    height = h;
    cards.clear();
    texts.clear();
    textWords.clear();
    textCard.clear();
    current = -1;
  }

  /** An outlined card; text drawn until {@link #endCard()} must stay inside it. */
  public void card(float x, float y, float w, float h, Color border) {
    Theme.card(ui, x, y, w, h, border);
    open(x, y, w, h);
  }

  /** A filled panel as a card. */
  public void panel(float x, float y, float w, float h, float radius, Color fill, Color border) {
    ui.panel(x, y, w, h, radius, fill, border);
    open(x, y, w, h);
  }

  /** A card drawn by someone else (its text is not measured here); others must stay off it. */
  public void region(float x, float y, float w, float h) {
    open(x, y, w, h);
    current = -1;
  }

  private void open(float x, float y, float w, float h) {
    if (checking) {
      cards.add(new Layouts.Box(x, y, w, h));
      current = cards.size() - 1;
    }
  }

  public void endCard() {
    current = -1;
  }

  /** One line of text (see {@link Ui#text}); returns the x after it. */
  public float text(float x, float y, String s, TextStyle style) {
    if (checking && !s.isEmpty()) {
      float[] b = ui.textBounds(x, y, s, style);
      texts.add(new Layouts.Box(b[0], b[1], b[2] - b[0], b[3] - b[1]));
      textWords.add(s);
      textCard.add(current);
    }
    return ui.text(x, y, s, style);
  }

  /**
   * Text wrapped at {@code maxWidth}, top-left at {@code (x, y)}, line after line; at most
   * {@code maxLines} lines (the last ends in "…" when cut).
   *
   * @return the height it took
   */
  public float wrapped(float x, float y, float maxWidth, String s, TextStyle style, int maxLines) {
    TextStyle st = style.align(TextStyle.HAlign.LEFT, TextStyle.VAlign.TOP);
    List<String> lines = wrap(s, st, maxWidth, maxLines);
    float lineH = style.size() * 1.3f;
    for (int i = 0; i < lines.size(); i++) {
      text(x, y + i * lineH, lines.get(i), st);
    }
    return lines.size() * lineH;
  }

  /**
   * Short items ("Z: undo", "C: clear") on lines of at most {@code maxWidth}, never split, four
   * spaces apart; items that find no room on the {@code maxLines} lines are left out.
   *
   * @return the height it took
   */
  public float items(float x, float y, float maxWidth, List<String> items, TextStyle style, int maxLines) {
    TextStyle st = style.align(TextStyle.HAlign.LEFT, TextStyle.VAlign.TOP);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String item : items) {
      String next = line.length() == 0 ? item : line + "    " + item;
      if (ui.textWidth(next, st) <= maxWidth) {
        line.setLength(0);
        line.append(next);
      } else if (lines.size() + 1 < maxLines && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(ui.textWidth(item, st) <= maxWidth ? item : "");
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    float lineH = style.size() * 1.3f;
    for (int i = 0; i < lines.size(); i++) {
      text(x, y + i * lineH, lines.get(i), st);
    }
    return lines.size() * lineH;
  }

  /** The lines {@code s} breaks into at {@code maxWidth}, at most {@code maxLines}. */
  public List<String> wrap(String s, TextStyle style, float maxWidth, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && ui.textWidth(next, style) > maxWidth) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(next);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      cut.set(maxLines - 1, fit(cut.get(maxLines - 1) + " " + lines.get(maxLines), style, maxWidth));
      return cut;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (ui.textWidth(lines.get(i), style) > maxWidth) {
        lines.set(i, fit(lines.get(i), style, maxWidth)); // one word longer than the line
      }
    }
    return lines;
  }

  /** {@code s}, shortened with "…" until it fits {@code maxWidth}. */
  public String fit(String s, TextStyle style, float maxWidth) {
    if (ui.textWidth(s, style) <= maxWidth) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && ui.textWidth(t + "…", style) > maxWidth) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip() + "…";
  }

  /**
   * What is wrong with the frame drawn since {@link #begin} (nothing when not checking); each
   * problem once per painter.
   */
  public List<String> problems() {
    List<String> found = new ArrayList<>();
    Layouts.Box window = new Layouts.Box(0, 0, width, height);
    for (int i = 0; i < cards.size(); i++) {
      Layouts.Box c = cards.get(i);
      if (!inside(c, window)) {
        found.add("card " + box(c) + " is outside the window " + box(window));
      }
      for (int j = i + 1; j < cards.size(); j++) {
        if (overlap(c, cards.get(j))) {
          found.add("cards " + box(c) + " and " + box(cards.get(j)) + " overlap");
        }
      }
    }
    for (int i = 0; i < texts.size(); i++) {
      Layouts.Box t = texts.get(i);
      int card = textCard.get(i);
      String what = "text \"" + textWords.get(i) + "\" " + box(t);
      if (card >= 0 && !inside(t, cards.get(card))) {
        found.add(what + " is outside its card " + box(cards.get(card)));
      } else if (card < 0) {
        if (!inside(t, window)) {
          found.add(what + " is outside the window " + box(window));
        }
        for (Layouts.Box c : cards) {
          if (overlap(t, c)) {
            found.add(what + " lies on the card " + box(c));
          }
        }
      }
      for (int j = i + 1; j < texts.size(); j++) {
        if (textCard.get(j) == card && overlap(t, texts.get(j))) {
          found.add(what + " and \"" + textWords.get(j) + "\" " + box(texts.get(j)) + " overlap");
        }
      }
    }
    List<String> fresh = new ArrayList<>();
    for (String p : found) {
      if (problems.add(p)) {
        fresh.add(p);
      }
    }
    return fresh;
  }

  private static boolean inside(Layouts.Box a, Layouts.Box outer) {
    return a.x() >= outer.x() - SLACK && a.y() >= outer.y() - SLACK && a.x() + a.w() <= outer.x() + outer.w() + SLACK
        && a.y() + a.h() <= outer.y() + outer.h() + SLACK;
  }

  private static boolean overlap(Layouts.Box a, Layouts.Box b) {
    return a.x() + a.w() > b.x() + SLACK && b.x() + b.w() > a.x() + SLACK && a.y() + a.h() > b.y() + SLACK
        && b.y() + b.h() > a.y() + SLACK;
  }

  private static String box(Layouts.Box b) {
    return String.format(Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.x(), b.y(), b.w(), b.h());
  }
}
