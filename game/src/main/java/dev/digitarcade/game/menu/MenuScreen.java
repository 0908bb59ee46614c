package dev.digitarcade.game.menu;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.reading.DigitReader;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Theme;
import java.util.List;

/** The title screen: pick a mode with the keyboard or the mouse. The model loads meanwhile. */
public final class MenuScreen implements Screen {

  /** What the menu can start. */
  public enum Mode { FREE, CHALLENGE }

  private record Item(String label, String key, int keyCode, String blurb) {}

  private static final List<Item> ITEMS = List.of(
      new Item("Free draw", "F", Keys.letter('F'), "Draw anything and watch the model read it live"),
      new Item("Challenge", "C", Keys.letter('C'), null),
      new Item("High scores", "H", Keys.letter('H'), "The best ten challenges"),
      new Item("Quit", "Q", Keys.letter('Q'), "See you soon"));

  private static final float ITEM_W = 470;
  private static final float ITEM_H = 64;
  private static final float ITEM_GAP = 14;

  private final Arcade arcade;
  private Mode startIn;
  private int selected;
  /** The level the Challenge item starts; ← → (or L) change it while that item is selected. */
  private Level level;
  private int width;
  private int height;

  /**
   * @param startIn a mode to open straight away (from the command line), or null for the menu
   */
  public MenuScreen(Arcade arcade, Mode startIn) {
    this.arcade = arcade;
    this.startIn = startIn;
    this.level = arcade.settings().level();
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
  }

