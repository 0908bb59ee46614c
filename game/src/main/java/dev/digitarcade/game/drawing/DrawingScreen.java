package dev.digitarcade.game.drawing;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.reading.DigitReader;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.LiveLink;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Layouts;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.game.why.WhyView;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the screens with a canvas share: the drawing pad on the left, the reading panel on
 * the right, the live link between the canvas and the model, {@code Esc} to leave, the
 * {@code ready} and {@code cleared} events.
 */
public abstract class DrawingScreen implements Screen {
  protected final Arcade arcade;
  protected final DrawingPad pad;
  protected final ReadingPanel panel;
  protected final LiveLink link;
  /** The "why" view ({@code W}): what pushed each reading towards its digit. */
  protected final WhyView why;
  private final String name;
  private boolean announced;
  private boolean failureTold;
  private boolean keepFailureTold;
  private long keptVersion = -1;
  protected int width;
  protected int height;

  /** @param name the screen's name in the {@code ready} event */
  protected DrawingScreen(Arcade arcade, String name) {
    this.arcade = arcade;
    this.name = name;
    this.pad = new DrawingPad(arcade.engine());
    this.panel = new ReadingPanel(arcade.engine());
    pad.canvas().setBrushRadius(arcade.settings().brush());
    this.link = new LiveLink(arcade.reader(), pad, arcade.lockstep(), this::onReading, this::onFailure);
    this.why = new WhyView(arcade.engine(), arcade.reader(), arcade.lockstep());
  }

  /** A reading that failed: written to the event stream, told once on stderr, shown until a reading works. */
  private void onFailure(DigitReader.Failure f) {
    arcade.events().emit(arcade.events().event("reading-failed").put("seq", f.seq()).put("error", f.message()));
    if (!failureTold) {
      failureTold = true;
      arcade.notice("a reading failed (" + f.message() + "); the app keeps reading");
    }
  }

  /**
   * A finished drawing: kept in the player's profile ({@code drawings/kept}, never as an example)
   * when "Keep my drawings" is on and there is ink, once per state of the canvas, with its strokes
   * and the recipe input of each digit of the reading on show. A failure to write is told once
   * and the game goes on.
   *
   * @param label the digits it shows, when known
   * @param target the round's answer (challenge)
   * @param taught the example the player taught from it
   */
  protected void keepDrawing(String source, Optional<String> label, Optional<String> target, Optional<String> taught) {
    if (!arcade.settings().keepDrawings() || pad.isEmpty() || pad.version() == keptVersion) {
      return;
    }
    keptVersion = pad.version();
    Reading r = link.current();
    List<float[]> inputs = r == null ? List.of() : r.digits().stream().map(DigitReading::modelInput).toList();
    try {
      arcade.profile().drawings().keep(source, label, target, taught, inputs, pad.strokes(), DrawingPad.SIZE)
          .ifPresent(d -> arcade.events().emit(arcade.events().event("kept").put("id", d.id())
              .put("label", label.orElse(null))));
    } catch (IOException | RuntimeException e) {
      if (!keepFailureTold) {
        keepFailureTold = true;
        arcade.notice("could not keep the drawing (" + (e instanceof IOException io ? IoErrors.describe(io)
            : e.getMessage()) + "); the game goes on");
      }
    }
  }

  /** The line shown in place of a reading: a failed reading, the model loading or missing; null when all is well. */
  protected String statusLine() {
    DigitReader.Failure f = link.failure();
    return f != null ? "Could not read the drawing: " + f.message() : arcade.modelStatusLine();
  }

  /** A new reading of this screen's drawing. */
  protected abstract void onReading(Reading p);

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
      arcade.navigator().back();
      return;
    }
    if (arcade.sharedKey(event)) {
      return;
    }
    if (event instanceof InputEvent.Key k && k.isPress(Keys.letter('W'))) {
      why.toggle();
      arcade.events().emit(arcade.events().event("why").put("shown", why.shown()));
      return;
    }
    if (pad.handle(event) == DrawingPad.Effect.CLEARED) {
      arcade.events().cleared();
    }
  }

  /** Announces the screen once (with the canvas rectangle), then keeps the reading current. */
  @Override
  public void update(double dt) {
    if (!announced) {
      announced = true;
      arcade.events().ready(arcade.reader().isReady(), name, pad.x(), pad.y(), pad.size(), pad.size());
    }
  }

  /** Keeps the "why" view on the reading on show; subclasses call it after updating the link. */
  protected void updateWhy() {
    WhyView.Explanation e = why.update(pad.isEmpty() ? null : link.current());
    if (e != null) {
      var event = arcade.events().event("explained").put("seq", e.seq()).put("digits", e.digits())
          .put("computed", e.computed()).put("ms", e.nanos() / 1e6);
      if (e.failure() != null) {
        event.put("error", e.failure());
      }
      arcade.events().emit(event);
    }
  }

  /**
   * Hands the "why" view's heat and legend to the panel for its next render (the reading it will
   * show, {@code focus} the digit in focus).
   */
  protected void whyToPanel(Reading shown) {
    panel.why((ui, i, x, y, side) -> why.renderView(ui, shown, i, x, y, side),
        why.legend(shown, ReadingWords.focus(shown)));
  }

  /** The reading on show (null before the first). */
  public Reading reading() {
    return link.current();
  }

  /** Draws the title, the pad with its hint and shortcuts; the subclass draws the rest. */
  protected void renderCommon(Ui ui, String title, String emptyHint) {
    ui.text(40, 26, title, Theme.title());
    pad.render(ui, emptyHint);
    Reading current = link.current();
    if (!pad.isEmpty() && current != null) {
      why.renderCanvas(ui, current, pad.x(), pad.y(), pad.size(), DrawingPad.SIZE);
      pad.renderDigitBoxes(ui, current.digits());
    }
    ui.text(pad.x(), pad.y() + pad.size() + 18, DrawingPad.shortcuts(), Theme.small());
    ui.text(pad.x() + pad.size(), pad.y() - 22, pad.brushLabel(), Theme.right(Theme.small()));
  }

  /**
   * {@link #renderCommon(Ui, String, String)} through a painter, with {@code keys} wrapped to the
   * canvas's width (two lines at most, items never split) from {@code keysY}.
   */
  protected void renderCommon(Painter p, String title, String emptyHint, float keysY, List<String> keys) {
    p.text(40, 26, title, Theme.title());
    pad.render(p.ui(), emptyHint);
    Reading current = link.current();
    if (!pad.isEmpty() && current != null) {
      why.renderCanvas(p.ui(), current, pad.x(), pad.y(), pad.size(), DrawingPad.SIZE);
      pad.renderDigitBoxes(p.ui(), current.digits());
    }
    p.items(pad.x(), keysY, pad.size(), keys, Theme.small(), 2);
    TextStyle brush = Theme.right(Theme.small());
    p.text(pad.x() + pad.size(), pad.y() - 22, pad.brushLabel(), brush);
  }

  @Override
  public void close() {
    why.close();
    panel.close();
    pad.close();
  }
}
