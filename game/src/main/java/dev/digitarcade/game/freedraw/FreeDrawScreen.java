package dev.digitarcade.game.freedraw;

import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.drawing.DrawingScreen;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Layouts;
import dev.digitarcade.game.ui.Theme;

/** Draw anything and watch the model read it live. */
public final class FreeDrawScreen extends DrawingScreen {

  public FreeDrawScreen(Arcade arcade) {
    super(arcade, "free");
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
    renderCommon(ui, "Free draw", "Draw a digit here");
    ui.text(width - 40, 36, "Esc: menu    F3: frame stats", Theme.right(Theme.small()));
    Layouts.Box p = Layouts.panel(width, height);
    panel.render(ui, pad.isEmpty() ? null : link.current(), p.x(), p.y(), p.w(), p.h(), statusLine(),
        false);
  }
}
