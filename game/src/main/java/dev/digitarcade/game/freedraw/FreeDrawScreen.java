package dev.digitarcade.game.freedraw;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.app.Arcade;
import dev.digitarcade.game.live.LiveLink;
import dev.digitarcade.game.live.Prediction;
import dev.digitarcade.game.ui.DrawingPad;
import dev.digitarcade.game.ui.Layouts;
import dev.digitarcade.game.ui.ReadingPanel;
import dev.digitarcade.game.ui.Theme;

/** Draw anything and watch the model read it live. */
public final class FreeDrawScreen implements Screen {
  private final Arcade arcade;
  private final DrawingPad pad;
  private final ReadingPanel panel;
  private final LiveLink link;
  private boolean announced;
  private int width;
  private int height;

  public FreeDrawScreen(Arcade arcade) {
    this.arcade = arcade;
    this.pad = new DrawingPad(arcade.engine());
    this.panel = new ReadingPanel(arcade.engine());
    this.link = new LiveLink(arcade.reader(), pad, arcade.settings().lockstep(),
        arcade.events()::prediction);
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
    Layouts.Box c = Layouts.canvas(w, h);
    pad.layout(c.x(), c.y(), c.w());
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k && k.isPress(Keys.ESCAPE)) {
      arcade.engine().screens().pop();
      return;
    }
    if (pad.handle(event) == DrawingPad.Effect.CLEARED) {
      arcade.events().cleared();
    }
  }

  @Override
  public void update(double dt) {
    if (!announced) {
      announced = true;
      arcade.events().ready(arcade.reader().isReady(), "free", pad.x(), pad.y(), pad.size(), pad.size());
    }
    link.update();
  }

  /** The reading on show (null before the first). */
  public Prediction reading() {
    return link.current();
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    ui.text(40, 26, "Free draw", Theme.title());
    ui.text(width - 40, 36, "Esc: menu    F3: frame stats", Theme.right(Theme.small()));
    pad.render(ui, "Draw a digit here");
    Layouts.Box p = Layouts.panel(width, height);
    Prediction reading = pad.isEmpty() ? null : link.current();
    panel.render(ui, reading, p.x(), p.y(), p.w(), p.h(), arcade.modelStatusLine(), false);
    ui.text(pad.x(), pad.y() + pad.size() + 18, DrawingPad.shortcuts(), Theme.small());
    ui.text(pad.x() + pad.size(), pad.y() - 22, pad.brushLabel(), Theme.right(Theme.small()));
  }

  @Override
  public void close() {
    panel.close();
    pad.close();
  }
}
