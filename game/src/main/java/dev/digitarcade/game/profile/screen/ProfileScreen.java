package dev.digitarcade.game.profile.screen;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Theme;
import dev.digitarcade.model.profile.Example;
import dev.digitarcade.model.recipe.MnistInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The player's handwriting profile: the examples taught, a row per digit, each as the 28x28 image
 * the model was given. Arrows or a click pick one, {@code Delete}/{@code Backspace} deletes it,
 * {@code R} twice resets the profile, {@code Esc} goes back.
 */
public final class ProfileScreen implements Screen {
  private static final float LEFT = 40;
  private static final float TOP = 96;
  private static final float LABEL = 90;
  private static final float GAP = 6;

  private final Arcade arcade;
  private final List<List<Example>> rows = new ArrayList<>();
  private final List<List<UiImage>> thumbs = new ArrayList<>();
  private int digit;
  private int index;
  private boolean resetAsked;
  private String message;
  private int width;
  private int height;

  public ProfileScreen(Arcade arcade) {
    this.arcade = arcade;
  }

  @Override
  public void show() {
    reload();
  }

  private void reload() {
    closeThumbs();
    for (int d = 0; d < 10; d++) {
      List<Example> ex = arcade.profile().current().examples(d);
      rows.add(ex);
      List<UiImage> imgs = new ArrayList<>(ex.size());
      for (Example e : ex) {
        UiImage img = arcade.engine().newImage(MnistInput.SIDE, MnistInput.SIDE, true);
        img.updateGray(e.input());
        imgs.add(img);
      }
      thumbs.add(imgs);
    }
    index = Math.max(0, Math.min(index, rows.get(digit).size() - 1));
  }

  private float thumb() {
    return Math.max(20, Math.min(52, (height - TOP - 70) / 10f - GAP));
  }

  private int perRow() {
    return Math.max(1, (int) ((width - 2 * LEFT - LABEL) / (thumb() + GAP)));
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k) {
      if (k.isPress(Keys.ESCAPE)) {
        arcade.navigator().back();
      } else if (k.isDown(Keys.UP) || k.isDown(Keys.DOWN)) {
        digit = (digit + (k.isDown(Keys.UP) ? 9 : 1)) % 10;
        index = Math.min(index, Math.max(0, rows.get(digit).size() - 1));
      } else if (k.isDown(Keys.LEFT) || k.isDown(Keys.RIGHT)) {
        int n = rows.get(digit).size();
        index = n == 0 ? 0 : Math.max(0, Math.min(n - 1, index + (k.isDown(Keys.LEFT) ? -1 : 1)));
      } else if (k.isPress(Keys.DELETE) || k.isPress(Keys.BACKSPACE)) {
        delete();
      } else if (k.isPress(Keys.letter('R'))) {
        reset();
        return;
      }
      resetAsked = false;
    } else if (event instanceof InputEvent.MouseButton b && b.pressed() && b.button() == Keys.MOUSE_LEFT) {
      float t = thumb();
      for (int d = 0; d < 10; d++) {
        for (int i = 0; i < Math.min(perRow(), rows.get(d).size()); i++) {
          if (Ui.contains(LEFT + LABEL + i * (t + GAP), TOP + d * (t + GAP), t, t, b.x(), b.y())) {
            digit = d;
            index = i;
          }
        }
      }
    }
  }

  private void delete() {
    List<Example> row = rows.get(digit);
    if (row.isEmpty()) {
      return;
    }
    Example e = row.get(index);
    try {
      arcade.profile().delete(e.id());
      message = "Deleted an example of " + digit;
    } catch (IOException ex) {
      message = "Could not delete it: " + IoErrors.describe(ex);
    }
    reload();
  }

  private void reset() {
    int n = arcade.profile().current().size();
    if (!resetAsked) {
      resetAsked = n > 0;
      message = n > 0 ? "Press R again to delete all " + n + " examples" : "The profile is empty";
      return;
    }
    resetAsked = false;
    try {
      arcade.profile().reset();
      message = "The profile is empty again: readings are the model's own";
    } catch (IOException ex) {
      message = "Could not reset it: " + IoErrors.describe(ex);
    }
    reload();
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    ui.text(LEFT, 26, "Your handwriting", Theme.title());
    ui.text(width - LEFT, 36, "Arrows or click: pick    Del: delete    R R: reset    Esc: back",
        Theme.right(Theme.small()));
    float t = thumb();
    for (int d = 0; d < 10; d++) {
      float y = TOP + d * (t + GAP);
      List<UiImage> imgs = thumbs.get(d);
      ui.text(LEFT, y + t / 2 - 9, d + "  (" + imgs.size() + ")", Theme.body());
      int shown = Math.min(perRow(), imgs.size());
      for (int i = 0; i < shown; i++) {
        float x = LEFT + LABEL + i * (t + GAP);
        boolean sel = d == digit && i == index;
        ui.panel(x - 2, y - 2, t + 4, t + 4, 4, Theme.TRACK, sel ? Theme.ACCENT : Theme.PANEL_BORDER);
        ui.image(imgs.get(i), x, y, t, t, 1f);
      }
      if (imgs.size() > shown) {
        ui.text(LEFT + LABEL + shown * (t + GAP), y + t / 2 - 9, "+" + (imgs.size() - shown), Theme.small());
      }
    }
    String where = arcade.profile().dir() == null ? "kept in memory for this run" : arcade.profile().dir().toString();
    ui.text(LEFT, height - 50, message != null ? message
        : "Teach in free draw: draw, then press the right digit key. Profile: " + where, Theme.small());
  }

  private void closeThumbs() {
    for (List<UiImage> r : thumbs) {
      r.forEach(UiImage::close);
    }
    thumbs.clear();
    rows.clear();
  }

  @Override
  public void close() {
    closeThumbs();
  }
}
