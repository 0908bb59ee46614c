package dev.digitarcade.game.drawing;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.segment.NumberReader;
import java.util.List;
import java.util.Locale;

/**
 * What the model sees and thinks: the reading (a digit with its confidence, a number such as
 * "2026" or "20?6", or an honest "not sure"), the ten probabilities of one digit as bars, and the
 * 28x28 image the model was given for each digit.
 */
public final class ReadingPanel implements AutoCloseable {
  private static final int SIDE = 28;
  /** Narrower than this beside the views, the headline goes under them. */
  private static final float NARROW = 170;
  /** Room the headline takes under the views: its label and two lines. */
  private static final float HEADLINE_BELOW = 78;

  /** One model view per digit a number can have. */
  private final UiImage[] views = new UiImage[NumberReader.MAX_DIGITS];
  private long shownSeq = -1;
  /** What draws the "why" heat over a digit's model view, and its legend line (null: hidden). */
  private Overlay heat = (ui, i, x, y, side) -> { };
  private String legend;
  /** The legend where the full one would take more than two lines. */
  static final String SHORT_LEGEND = "why: warm = for, blue = against";

  public ReadingPanel(EngineContext ctx) {
    for (int i = 0; i < views.length; i++) {
      views[i] = ctx.newImage(SIDE, SIDE, true);
      views[i].updateGray(new byte[SIDE * SIDE]);
    }
  }

  /** Draws over digit {@code i}'s model view, shown at the square ({@code x}, {@code y}, {@code side}). */
  @FunctionalInterface
  public interface Overlay {
    void draw(Ui ui, int i, float x, float y, float side);
  }

  /**
   * What the "why" view adds to the next {@link #render}: what it draws over each digit's model
   * view and a legend line (null: the view is hidden).
   */
  public void why(Overlay heat, String legend) {
    this.heat = heat == null ? (ui, i, x, y, side) -> { } : heat;
    this.legend = legend;
  }

  /** The headline for a reading: what the app says it sees (see {@link ReadingWords#headline}). */
  public static String verdict(Reading p) {
    return ReadingWords.headline(p);
  }

  /**
   * Draws the panel in the given rectangle.
   *
   * @param status a line shown instead of the reading when there is no model (null when there is)
   */
  public void render(Ui ui, Reading p, float x, float y, float w, float h, String status, boolean compact) {
    Theme.card(ui, x, y, w, h, Theme.PANEL_BORDER);
    float pad = 20;
    float cx = x + pad;
    float cy = y + pad;
    float inner = w - 2 * pad;

    if (p != null && p.seq() != shownSeq) {
      shownSeq = p.seq();
      List<DigitReading> digits = p.digits();
      for (int i = 0; i < views.length; i++) {
        float[] in = i < digits.size() ? digits.get(i).modelInput() : new float[0];
        views[i].updateGray(in.length == SIDE * SIDE ? in : new float[SIDE * SIDE]);
      }
    }
    boolean sure = p != null && p.isSure();
    int focus = ReadingWords.focus(p);
    boolean number = p != null && p.digits().size() > 1;
    String big = ReadingWords.symbol(p);
    Color bigColor = p == null || p.isEmpty() ? Theme.MUTED : sure ? Theme.TEXT : Theme.WARN;
    float viewSize = compact ? 84 : Math.min(140, inner * 0.36f);
    float top;
    if (!number) {
      // The big digit (or a sign), what the model sees, and what the app makes of it.
      float digitBox = viewSize;
      ui.fillRoundedRect(cx, cy, digitBox, digitBox, 10, Theme.TRACK);
      ui.text(cx + digitBox / 2, cy + digitBox / 2 + 4, big, TextStyle.of(digitBox * 0.78f, bigColor).bold().centered());
      float tx = cx + digitBox + 16;
      String viewLabel = compact ? "Model input" : "The model sees";
      ui.text(tx, cy + 2, viewLabel, Theme.small());
      float vs = viewSize - 22;
      ui.fillRect(tx - 1, cy + 21, vs + 2, vs + 2, Theme.CANVAS_FRAME);
      ui.image(views[0], tx, cy + 22, vs, vs, 1f);
      overlay(ui, 0, tx, cy + 22, vs);
      float lx = tx + Math.max(vs, ui.textWidth(viewLabel, Theme.small())) + 18;
      top = cy + digitBox + (compact ? 14 : 24);
      if (x + w - pad - lx >= NARROW) {
        headline(ui, p, status, lx, cy, x + w - pad - lx, sure);
      } else { // no room beside the views: the words go under them, across the panel
        headline(ui, p, status, cx, top - 8, inner, sure);
        top += HEADLINE_BELOW;
      }
    } else {
      // The number as read, what the app makes of it, then each digit: its model view and reading.
      float numH = compact ? 54 : 76;
      float numW = Math.min(inner * 0.55f, Math.max(numH, ui.textWidth(big, TextStyle.of(numH * 0.8f, bigColor).bold()) + 24));
      ui.fillRoundedRect(cx, cy, numW, numH, 10, Theme.TRACK);
      float size = Math.min(numH * 0.8f, numH * 0.8f * (numW - 16) / Math.max(1f,
          ui.textWidth(big, TextStyle.of(numH * 0.8f, bigColor).bold())));
      ui.text(cx + numW / 2, cy + numH / 2 + 3, big, TextStyle.of(size, bigColor).bold().centered());
      float lx = cx + numW + 16;
      float cards = cy + numH + 12;
      if (x + w - pad - lx >= NARROW) {
        headline(ui, p, status, lx, cy, x + w - pad - lx, sure);
      } else {
        headline(ui, p, status, cx, cards - 4, inner, sure);
        cards += HEADLINE_BELOW;
      }
      top = digitCards(ui, p, cx, cards, inner, compact, focus) + (compact ? 10 : 16);
    }

    // The ten probabilities of the digit in focus.
    DigitReading shown = focus < 0 ? null : p.digits().get(focus);
    float by = top;
    if (number && !compact) {
      ui.text(cx, by, "The " + ReadingWords.ordinal(focus + 1) + " digit's ten probabilities", Theme.small());
      by += 20;
    }
    float rows = 10;
    // The legend takes the lines it needs, two at most, one in a compact panel (a longer one gives
    // way to its short form), so the bars keep what it does not.
    String whyLine = legend;
    float legendW = whyLine == null ? 0 : ui.textWidth(whyLine, Theme.small());
    if (legendW > inner * (compact ? 1f : 1.8f)) {
      whyLine = SHORT_LEGEND;
      legendW = ui.textWidth(whyLine, Theme.small());
    }
    int legendLines = whyLine == null ? 0 : legendW <= inner ? 1 : 2;
    float legendH = legendLines * 19f;
    float avail = y + h - pad - by - (compact ? 0 : 18) - legendH;
    float rowH = Math.max(10, Math.min(compact ? 20 : 30, avail / rows));
    float barX = cx + 26;
    float barW = inner - 26 - 52;
    TextStyle label = Theme.body().size(Math.min(17, rowH * 0.7f)).align(TextStyle.HAlign.LEFT, TextStyle.VAlign.MIDDLE);
    TextStyle pct = Theme.small().size(Math.min(14, rowH * 0.6f)).align(TextStyle.HAlign.RIGHT, TextStyle.VAlign.MIDDLE);
    boolean shownSure = shown != null && shown.verdict() == Verdict.SURE;
    for (int d = 0; d < 10; d++) {
      float ry = by + d * rowH;
      float v = shown == null ? 0 : shown.probability(d);
      float bar = v < 0.005f ? 0 : v; // no sliver for a probability that rounds to 0 %
      boolean topDigit = shown != null && d == shown.digit();
      Color fill = topDigit ? (shownSure ? Theme.GOOD : Theme.WARN) : Theme.ACCENT.withAlpha(0.75f);
      ui.text(cx + 4, ry + rowH / 2, Integer.toString(d), topDigit ? label.bold() : label.color(Theme.MUTED));
      ui.bar(barX, ry + rowH * 0.2f, barW, rowH * 0.6f, bar, Theme.TRACK, fill);
      ui.text(x + w - pad, ry + rowH / 2, String.format(Locale.ROOT, "%.0f%%", v * 100), pct);
    }
    if (legend != null) {
      TextStyle why = Theme.small().color(Theme.ACCENT);
      ui.textBox(cx, y + h - pad - (compact ? 0 : 18) - legendH + 4, inner, whyLine, why);
    }
    if (!compact && p != null && !p.isEmpty()) {
      ui.text(cx, y + h - pad - 14, String.format(Locale.ROOT, "read in %.1f ms", p.latencyNanos() / 1e6)
          + (p.profileHelped() ? "  ·  read with your handwriting" : ""), Theme.small());
    }
  }

