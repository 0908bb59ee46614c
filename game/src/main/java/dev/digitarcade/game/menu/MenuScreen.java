package dev.digitarcade.game.menu;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.game.reading.DigitReader;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Layouts;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * The title screen: pick a mode with the keyboard or the mouse. The model loads meanwhile; the
 * challenge cannot start without one (the menu says why). The items stand in one column, or in
 * two when the window is too low for one.
 */
public final class MenuScreen implements Screen {

  /** What the menu can start. */
  public enum Mode { FREE, CHALLENGE }

  private record Item(String label, String key, int keyCode, String blurb) {}

  private static final int FREE = 0;
  private static final int CHALLENGE = 1;
  private static final int SCORES = 2;
  private static final int PROFILE = 3;
  private static final int SETTINGS = 4;
  private static final int HELP = 5;

  private static final List<Item> ITEMS = List.of(
      new Item("Free draw", "F", Keys.letter('F'), "Draw anything, see it read live"),
      new Item("Challenge", "C", Keys.letter('C'), null),
      new Item("High scores", "H", Keys.letter('H'), "The best ten challenges"),
      new Item("Your handwriting", "P", Keys.letter('P'), "The examples you taught in free draw"),
      new Item("Settings", "S", Keys.letter('S'), "Round time, difficulty, sound, text size"),
      new Item("Help", "?", Keys.F1, "How to draw, the keys, the AI's words"),
      new Item("Quit", "Q", Keys.letter('Q'), "See you soon"));

  private static final float GAP = 14;

  /** Where everything goes, for one window size. */
  record Layout(float titleY, float titleSize, float itemsTop, int cols, float itemW, float itemH, float left,
                float bottomY) {
    static Layout of(int width, int height, boolean failurePanel) {
      float top = failurePanel ? 24 + 78 + 18 : 28;
      float titleSize = height < 700 ? 44 : 56;
      float head = titleSize + 12 + 22 + 28;
      float bottom = 48;
      float room = height - top - bottom - head;
      int cols = room >= ITEMS.size() * (64 + GAP) - GAP || width < 600 ? 1 : 2;
      int rows = (ITEMS.size() + cols - 1) / cols;
      float itemH = Math.max(44, Math.min(64, (room - (rows - 1) * GAP) / rows));
      float itemW = cols == 1 ? Math.min(470, width - 80) : Math.min(420, (width - 80 - GAP) / 2);
      float block = head + rows * (itemH + GAP) - GAP;
      float start = Math.max(top, top + (height - top - bottom - block) / 2);
      float left = (width - (cols * itemW + (cols - 1) * GAP)) / 2;
      return new Layout(start, titleSize, start + head, cols, itemW, itemH, left, height - 34);
    }

    Layouts.Box item(int i) {
      int col = i % cols;
      int row = i / cols;
      return new Layouts.Box(left + col * (itemW + GAP), itemsTop + row * (itemH + GAP), itemW, itemH);
    }
  }

  private final Arcade arcade;
  private final Painter painter;
  private Mode startIn;
  private int selected;
  /** The level the Challenge item starts; ← → (or L) change it while that item is selected. */
  private Level level;
  private int width;
  private int height;
  /** Said for a moment when the challenge cannot start. */
  private String refusal;
  private double refusalLeft;

  /**
   * @param startIn a mode to open straight away (from the command line), or null for the menu
   */
  public MenuScreen(Arcade arcade, Mode startIn) {
    this.arcade = arcade;
    this.startIn = startIn;
    this.painter = arcade.painter();
    this.level = arcade.run().level();
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
  }

  private boolean noModel() {
    return arcade.reader().status() instanceof DigitReader.Status.Failed;
  }

  private Layout layout() {
    return Layout.of(width, height, noModel());
  }