  @Override
  public void update(double dt) {
    if (startIn != null) {
      Mode m = startIn;
      startIn = null;
      open(m == Mode.FREE ? 0 : 1);
    }
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k) {
      if (k.isDown(Keys.UP)) {
        selected = (selected + ITEMS.size() - 1) % ITEMS.size();
      } else if (k.isDown(Keys.DOWN) || k.isDown(Keys.TAB)) {
        selected = (selected + 1) % ITEMS.size();
      } else if (k.isPress(Keys.ENTER) || k.isPress(Keys.KP_ENTER) || k.isPress(Keys.SPACE)) {
        open(selected);
      } else if (k.isPress(Keys.ESCAPE)) {
        arcade.navigator().quit();
      } else if (k.isPress(Keys.letter('P'))) {
        arcade.navigator().profile();
      } else if (k.isDown(Keys.letter('L')) || selected == 1 && (k.isDown(Keys.RIGHT) || k.isDown(Keys.LEFT))) {
        Level[] all = Level.values();
        int step = k.isDown(Keys.LEFT) ? all.length - 1 : 1;
        level = all[(level.ordinal() + step) % all.length];
        selected = 1;
      } else {
        for (int i = 0; i < ITEMS.size(); i++) {
          if (k.isPress(ITEMS.get(i).keyCode())) {
            open(i);
          }
        }
      }
    } else if (event instanceof InputEvent.CursorMoved c) {
      int i = itemAt(c.x(), c.y());
      if (i >= 0) {
        selected = i;
      }
    } else if (event instanceof InputEvent.MouseButton b && b.pressed() && b.button() == Keys.MOUSE_LEFT) {
      int i = itemAt(b.x(), b.y());
      if (i >= 0) {
        open(i);
      }
    }
  }

  private void open(int item) {
    selected = item;
    switch (item) {
      case 0 -> arcade.navigator().freeDraw();
      case 1 -> arcade.navigator().challenge(level);
      case 2 -> arcade.navigator().highScores();
      default -> arcade.navigator().quit();
    }
  }

  /** "10 digits, 20 seconds each: …", from this run's settings and the level picked. */
  private String challengeBlurb() {
    var s = arcade.settings();
    String secs = s.roundSeconds() == Math.rint(s.roundSeconds()) ? Integer.toString((int) s.roundSeconds())
        : Double.toString(s.roundSeconds());
    boolean one = s.rounds() == 1;
    String what = switch (level) {
      case DIGITS -> one ? " digit, " : " digits, ";
      case NUMBERS -> one ? " two-digit number, " : " two-digit numbers, ";
      case TIMES -> one ? " times-table question, " : " times-table questions, ";
    };
    return s.rounds() + what + secs + " s each" + (level == Level.TIMES ? ": draw the answer" : ": make the AI see them");
  }

  /** The Challenge item's label, with the level picked. */
  private String challengeLabel() {
    String name = switch (level) {
      case DIGITS -> "digits";
      case NUMBERS -> "numbers";
      case TIMES -> "times tables";
    };
    return "Challenge: " + name + "  ◂ ▸";
  }

  private float itemsTop() {
    return Math.max(200, height / 2f - 90);
  }

  private int itemAt(double x, double y) {
    float left = (width - ITEM_W) / 2f;
    for (int i = 0; i < ITEMS.size(); i++) {
      float top = itemsTop() + i * (ITEM_H + ITEM_GAP);
      if (Ui.contains(left, top, ITEM_W, ITEM_H, x, y)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    float cx = width / 2f;
    float titleY = itemsTop() - 150;
    ui.text(cx, titleY, "DIGIT ARCADE", TextStyle.of(56f, Theme.TEXT).bold().align(TextStyle.HAlign.CENTER, TextStyle.VAlign.TOP));
    ui.text(cx, titleY + 70, "Draw a digit. The neural network reads it as you draw.",
        Theme.centerTop(Theme.body().color(Theme.MUTED)));

    float left = cx - ITEM_W / 2;
    for (int i = 0; i < ITEMS.size(); i++) {
      Item it = ITEMS.get(i);
      float top = itemsTop() + i * (ITEM_H + ITEM_GAP);
      boolean sel = i == selected;
      ui.panel(left, top, ITEM_W, ITEM_H, 12, sel ? Theme.HIGHLIGHT : Theme.PANEL, sel ? Theme.ACCENT : Theme.PANEL_BORDER);
      ui.fillRoundedRect(left + 14, top + 14, 36, 36, 8, sel ? Theme.ACCENT : Theme.TRACK);
      ui.text(left + 32, top + 33, it.key(), Theme.heading().centered().color(sel ? Theme.BACKGROUND : Theme.TEXT));
      ui.text(left + 66, top + 12, i == 1 ? challengeLabel() : it.label(), Theme.heading());
      ui.text(left + 66, top + 38, it.blurb() != null ? it.blurb() : challengeBlurb(), Theme.small());
    }
    float hintY = itemsTop() + ITEMS.size() * (ITEM_H + ITEM_GAP) + 10;
    ui.text(cx, hintY, "↑ ↓ and Enter, the letter keys, or click.   ← → picks the challenge.   P: your handwriting.   Esc quits.",
        Theme.centerTop(Theme.small()));

    renderModelStatus(ui);
    List<String> notices = arcade.notices();
    for (int i = 0; i < notices.size(); i++) {
      ui.textBox(40, height - 40 - 22 * (notices.size() - i), width - 80, notices.get(i),
          Theme.small().color(Theme.WARN));
    }
  }

  private void renderModelStatus(Ui ui) {
    DigitReader.Status s = arcade.reader().status();
    if (s instanceof DigitReader.Status.Failed f) {
      float w = Math.min(width - 80, 860);
      float x = (width - w) / 2;
      ui.panel(x, 24, w, 78, 10, Theme.BAD.withAlpha(0.18f), Theme.BAD);
      ui.text(x + 18, 36, "The model could not be loaded: drawing works, reading does not.",
          Theme.body().bold().color(Theme.TEXT));
      ui.textBox(x + 18, 60, w - 36, f.message() + "  Train one: java -jar training/target/digit-trainer.jar train",
          Theme.small().color(Theme.TEXT));
    } else {
      boolean ready = s instanceof DigitReader.Status.Ready;
      Color c = ready ? Theme.GOOD : Theme.WARN;
      ui.fillCircle(width - 200, 40, 6, c);
      ui.text(width - 186, 32, ready ? "model ready" : "loading model…", Theme.small().color(c));
    }
  }
}