  private static void headline(Ui ui, Reading p, String status, float lx, float cy, float lw, boolean sure) {
    if (status != null) {
      ui.textBox(lx, cy + 2, Math.max(60, lw), status, Theme.body().color(Theme.WARN));
    } else {
      ui.text(lx, cy + 2, "I see", Theme.small());
      ui.textBox(lx, cy + 24, Math.max(60, lw), verdict(p),
          Theme.heading().color(p != null && !p.isEmpty() && !sure ? Theme.WARN : Theme.TEXT));
    }
  }

  /** One card per digit: its model view and its reading; returns the bottom edge. */
  private float digitCards(Ui ui, Reading p, float cx, float top, float inner, boolean compact, int focus) {
    List<DigitReading> digits = p.digits();
    int n = Math.min(digits.size(), views.length);
    float gap = 8;
    int slots = Math.max(n, 3);
    float cardW = Math.min(compact ? 64 : 92, (inner - gap * (slots - 1)) / slots);
    float view = cardW - 10;
    float cardH = view + (compact ? 24 : 30);
    TextStyle caption = Theme.small().size(compact ? 12 : 14).centered();
    for (int i = 0; i < n; i++) {
      DigitReading d = digits.get(i);
      float dx = cx + i * (cardW + gap);
      Color edge = d.verdict() == Verdict.SURE ? Theme.GOOD : Theme.WARN;
      ui.panel(dx, top, cardW, cardH, 6, Theme.TRACK, i == focus ? edge : edge.withAlpha(0.35f));
      ui.image(views[i], dx + 5, top + 5, view, view, 1f);
      overlay(ui, i, dx + 5, top + 5, view);
      String text = d.verdict() == Verdict.SURE
          ? String.format(Locale.ROOT, "%d  %d%%", d.digit(), Math.round(d.confidence() * 100))
          : d.verdict() == Verdict.UNSURE ? d.topTwo()[0] + " or " + d.topTwo()[1] : "?";
      ui.text(dx + cardW / 2, top + view + 6 + (cardH - view - 6) / 2, text, caption.color(edge));
    }
    return top + cardH;
  }

  private void overlay(Ui ui, int i, float x, float y, float side) {
    heat.draw(ui, i, x, y, side);
  }

  @Override
  public void close() {
    for (UiImage v : views) {
      v.close();
    }
  }
}