  @Override
  public void update(double dt) {
    refusalLeft -= dt;
    if (startIn != null) {
      Mode m = startIn;
      startIn = null;
      open(m == Mode.FREE ? FREE : CHALLENGE);
    }
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k) {
      if (k.isDown(Keys.UP)) {
        selected = (selected + ITEMS.size() - 1) % ITEMS.size();
      } else if (k.isDown(Keys.DOWN) || k.isDown(Keys.TAB)) {
        selected = (selected + 1) % ITEMS.size();
      } else if (k.isDown(Keys.letter('L')) || selected == CHALLENGE && (k.isDown(Keys.RIGHT) || k.isDown(Keys.LEFT))) {
        Level[] all = Level.values();
        int step = k.isDown(Keys.LEFT) ? all.length - 1 : 1;
        level = all[(level.ordinal() + step) % all.length];
        selected = CHALLENGE;
      } else if (k.isDown(Keys.LEFT) || k.isDown(Keys.RIGHT)) {
        int cols = layout().cols();
        selected = cols == 1 ? selected : Math.min(ITEMS.size() - 1, selected ^ 1);
      } else if (k.isPress(Keys.ENTER) || k.isPress(Keys.KP_ENTER) || k.isPress(Keys.SPACE)) {
        open(selected);
      } else if (k.isPress(Keys.ESCAPE)) {
        arcade.navigator().quit();
      } else if (!arcade.sharedKey(event)) {
        for (int i = 0; i < ITEMS.size(); i++) {
          if (k.isPress(ITEMS.get(i).keyCode())) {
            open(i);
          }
        }
      }
    } else if (event instanceof InputEvent.CharTyped) {
      arcade.sharedKey(event);
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
      case FREE -> arcade.navigator().freeDraw();
      case CHALLENGE -> {
        if (noModel()) {
          refusal = "The challenge needs the model, and it could not be loaded (see above).";
          refusalLeft = 4;
        } else {
          arcade.navigator().challenge(level);
        }
      }
      case SCORES -> arcade.navigator().highScores();
      case PROFILE -> arcade.navigator().profile();
      case SETTINGS -> arcade.navigator().settings();
      case HELP -> arcade.navigator().help();
      default -> arcade.navigator().quit();
    }
  }

  /** "10 digits, 20 s each", from this run's settings and the level picked. */
  private String challengeBlurb() {
    if (noModel()) {
      return "Needs the model (not loaded)";
    }
    double secs = arcade.roundSeconds();
    String s = secs == Math.rint(secs) ? Integer.toString((int) secs) : Double.toString(secs);
    int rounds = arcade.rounds();
    boolean one = rounds == 1;
    String what = switch (level) {
      case DIGITS -> one ? " digit, " : " digits, ";
      case NUMBERS -> one ? " two-digit number, " : " two-digit numbers, ";
      case TIMES -> one ? " times-table question, " : " times-table questions, ";
    };
    return rounds + what + s + " s each";
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

  private int itemAt(double x, double y) {
    Layout l = layout();
    for (int i = 0; i < ITEMS.size(); i++) {
      Layouts.Box b = l.item(i);
      if (b.x() <= x && x < b.x() + b.w() && b.y() <= y && y < b.y() + b.h()) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void render(double alpha) {
    Painter p = painter;
    p.begin(width, height);
    Layout l = layout();
    float cx = width / 2f;
    p.text(cx, l.titleY(), "DIGIT ARCADE", TextStyle.of(l.titleSize(), Theme.TEXT).bold()
        .align(TextStyle.HAlign.CENTER, TextStyle.VAlign.TOP));
    p.text(cx, l.titleY() + l.titleSize() + 12, "Draw a digit. The neural network reads it as you draw.",
        Theme.centerTop(Theme.body().color(Theme.MUTED)));

    for (int i = 0; i < ITEMS.size(); i++) {
      Item it = ITEMS.get(i);
      Layouts.Box b = l.item(i);
      boolean sel = i == selected;
      boolean off = i == CHALLENGE && noModel();
      p.panel(b.x(), b.y(), b.w(), b.h(), 12, sel ? Theme.HIGHLIGHT : Theme.PANEL, sel ? Theme.ACCENT : Theme.PANEL_BORDER);
      float keyTop = b.y() + (b.h() - 36) / 2;
      p.ui().fillRoundedRect(b.x() + 14, keyTop, 36, 36, 8, sel && !off ? Theme.ACCENT : Theme.TRACK);
      p.text(b.x() + 32, keyTop + 19, it.key(), Theme.heading().centered()
          .color(sel && !off ? Theme.BACKGROUND : off ? Theme.MUTED : Theme.TEXT));
      boolean blurbFits = b.h() >= 58;
      TextStyle label = Theme.heading().color(off ? Theme.MUTED : Theme.TEXT);
      if (blurbFits) {
        p.text(b.x() + 66, b.y() + 12, p.fit(i == CHALLENGE ? challengeLabel() : it.label(), label,
            b.w() - 66 - 12), label);
        String blurb = it.blurb() != null ? it.blurb() : challengeBlurb();
        TextStyle small = Theme.small().color(off ? Theme.BAD : Theme.MUTED);
        p.text(b.x() + 66, b.y() + 38, p.fit(blurb, small, b.w() - 66 - 12), small);
      } else {
        TextStyle mid = label.align(TextStyle.HAlign.LEFT, TextStyle.VAlign.MIDDLE);
        p.text(b.x() + 66, b.y() + b.h() / 2, p.fit(i == CHALLENGE ? challengeLabel() : it.label(), mid,
            b.w() - 66 - 12), mid);
      }
      p.endCard();
    }
    float hintBottom = l.bottomY();
    renderModelStatus(p, hintBottom);
    String hint = "Arrows, Enter, a letter or a click    ← →: challenge level    M: sound    Esc: quit";
    TextStyle hs = Theme.right(Theme.small());
    p.text(width - 40, hintBottom, p.fit(hint, hs, width - 80 - 170), hs);

    List<String> notices = arcade.notices();
    if (refusalLeft > 0 && refusal != null) {
      notices = new ArrayList<>(notices);
      notices.add(refusal);
    }
    float last = l.item(ITEMS.size() - 1).y() + l.itemH();
    float room = hintBottom - 8 - last;
    int shown = (int) Math.max(0, Math.min(notices.size(), Math.floor(room / 20)));
    for (int i = 0; i < shown; i++) {
      String n = notices.get(notices.size() - shown + i);
      TextStyle ws = Theme.small().color(Theme.WARN);
      p.text(40, hintBottom - 20 * (shown - i), p.fit(n, ws, width - 80), ws);
    }
    arcade.layoutProblems("menu", p);
  }

  private void renderModelStatus(Painter p, float y) {
    DigitReader.Status s = arcade.reader().status();
    if (s instanceof DigitReader.Status.Failed f) {
      float w = Math.min(width - 80, 860);
      float x = (width - w) / 2;
      p.panel(x, 24, w, 78, 10, Theme.BAD.withAlpha(0.18f), Theme.BAD);
      p.text(x + 18, 36, p.fit("The model could not be loaded: drawing works, reading does not.",
          Theme.body().bold(), w - 36), Theme.body().bold().color(Theme.TEXT));
      p.wrapped(x + 18, 60, w - 36, f.message() + "  Train one: java -jar training/target/digit-trainer.jar train",
          Theme.small().color(Theme.TEXT), 2);
      p.endCard();
    } else {
      boolean ready = s instanceof DigitReader.Status.Ready;
      Color c = ready ? Theme.GOOD : Theme.WARN;
      p.ui().fillCircle(46, y + 8, 6, c);
      p.text(58, y, ready ? "model ready" : "loading model…", Theme.small().color(c));
    }
  }
}
