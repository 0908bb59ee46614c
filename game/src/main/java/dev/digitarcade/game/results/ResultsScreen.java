package dev.digitarcade.game.results;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import dev.digitarcade.game.drawing.DrawingPad;
import dev.digitarcade.game.drawing.ReadingWords;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.rules.RoundResult;
import dev.digitarcade.game.rules.Thumbnail;
import dev.digitarcade.game.scores.HighScore;
import dev.digitarcade.game.scores.Saved;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the challenge went: each round's drawing, the target and the AI's last guess. A score that
 * made the high-score table was saved under the last name used; the player may type another
 * (Enter saves it, and it is offered next time).
 */
public final class ResultsScreen implements Screen {
  private final Arcade arcade;
  private final List<RoundResult> rounds;
  private final HighScore score;
  private final Headline headline;
  private final List<UiImage> thumbs = new ArrayList<>();
  private final Painter painter;
  /** The name typed for a score that made the table; null when it did not. */
  private final NameEntry name;
  private int width;
  private int height;

  /** What the results say about the score: the line at the top right, and a detail under it (or null). */
  record Headline(String text, String detail, Color color) {
    static Headline of(Saved saved) {
      if (saved instanceof Saved.Ranked r) {
        return new Headline(r.rank() == 1 ? "New best score!" : "High score #" + r.rank(), null, Theme.GOOD);
      }
      if (saved instanceof Saved.Failed f) {
        return new Headline("Score not saved", shorten(f.reason(), 72), Theme.BAD);
      }
      return new Headline(saved instanceof Saved.NoPoints ? "No points this time" : "Not in the top 10 this time",
          null, Theme.MUTED);
    }

    private static String shorten(String s, int max) {
      return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
  }

  public ResultsScreen(Arcade arcade, List<RoundResult> rounds, HighScore score, Saved saved) {
    this.arcade = arcade;
    this.rounds = List.copyOf(rounds);
    this.score = score;
    this.headline = Headline.of(saved);
    this.painter = arcade.painter();
    this.name = saved instanceof Saved.Ranked ? new NameEntry(score.name()) : null;
    for (RoundResult r : rounds) {
      Thumbnail t = r.thumbnail();
      UiImage img = arcade.engine().newImage(t.width(), t.height(), false);
      img.updateGray(t.gray());
      thumbs.add(img);
    }
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
  }

  @Override
  public void handle(InputEvent event) {
    if (name != null && name.editing()) {
      if (event instanceof InputEvent.CharTyped c) {
        name.type(c.codepoint());
      } else if (event instanceof InputEvent.Key k) {
        if (k.isDown(Keys.BACKSPACE)) {
          name.backspace();
        } else if (k.isPress(Keys.ENTER) || k.isPress(Keys.KP_ENTER)) {
          saveName();
        } else if (k.isPress(Keys.ESCAPE)) {
          arcade.navigator().back(); // the score keeps the name it was saved with
        }
      }
      return;
    }
    if (event instanceof InputEvent.Key k) {
      if (k.isPress(Keys.ENTER) || k.isPress(Keys.KP_ENTER) || k.isPress(Keys.SPACE)) {
        arcade.navigator().playAgain();
      } else if (k.isPress(Keys.ESCAPE)) {
        arcade.navigator().back();
      } else {
        arcade.sharedKey(event);
      }
    } else if (event instanceof InputEvent.CharTyped) {
      arcade.sharedKey(event);
    }
  }

  /** Puts the typed name on the saved score and remembers it as the name to offer next time. */
  private void saveName() {
    String typed = name.finish();
    arcade.events().emit(arcade.events().event("name").put("name", typed));
    if (!typed.equals(score.name())) {
      arcade.scores().rename(score, typed).ifPresent(arcade::notice);
    }
    if (!typed.equals(arcade.settings().playerName())) {
      arcade.changeSettings(arcade.settings().withPlayerName(typed));
    }
  }

  @Override
  public void render(double alpha) {
    Painter p = painter;
    p.begin(width, height);
    Ui ui = p.ui();
    p.text(40, 26, "Results", Theme.title());
    String keys = name != null && name.editing() ? "Type your name, Enter: save    Esc: menu"
        : "Enter: play again    Esc: menu";
    p.text(width - 40, 36, keys, Theme.right(Theme.small()));

    TextStyle points = TextStyle.of(width < 900 ? 36f : 44f, Theme.ACCENT).bold();
    float after = p.text(40, 80, String.format(Locale.ROOT, "%d points", score.score()), points);
    String line = String.format(Locale.ROOT, "%d of %d rounds won    best streak %d", score.roundsWon(), score.rounds(),
        score.bestStreak());
    p.text(40, 136, line, Theme.body());
    float right = width - 40;
    float room = right - Math.max(after, 40 + ui.textWidth(line, Theme.body())) - 24;
    TextStyle head = Theme.right(Theme.heading()).color(headline.color());
    p.text(right, 84, p.fit(headline.text(), head, room), head);
    if (name != null) {
      renderName(p, right, 112, Math.min(300, room));
    } else if (headline.detail() != null) {
      TextStyle detail = Theme.right(Theme.small()).color(headline.color());
      p.text(right, 116, p.fit(headline.detail(), detail, room), detail);
    }
    renderGrid(p, 176);
    arcade.layoutProblems("results", p);
  }

