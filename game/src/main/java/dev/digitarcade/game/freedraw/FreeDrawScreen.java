package dev.digitarcade.game.freedraw;

import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.drawing.DrawingPad;
import dev.digitarcade.game.drawing.DrawingScreen;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Layouts;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import java.util.List;

/** Draw anything and watch the model read it live. */
public final class FreeDrawScreen extends DrawingScreen {

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
  public void update(double dt) {
    super.update(dt);
    link.update();
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    Painter painter = this.painter;
    painter.begin(width, height);
    renderCommon(painter, "Free draw", "Draw a digit here", pad.y() + pad.size() + 14, KEYS);
    painter.text(width - 40, 36, "Esc: menu    F1: help    F3: frame stats", Theme.right(Theme.small()));
    Layouts.Box p = Layouts.panel(width, height);
    panel.render(ui, pad.isEmpty() ? null : link.current(), p.x(), p.y(), p.w(), p.h(), statusLine(),
        false);
    painter.region(p.x(), p.y(), p.w(), p.h());
    arcade.layoutProblems("free", painter);
  }
}
