package dev.digitarcade.game.highscores;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.game.scores.HighScore;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The best ten challenges, with who played them. The table's columns share its width. */
public final class HighScoresScreen implements Screen {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
  private static final float TOP = 96;

  private final Arcade arcade;
  private final Painter painter;
  private List<HighScore> table = List.of();
  private String blocked;
  private int width;
  private int height;

  public HighScoresScreen(Arcade arcade) {
    this.arcade = arcade;
    this.painter = arcade.painter();
  }

  @Override
  public void show() {
    table = arcade.scores().load();
    blocked = arcade.scores().blockedReason().map(r -> "Scores cannot be saved: " + r).orElse(null);
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k && (k.isPress(Keys.ESCAPE) || k.isPress(Keys.ENTER))) {
      arcade.navigator().back();
    } else {
      arcade.sharedKey(event);
    }
  }

  @Override
  public void render(double alpha) {
    Painter p = painter;
    p.begin(width, height);
    p.text(40, 26, "High scores", Theme.title());
    p.text(width - 40, 36, "Esc: menu", Theme.right(Theme.small()));
    float w = Math.min(860, width - 80);
    float x = (width - w) / 2f;
    float rowH = Math.max(30, Math.min(40, (height - TOP - 60 - 70) / 10f));
    float panelH = 56 + Math.max(1, table.size()) * rowH;
    p.panel(x, TOP, w, panelH, 12, Theme.PANEL, Theme.PANEL_BORDER);
    // Columns as shares of the width: #, name, score, rounds, streak, when (right-aligned).
    float inner = w - 48;
    float cNum = x + 24;
    float cName = cNum + inner * 0.06f;
    float cScore = cNum + inner * 0.34f;
    float cRounds = cNum + inner * 0.48f;
    float cStreak = cNum + inner * 0.62f;
    float cWhen = x + w - 24;
    boolean narrow = w < 760;
    TextStyle head = Theme.small();
    p.text(cNum, TOP + 20, "#", head);
    p.text(cName, TOP + 20, "Name", head);
    p.text(cScore, TOP + 20, "Score", head);
    p.text(cRounds, TOP + 20, narrow ? "Won" : "Rounds won", head);
    p.text(cStreak, TOP + 20, narrow ? "Streak" : "Best streak", head);
    p.text(cWhen, TOP + 20, "When", Theme.right(head));
    if (table.isEmpty()) {
      p.text(cNum, TOP + 56, "No scores yet: play a challenge!", Theme.body().color(Theme.MUTED));
    }
    TextStyle body = Theme.body();
    for (int i = 0; i < table.size(); i++) {
      HighScore s = table.get(i);
      float ry = TOP + 50 + i * rowH;
      if (i % 2 == 0) {
        p.ui().fillRect(x + 8, ry - 4, w - 16, rowH - 4, Theme.HIGHLIGHT.withAlpha(0.5f));
      }
      float textY = ry + (rowH - 4) / 2 - 4;
      TextStyle cell = body.align(TextStyle.HAlign.LEFT, TextStyle.VAlign.MIDDLE);
      p.text(cNum, textY, Integer.toString(i + 1), cell.bold());
      String name = s.name().isEmpty() ? "–" : s.name();
      p.text(cName, textY, p.fit(name, cell, cScore - cName - 12), s.name().isEmpty() ? cell.color(Theme.MUTED) : cell);
      p.text(cScore, textY, Integer.toString(s.score()), cell.bold().color(i == 0 ? Theme.ACCENT : Theme.TEXT));
      p.text(cRounds, textY, s.roundsWon() + " / " + s.rounds(), cell);
      p.text(cStreak, textY, Integer.toString(s.bestStreak()), cell);
      String when = narrow ? DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
          .withZone(ZoneId.systemDefault()).format(s.when()) : DATE.format(s.when());
      p.text(cWhen, textY, when, cell.align(TextStyle.HAlign.RIGHT, TextStyle.VAlign.MIDDLE).color(Theme.MUTED));
    }
    p.endCard();
    if (blocked != null) {
      p.wrapped(x, TOP + panelH + 16, w, blocked, Theme.small().color(Theme.BAD), 3);
    }
    arcade.layoutProblems("high-scores", p);
  }
}