  /** The name field (while typing) or the name the score was saved under, right-aligned at {@code right}. */
  private void renderName(Painter p, float right, float y, float w) {
    TextStyle st = Theme.body().align(TextStyle.HAlign.LEFT, TextStyle.VAlign.MIDDLE);
    if (name.editing()) {
      p.panel(right - w, y, w, 36, 8, Theme.HIGHLIGHT, Theme.ACCENT);
      String shown = name.text().isEmpty() ? "your name" : name.text();
      boolean blink = (int) (arcade.engine().loopTime() * 2) % 2 == 0;
      String text = p.fit(shown, st, w - 30) + (blink && !name.text().isEmpty() ? "▏" : "");
      p.text(right - w + 12, y + 18, text, name.text().isEmpty() ? st.color(Theme.MUTED) : st);
      p.endCard();
    } else {
      TextStyle saved = Theme.right(Theme.small());
      p.text(right, y + 8, p.fit(name.text().isEmpty() ? "Saved without a name" : "Saved as " + name.text(), saved, w),
          saved);
    }
  }

  /**
   * The rounds as cards, as many columns as fit (2 to 5), the thumbnails as large as the height
   * allows; rounds that do not fit are counted in the last card.
   */
  private void renderGrid(Painter p, float top) {
    float gap = 16;
    float avail = width - 80;
    int cols = (int) Math.max(2, Math.min(5, Math.floor((avail + gap) / (150 + gap))));
    float cellW = (avail - gap * (cols - 1)) / cols;
    float bottom = height - 24;
    int rowsNeeded = (rounds.size() + cols - 1) / cols;
    float labels = 62;
    float thumb = Math.min(Math.min(cellW - 24, 140), (bottom - top - gap * (rowsNeeded - 1)) / rowsNeeded - labels - 12);
    int rows = rowsNeeded;
    if (thumb < 48) {
      thumb = 48;
      rows = Math.max(1, (int) Math.floor((bottom - top + gap) / (thumb + labels + 12 + gap)));
    }
    float cellH = thumb + labels + 12;
    int shown = Math.min(rounds.size(), rows * cols);
    boolean more = shown < rounds.size();
    if (more) {
      shown--; // the last card counts the rest
    }
    for (int i = 0; i < shown; i++) {
      renderCell(p, rounds.get(i), thumbs.get(i), 40 + (i % cols) * (cellW + gap), top + (i / cols) * (cellH + gap),
          cellW, cellH, thumb);
    }
    if (more) {
      float cx = 40 + (shown % cols) * (cellW + gap);
      float cy = top + (shown / cols) * (cellH + gap);
      p.panel(cx, cy, cellW, cellH, 10, Theme.PANEL, Theme.PANEL_BORDER);
      TextStyle st = Theme.body().centered().color(Theme.MUTED);
      p.text(cx + cellW / 2, cy + cellH / 2, p.fit("+" + (rounds.size() - shown) + " more rounds", st, cellW - 20), st);
      p.endCard();
    }
  }

  private void renderCell(Painter p, RoundResult r, UiImage img, float cx, float cy, float cellW, float cellH,
      float thumb) {
    Ui ui = p.ui();
    Color edge = r.won() ? Theme.GOOD : Theme.BAD;
    p.panel(cx, cy, cellW, cellH, 10, Theme.PANEL, edge.withAlpha(0.7f));
    float tx = cx + (cellW - thumb) / 2;
    ui.image(img, tx, cy + 12, thumb, thumb, 1f);
    if (r.finalGuess() == null) {
      TextStyle none = Theme.small().centered();
      p.text(tx + thumb / 2, cy + 12 + thumb / 2, p.fit("nothing drawn", none, thumb - 4), none);
    } else if (r.last().digits().size() > 1) {
      digitTags(ui, r, tx, cy + 12, thumb);
    }
    String target = (r.target().isQuestion() ? r.target().prompt() + " = " : "Target ") + r.target().answer();
    String guess = r.finalGuess() == null ? "AI saw nothing"
        : String.format(Locale.ROOT, "AI: %s (%d%%)", ReadingWords.symbol(r.last()), Math.round(r.confidence() * 100));
    float ly = cy + thumb + 20;
    TextStyle mark = Theme.right(Theme.body()).color(edge);
    String result = r.won() ? "✓ +" + r.points() : "✗";
    float markW = ui.textWidth(result, mark);
    p.text(cx + cellW - 12, ly, result, mark);
    TextStyle bold = Theme.body().bold();
    p.text(cx + 12, ly, p.fit(target, bold, cellW - 24 - markW - 8), bold);
    p.text(cx + 12, ly + 24, p.fit(guess, Theme.small(), cellW - 24), Theme.small());
    p.endCard();
  }

  /** Each digit's reading on a tag over the thumbnail, where the digit was drawn. */
  private static void digitTags(Ui ui, RoundResult r, float tx, float ty, float thumb) {
    float k = thumb / DrawingPad.SIZE;
    TextStyle tag = Theme.small().size(11f).bold().centered();
    for (DigitReading d : r.last().digits()) {
      boolean sure = d.verdict() == Verdict.SURE;
      float bx = tx + (d.box().x() + d.box().width() / 2f) * k;
      float by = ty + Math.max(8, d.box().y() * k - 9);
      Color c = sure ? Theme.GOOD : Theme.WARN;
      ui.fillRoundedRect(bx - 8, by - 8, 16, 15, 4, c.withAlpha(0.85f));
      ui.text(bx, by, sure ? Integer.toString(d.digit()) : "?", tag.color(Theme.BACKGROUND));
    }
  }

  @Override
  public void close() {
    for (UiImage t : thumbs) {
      t.close();
    }
  }
}
