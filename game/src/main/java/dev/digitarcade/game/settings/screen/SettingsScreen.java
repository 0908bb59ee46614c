package dev.digitarcade.game.settings.screen;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.settings.Difficulty;
import dev.digitarcade.game.settings.Settings;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import java.util.List;
import java.util.Locale;

/**
 * The settings: ↑ ↓ pick a row, ← → (or a click on the arrows) change it, Enter or Space flip a
 * switch. Every change is applied and saved at once; a value the command line overrides for this
 * run says so.
 */
public final class SettingsScreen implements Screen {
  private static final float TOP = 96;
  private static final float MARGIN = 40;

  /** The rows, in order. */
  enum Row {
    ROUND_TIME("Round time"), ROUNDS("Rounds"), DIFFICULTY("Difficulty"), BRUSH("Brush to start with"),
    SOUND("Sound volume"), VOICE("Voice volume"), MUTE("Mute"), KEEP("Keep my drawings"), BIGGER("Bigger text");

    final String label;

    Row(String label) {
      this.label = label;
    }
  }

  private static final List<Row> ROWS = List.of(Row.values());

  private final Arcade arcade;
  private final Painter painter;
  private int selected;
  private int width;
  private int height;

  public SettingsScreen(Arcade arcade) {
    this.arcade = arcade;
    this.painter = arcade.painter();
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
  }

  /** {@code s} with row {@code r} stepped by {@code dir} (-1 or +1), within its range. */
  static Settings step(Settings s, Row r, int dir) {
    return switch (r) {
      case ROUND_TIME -> s.withRoundSeconds(clamp(s.roundSeconds() + 5 * dir, Settings.MIN_SECONDS,
          Settings.MAX_SECONDS));
      case ROUNDS -> s.withRounds((int) clamp(s.rounds() + dir, 1, Settings.MAX_ROUNDS));
      case DIFFICULTY -> s.withDifficulty(Difficulty.values()[(int) clamp(s.difficulty().ordinal() + dir, 0,
          Difficulty.values().length - 1)]);
      case BRUSH -> s.withBrush((float) clamp(s.brush() + dir, Settings.MIN_BRUSH, Settings.MAX_BRUSH));
      case SOUND -> s.withSoundVolume((float) clamp(Math.round(s.soundVolume() * 10 + dir) / 10.0, 0, 1));
      case VOICE -> s.withVoiceVolume((float) clamp(Math.round(s.voiceVolume() * 10 + dir) / 10.0, 0, 1));
      case MUTE -> s.withMuted(!s.muted());
      case KEEP -> s.withKeepDrawings(!s.keepDrawings());
      case BIGGER -> s.withBiggerText(!s.biggerText());
    };
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** What a row shows. */
  static String value(Settings s, Row r) {
    return switch (r) {
      case ROUND_TIME -> String.format(Locale.ROOT, "%.0f s", s.roundSeconds());
      case ROUNDS -> Integer.toString(s.rounds());
      case DIFFICULTY -> s.difficulty().label();
      case BRUSH -> String.format(Locale.ROOT, "%.0f px", s.brush() * 2);
      case SOUND -> String.format(Locale.ROOT, "%d %%", Math.round(s.soundVolume() * 100));
      case VOICE -> String.format(Locale.ROOT, "%d %%", Math.round(s.voiceVolume() * 100));
      case MUTE -> s.muted() ? "on" : "off";
      case KEEP -> s.keepDrawings() ? "yes" : "no";
      case BIGGER -> s.biggerText() ? "on" : "off";
    };
  }

  /** A note beside a row: what the command line decided instead, for this run. */
  private String note(Row r) {
    var run = arcade.run();
    if (r == Row.ROUNDS && run.rounds().isPresent()) {
      return "this run: " + run.rounds().getAsInt() + " (--rounds)";
    }
    if (r == Row.ROUND_TIME && run.roundSeconds().isPresent()) {
      return String.format(Locale.ROOT, "this run: %.0f s (--round-seconds)", run.roundSeconds().getAsDouble());
    }
    if (r == Row.MUTE && arcade.sounds().muted() != arcade.settings().muted()) {
      return arcade.sounds().muted() ? "muted now (--mute)" : "";
    }
    if (r == Row.KEEP) {
      return "on this computer only";
    }
    if (r == Row.BIGGER) {
      return "up to 125 %, as the window allows";
    }
    return "";
  }

  private void change(int dir) {
    arcade.changeSettings(step(arcade.settings(), ROWS.get(selected), dir));
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k) {
      if (k.isPress(Keys.ESCAPE)) {
        arcade.navigator().back();
      } else if (k.isDown(Keys.UP)) {
        selected = (selected + ROWS.size() - 1) % ROWS.size();
      } else if (k.isDown(Keys.DOWN) || k.isDown(Keys.TAB)) {
        selected = (selected + 1) % ROWS.size();
      } else if (k.isDown(Keys.LEFT)) {
        change(-1);
      } else if (k.isDown(Keys.RIGHT)) {
        change(1);
      } else if (k.isPress(Keys.ENTER) || k.isPress(Keys.SPACE)) {
        change(1);
      } else {
        arcade.sharedKey(event);
      }
    } else if (event instanceof InputEvent.CharTyped) {
      arcade.sharedKey(event);
    } else if (event instanceof InputEvent.MouseButton b && b.pressed() && b.button() == Keys.MOUSE_LEFT) {
      Geometry g = geometry();
      for (int i = 0; i < ROWS.size(); i++) {
        float y = g.y(i);
        if (b.y() >= y && b.y() < y + g.rowH()) {
          selected = i;
          if (b.x() >= g.valueX() - 40 && b.x() < g.valueX()) {
            change(-1);
          } else if (b.x() >= g.valueX() && b.x() < g.x() + g.w()) {
            change(1);
          }
        }
      }
    } else if (event instanceof InputEvent.CursorMoved c) {
      Geometry g = geometry();
      for (int i = 0; i < ROWS.size(); i++) {
        if (c.y() >= g.y(i) && c.y() < g.y(i) + g.rowH() && c.x() >= g.x() && c.x() < g.x() + g.w()) {
          selected = i;
        }
      }
    }
  }

