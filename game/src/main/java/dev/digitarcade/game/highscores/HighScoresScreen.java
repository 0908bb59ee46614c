package dev.digitarcade.game.highscores;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.scores.HighScore;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Theme;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The best ten challenges. */
public final class HighScoresScreen implements Screen {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final Arcade arcade;
  private List<HighScore> table = List.of();
  private String blocked;
  private int width;

  public HighScoresScreen(Arcade arcade) {
    this.arcade = arcade;
  }

  @Override
  public void show() {
    table = arcade.scores().load();
    blocked = arcade.scores().blockedReason().map(r -> "Scores cannot be saved: " + r).orElse(null);
  }

  @Override
  public void resize(int w, int h) {
    width = w;
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k && (k.isPress(Keys.ESCAPE) || k.isPress(Keys.ENTER))) {
      arcade.navigator().back();
    }
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    ui.text(40, 26, "High scores", Theme.title());
    ui.text(width - 40, 36, "Esc: menu", Theme.right(Theme.small()));
    float x = Math.max(40, (width - 640) / 2f);
    float w = Math.min(640, width - 80);
    float y = 100;
    float panelH = 60 + Math.max(1, table.size()) * 40;
    ui.panel(x, y, w, panelH, 12, Theme.PANEL, Theme.PANEL_BORDER);
    if (blocked != null) {
      ui.textBox(x, y + panelH + 16, w, blocked, Theme.small().color(Theme.BAD));
    }
    ui.text(x + 24, y + 20, "#", Theme.small());
    ui.text(x + 70, y + 20, "Score", Theme.small());
    ui.text(x + 210, y + 20, "Rounds won", Theme.small());
    ui.text(x + 350, y + 20, "Best streak", Theme.small());
    ui.text(x + w - 24, y + 20, "When", Theme.right(Theme.small()));
    if (table.isEmpty()) {
      ui.text(x + 24, y + 60, "No scores yet: play a challenge!", Theme.body().color(Theme.MUTED));
      return;
    }
    for (int i = 0; i < table.size(); i++) {
      HighScore s = table.get(i);
      float ry = y + 52 + i * 40;
      if (i % 2 == 0) {
        ui.fillRect(x + 8, ry - 6, w - 16, 36, Theme.HIGHLIGHT.withAlpha(0.5f));
      }
      ui.text(x + 24, ry, Integer.toString(i + 1), Theme.body().bold());
      ui.text(x + 70, ry, Integer.toString(s.score()), Theme.body().bold().color(i == 0 ? Theme.ACCENT : Theme.TEXT));
      ui.text(x + 210, ry, s.roundsWon() + " / " + s.rounds(), Theme.body());
      ui.text(x + 350, ry, Integer.toString(s.bestStreak()), Theme.body());
      ui.text(x + w - 24, ry, DATE.format(s.when()), Theme.right(Theme.body().color(Theme.MUTED)));
    }
  }
}
