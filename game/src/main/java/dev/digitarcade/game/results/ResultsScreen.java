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
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the challenge went: each round's drawing, the target and the AI's last guess. */
public final class ResultsScreen implements Screen {
  private final Arcade arcade;
  private final List<RoundResult> rounds;
  private final HighScore score;
  private final Headline headline;
  private final List<UiImage> thumbs = new ArrayList<>();
  private int width;

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
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k) {
      if (k.isPress(Keys.ENTER) || k.isPress(Keys.KP_ENTER) || k.isPress(Keys.SPACE)) {
        arcade.navigator().playAgain();
      } else if (k.isPress(Keys.ESCAPE) || k.isPress(Keys.letter('M'))) {
        arcade.navigator().back();
      }
    }
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    ui.text(40, 26, "Results", Theme.title());
    ui.text(width - 40, 36, "Enter: play again    Esc: menu", Theme.right(Theme.small()));

    ui.text(40, 84, String.format(Locale.ROOT, "%d points", score.score()), TextStyle.of(44f, Theme.ACCENT).bold());
    String line = String.format(Locale.ROOT, "%d of %d rounds won    best streak %d", score.roundsWon(), score.rounds(),
        score.bestStreak());
    ui.text(40, 140, line, Theme.body());
    ui.text(width - 40, 96, headline.text(), Theme.right(Theme.heading()).color(headline.color()));
    if (headline.detail() != null) {
      ui.text(width - 40, 128, headline.detail(), Theme.right(Theme.small()).color(headline.color()));
    }

    int cols = 5;
    float gap = 18;
    float cellW = (width - 80 - gap * (cols - 1)) / cols;
    float thumb = Math.min(cellW - 24, 140);
    float cellH = thumb + 66;
    for (int i = 0; i < rounds.size(); i++) {
      RoundResult r = rounds.get(i);
      float cx = 40 + (i % cols) * (cellW + gap);
      float cy = 186 + (i / cols) * (cellH + gap);
      Color edge = r.won() ? Theme.GOOD : Theme.BAD;
      ui.panel(cx, cy, cellW, cellH, 10, Theme.PANEL, edge.withAlpha(0.7f));
      float tx = cx + (cellW - thumb) / 2;
      ui.image(thumbs.get(i), tx, cy + 12, thumb, thumb, 1f);
      if (r.finalGuess() == null) {
        ui.text(tx + thumb / 2, cy + 12 + thumb / 2, "nothing drawn", Theme.small().centered());
      } else if (r.last().digits().size() > 1) {
        digitTags(ui, r, tx, cy + 12, thumb);
      }
      String target = (r.target().isQuestion() ? r.target().prompt() + " = " : "Target ") + r.target().answer();
      String guess = r.finalGuess() == null ? "AI saw nothing"
          : String.format(Locale.ROOT, "AI: %s (%d%%)", ReadingWords.symbol(r.last()),
              Math.round(r.confidence() * 100));
      ui.text(cx + 12, cy + thumb + 20, target, Theme.body().bold());
      ui.text(cx + cellW - 12, cy + thumb + 20, r.won() ? "✓ +" + r.points() : "✗", Theme.right(Theme.body()).color(edge));
      ui.text(cx + 12, cy + thumb + 42, guess, Theme.small());
    }
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
