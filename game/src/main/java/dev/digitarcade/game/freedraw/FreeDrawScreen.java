package dev.digitarcade.game.freedraw;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.drawing.DrawingPad;
import dev.digitarcade.game.drawing.DrawingScreen;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Layouts;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.model.profile.Example;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Draw anything and watch the model read it live. When the reading is wrong (or unsure) the
 * player teaches the right digit: its key (0-9) or a click on "That's a N" keeps the drawing as
 * an example in the player's profile, and the drawing is read again with it. {@code S} saves the
 * drawing as a PNG.
 */
public final class FreeDrawScreen extends DrawingScreen {
  private static final float TEACH_BOX = 24;
  private static final float TEACH_GAP = 5;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private String message;
  private double messageLeft;
  /** The canvas version last taught (its drawing is labelled when kept), the digit and the example. */
  private long taughtVersion = -1;
  private int taughtDigit;
  private String taughtId;

  /** The drawing keys under the canvas, on two lines at most. */
  private static final List<String> KEYS = List.of(DrawingPad.shortcuts().split(" {4}"));

  private final Painter painter;

  public FreeDrawScreen(Arcade arcade) {
    super(arcade, "free");
    this.painter = arcade.painter();
  }

  @Override
  protected void onReading(Reading p) {
    arcade.events().prediction(p);
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k) {
      for (int d = 0; d <= 9; d++) {
        if (k.isPress(Keys.digit(d))) {
          teach(d);
          return;
        }
      }
      if (k.isPress(Keys.letter('S'))) {
        save();
        return;
      }
      if (k.isPress(Keys.letter('C')) && !pad.isStroking()) {
        keep(); // the drawing is finished: kept before the canvas is wiped
      }
    } else if (event instanceof InputEvent.MouseButton b && b.pressed() && b.button() == Keys.MOUSE_LEFT) {
      int d = teachBoxAt(b.x(), b.y());
      if (d >= 0) {
        teach(d);
        return;
      }
    }
    super.handle(event);
  }

  /** Keeps the drawing on show as an example of {@code digit}, then reads it again. */
  private void teach(int digit) {
    Reading r = link.current();
    if (pad.isEmpty() || pad.isStroking() || r == null || r.isEmpty()) {
      say("Draw a digit first, then press the digit it is");
      return;
    }
    if (r.digits().size() != 1) {
      say("Teach one digit at a time: this drawing holds " + r.digits().size());
      return;
    }
    try {
      Example e = arcade.profile().add(digit, r.digits().get(0).modelInput(), pad.strokes(), DrawingPad.SIZE);
      taughtVersion = pad.version();
      taughtDigit = digit;
      taughtId = e.id();
      int n = arcade.profile().current().counts()[digit];
      say("Kept as a " + digit + ": your profile has " + n + " example" + (n == 1 ? "" : "s") + " of it");
      arcade.events().emit(arcade.events().event("taught").put("digit", digit).put("id", e.id())
          .put("examples", arcade.profile().current().size()));
      link.reset(); // read the drawing again, with the example
    } catch (IOException e) {
      say("Could not keep the example: " + IoErrors.describe(e));
      arcade.notice("profile: could not keep the example (" + IoErrors.describe(e) + ")");
    }
  }

  /** Keeps the drawing on show ("Keep my drawings"), labelled when it is the one last taught. */
  private void keep() {
    boolean taught = taughtVersion == pad.version();
    keepDrawing("free", taught ? Optional.of(Integer.toString(taughtDigit)) : Optional.empty(), Optional.empty(),
        taught ? Optional.of(taughtId) : Optional.empty());
  }

  /** Leaving the screen finishes the drawing on show. */
  @Override
  public void close() {
    keep();
    super.close();
  }

  private void save() {
    if (pad.isEmpty()) {
      say("Nothing to save yet");
      return;
    }
    Path dir = arcade.profile().dir() != null ? arcade.profile().dir().resolve("drawings") : Path.of("drawings");
    Path file = dir.resolve("drawing-" + STAMP.format(Instant.now()) + ".png");
    try {
      java.nio.file.Files.createDirectories(dir);
      pad.canvas().savePng(file);
      say("Saved " + file);
      arcade.events().emit(arcade.events().event("saved").put("file", file.toString()));
    } catch (IOException | RuntimeException e) {
      say("Could not save the drawing: " + e.getMessage());
    }
  }

  private void say(String m) {
    message = m;
    messageLeft = 4;
  }

  @Override
  public void update(double dt) {
    super.update(dt);
    link.update();
    updateWhy();
    messageLeft -= dt;
  }

  /** Where the "That's a N" boxes go: beside their label, or under it when the panel is narrow. */
  private record Teach(float labelX, float labelY, float x, float y, float box) {}

  private Teach teach() {
    Layouts.Box p = Layouts.panel(width, height);
    float ty = p.y() + p.h() + 8;
    if (p.w() >= 86 + 10 * (TEACH_BOX + TEACH_GAP)) {
      return new Teach(p.x(), ty + 4, p.x() + 86, ty, TEACH_BOX);
    }
    float box = Math.min(TEACH_BOX, (p.w() - 9 * TEACH_GAP) / 10);
    return new Teach(p.x(), ty, p.x(), ty + 20, box);
  }

  private float teachX(int d) {
    Teach t = teach();
    return t.x() + d * (t.box() + TEACH_GAP);
  }

  private float teachY() {
    return teach().y();
  }

  private int teachBoxAt(double x, double y) {
    for (int d = 0; d <= 9; d++) {
      if (Ui.contains(teachX(d), teachY(), teach().box(), teach().box(), x, y)) {
        return d;
      }
    }
    return -1;
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    Painter painter = this.painter;
    painter.begin(width, height);
    renderCommon(painter, "Free draw", "Draw a digit here", pad.y() + pad.size() + 14, KEYS);
    TextStyle keys = Theme.right(Theme.small());
    painter.text(width - 40, 36, painter.fit("0-9: teach    S: save    W: why    F1: help    Esc: menu    F3: frame stats", keys,
        width - 80 - 160), keys);
    Layouts.Box p = Layouts.panel(width, height);
    whyToPanel(pad.isEmpty() ? null : link.current());
    // A short or narrow panel (small windows) takes the compact layout, as the challenge's does.
    panel.render(ui, pad.isEmpty() ? null : link.current(), p.x(), p.y(), p.w(), p.h(), statusLine(),
        p.h() < 460 || p.w() < 420);
    painter.region(p.x(), p.y(), p.w(), p.h());
    Teach t = teach();
    painter.text(t.labelX(), t.labelY(), "That's a", Theme.small());
    for (int d = 0; d <= 9; d++) {
      painter.panel(teachX(d), t.y(), t.box(), t.box(), 5, Theme.TRACK, Theme.PANEL_BORDER);
      painter.text(teachX(d) + t.box() / 2, t.y() + t.box() / 2, Integer.toString(d), Theme.small().centered());
      painter.endCard();
    }
    if (message != null && messageLeft > 0) {
      TextStyle m = Theme.small().color(Theme.ACCENT);
      painter.text(p.x(), t.y() + t.box() + 6, painter.fit(message, m, width - 40 - p.x()), m);
    }
    arcade.layoutProblems("free", painter);
  }
}
