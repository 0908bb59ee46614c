package dev.digitarcade.game.drawing;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.ui.Theme;
import java.util.Locale;

/**
 * What the model sees and thinks: the top guess with its confidence (or an honest "not
 * sure"), the ten probabilities as bars, and the 28x28 image the model was given.
 */
public final class ReadingPanel implements AutoCloseable {
  private static final int SIDE = 28;

  private final UiImage view;
  private long shownSeq = -1;

  public ReadingPanel(EngineContext ctx) {
    this.view = ctx.newImage(SIDE, SIDE, true);
    view.updateGray(new byte[SIDE * SIDE]);
  }

  /** The headline for a reading: what the app says it sees. */
  public static String verdict(Reading p) {
    if (p == null || p.isEmpty()) {
      return "Draw a digit";
    }
    return switch (p.verdict()) {
      case EMPTY -> "Draw a digit";
      case KEEP_DRAWING -> "Keep drawing…";
      case NOT_A_DIGIT -> "That doesn't look like a digit";
      case UNSURE -> {
        int[] two = p.first().orElseThrow().topTwo();
        yield "Not sure: " + two[0] + " or " + two[1] + "?";
      }
      case SURE -> String.format(Locale.ROOT, "%d%% sure", Math.round(p.confidence() * 100));
    };
  }

  /** The big character for a reading: the digit when sure, else a sign of the verdict. */
  static String headlineSymbol(Reading p) {
    if (p == null || p.isEmpty()) {
      return "–";
    }
    return switch (p.verdict()) {
      case SURE -> Integer.toString(p.digit());
      case KEEP_DRAWING -> "…";
      case NOT_A_DIGIT -> "×";
      default -> "?";
    };
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
      float[] in = p.first().map(DigitReading::modelInput).orElse(new float[0]);
      view.updateGray(in.length == SIDE * SIDE ? in : new float[SIDE * SIDE]);
    }

    // Headline: the big digit (or a dash) and what the app makes of it.
    float viewSize = compact ? 84 : Math.min(140, inner * 0.36f);
    float digitBox = viewSize;
    boolean sure = p != null && p.isSure();
    String big = headlineSymbol(p);
    Color bigColor = p == null || p.isEmpty() ? Theme.MUTED : sure ? Theme.TEXT : Theme.WARN;
    ui.fillRoundedRect(cx, cy, digitBox, digitBox, 10, Theme.TRACK);
    ui.text(cx + digitBox / 2, cy + digitBox / 2 + 4, big,
        TextStyle.of(digitBox * 0.78f, bigColor).bold().centered());

    float tx = cx + digitBox + 16;
    String viewLabel = compact ? "Model input" : "The model sees";
    ui.text(tx, cy + 2, viewLabel, Theme.small());
    float vs = viewSize - 22;
    ui.fillRect(tx - 1, cy + 21, vs + 2, vs + 2, Theme.CANVAS_FRAME);
    ui.image(view, tx, cy + 22, vs, vs, 1f);

    float lx = tx + Math.max(vs, ui.textWidth(viewLabel, Theme.small())) + 18;
    float lw = x + w - pad - lx;
    if (status != null) {
      ui.textBox(lx, cy + 2, Math.max(60, lw), status, Theme.body().color(Theme.WARN));
    } else {
      ui.text(lx, cy + 2, "I see", Theme.small());
      ui.textBox(lx, cy + 24, Math.max(60, lw), verdict(p),
          Theme.heading().color(p != null && !p.isEmpty() && !sure ? Theme.WARN : Theme.TEXT));
    }

    // The ten probabilities.
    float by = cy + digitBox + (compact ? 14 : 24);
    float rows = 10;
    float avail = y + h - pad - by;
    float rowH = Math.max(12, Math.min(compact ? 20 : 30, avail / rows));
    float barX = cx + 26;
    float barW = inner - 26 - 52;
    TextStyle label = Theme.body().size(Math.min(17, rowH * 0.7f)).align(TextStyle.HAlign.LEFT, TextStyle.VAlign.MIDDLE);
    TextStyle pct = Theme.small().size(Math.min(14, rowH * 0.6f)).align(TextStyle.HAlign.RIGHT, TextStyle.VAlign.MIDDLE);
    for (int d = 0; d < 10; d++) {
      float ry = by + d * rowH;
      float v = p == null || p.isEmpty() ? 0 : p.probability(d);
      float shown = v < 0.005f ? 0 : v; // no sliver for a probability that rounds to 0 %
      boolean top = p != null && !p.isEmpty() && d == p.digit();
      Color fill = top ? (sure ? Theme.GOOD : Theme.WARN) : Theme.ACCENT.withAlpha(0.75f);
      ui.text(cx + 4, ry + rowH / 2, Integer.toString(d), top ? label.bold() : label.color(Theme.MUTED));
      ui.bar(barX, ry + rowH * 0.2f, barW, rowH * 0.6f, shown, Theme.TRACK, fill);
      ui.text(x + w - pad, ry + rowH / 2, String.format(Locale.ROOT, "%.0f%%", v * 100), pct);
    }
    if (!compact && p != null && !p.isEmpty()) {
      ui.text(cx, y + h - pad - 14, String.format(Locale.ROOT, "read in %.1f ms", p.latencyNanos() / 1e6),
          Theme.small());
    }
  }

  @Override
  public void close() {
    view.close();
  }
}