  /** The card and its rows for this window. */
  record Geometry(float x, float top, float w, float rowH, float valueX) {
    float y(int row) {
      return top + 16 + row * rowH;
    }

    float h() {
      return 32 + ROWS.size() * rowH;
    }
  }

  private Geometry geometry() {
    float w = Math.min(760, width - 2 * MARGIN);
    float x = (width - w) / 2;
    float rowH = Math.max(32, Math.min(48, (height - TOP - 72 - 32) / ROWS.size()));
    return new Geometry(x, TOP, w, rowH, x + w * 0.42f);
  }

  @Override
  public void render(double alpha) {
    Painter p = painter;
    p.begin(width, height);
    p.text(MARGIN, 26, "Settings", Theme.title());
    p.text(width - MARGIN, 36, "Esc: back", Theme.right(Theme.small()));
    Geometry g = geometry();
    Settings s = arcade.settings();
    p.card(g.x(), g.top(), g.w(), g.h(), Theme.PANEL_BORDER);
    for (int i = 0; i < ROWS.size(); i++) {
      Row r = ROWS.get(i);
      float y = g.y(i);
      boolean sel = i == selected;
      if (sel) {
        p.ui().fillRoundedRect(g.x() + 8, y + 2, g.w() - 16, g.rowH() - 4, 8, Theme.HIGHLIGHT);
      }
      TextStyle label = Theme.body().align(TextStyle.HAlign.LEFT, TextStyle.VAlign.MIDDLE);
      float mid = y + g.rowH() / 2;
      p.text(g.x() + 24, mid, p.fit(r.label, label, g.valueX() - g.x() - 24 - 48), sel ? label.bold() : label);
      TextStyle arrows = Theme.body().color(sel ? Theme.ACCENT : Theme.MUTED)
          .align(TextStyle.HAlign.CENTER, TextStyle.VAlign.MIDDLE);
      p.text(g.valueX() - 20, mid, "‹", arrows);
      TextStyle value = Theme.body().bold().align(TextStyle.HAlign.LEFT, TextStyle.VAlign.MIDDLE);
      float after = p.text(g.valueX(), mid, value(s, r), value);
      p.text(after + 12, mid, "›", arrows);
      String note = note(r);
      if (!note.isEmpty()) {
        TextStyle ns = Theme.small().align(TextStyle.HAlign.RIGHT, TextStyle.VAlign.MIDDLE);
        float room = g.x() + g.w() - 20 - (after + 34);
        if (room > 40) {
          p.text(g.x() + g.w() - 20, mid, p.fit(note, ns, room), ns);
        }
      }
    }
    p.endCard();
    String hint = "↑ ↓ choose    ← → change    Enter: switch on or off    Saved as you change them";
    TextStyle hs = Theme.small();
    p.text(g.x(), g.top() + g.h() + 14, p.fit(hint, hs, g.w()), hs);
    p.text(g.x(), g.top() + g.h() + 36, p.fit("Stored in " + arcade.settingsFile(), hs, g.w()), hs);
    arcade.layoutProblems("settings", p);
  }
}
