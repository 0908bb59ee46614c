package dev.digitarcade.game.help;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How to play: how to draw, the keys, what the verdicts mean, the 28x28 view. Its sections are
 * cards that fill one, two or three columns by the window's width; what does not fit goes on a
 * further page (arrow keys or the wheel).
 */
public final class HelpScreen implements Screen {
  private static final float TOP = 92;
  private static final float MARGIN = 40;
  private static final float GAP = 18;
  private static final float PAD = 18;

  /** A section placed on a page. */
  record Placed(HelpText.Section section, float x, float y, float w, float h) {}

  private final Arcade arcade;
  private final Painter painter;
  private int width;
  private int height;
  private int page;

  public HelpScreen(Arcade arcade) {
    this.arcade = arcade;
    this.painter = arcade.painter();
  }

  @Override
  public void resize(int w, int h) {
    width = w;
    height = h;
  }

  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.Key k) {
      if (k.isPress(Keys.ESCAPE) || k.isPress(Keys.ENTER) || k.isPress(Keys.F1)) {
        arcade.navigator().back();
      } else if (k.isDown(Keys.RIGHT) || k.isDown(Keys.DOWN)) {
        page++;
      } else if (k.isDown(Keys.LEFT) || k.isDown(Keys.UP)) {
        page = Math.max(0, page - 1);
      } else if (k.isPress(Keys.letter('M'))) {
        arcade.sharedKey(event);
      }
    } else if (event instanceof InputEvent.Scrolled s) {
      page = Math.max(0, page + (s.dy() < 0 ? 1 : -1));
    }
  }

  private int columns() {
    return width >= 1500 ? 3 : width >= 760 ? 2 : 1;
  }

  private float columnWidth() {
    int cols = columns();
    return (width - 2 * MARGIN - (cols - 1) * GAP) / cols;
  }

  private float rowHeight(HelpText.Row row, float w) {
    TextStyle body = Theme.body();
    float lineH = body.size() * 1.3f;
    if (longKey(row, w)) {
      return (painter.wrap(row.key(), body.bold(), w - 2 * PAD, 3).size()
          + painter.wrap(row.text(), body, w - 2 * PAD, 6).size()) * lineH + 6;
    }
    float textW = row.key() == null ? w - 2 * PAD : w - 2 * PAD - keyWidth(w);
    return painter.wrap(row.text(), body, textW, 6).size() * lineH + 6;
  }

  /** A key too wide for the key column: it takes a line of its own, its meaning the next. */
  private boolean longKey(HelpText.Row row, float w) {
    return row.key() != null && painter.ui().textWidth(row.key(), Theme.body().bold()) > keyWidth(w) - 10;
  }

  private static float keyWidth(float w) {
    return Math.min(160, w * 0.32f);
  }

  private float sectionHeight(HelpText.Section s, float w) {
    float h = PAD + 30;
    for (HelpText.Row r : s.rows()) {
      h += rowHeight(r, w);
    }
    return h + PAD - 6;
  }

  /**
   * The pages: each section goes to the column where it ends highest; a section that fits in no
   * column starts a new page.
   */
  List<List<Placed>> pages() {
    int cols = columns();
    float w = columnWidth();
    float bottom = height - 56;
    List<List<Placed>> pages = new ArrayList<>();
    List<Placed> current = new ArrayList<>();
    float[] ends = new float[cols];
    Arrays.fill(ends, TOP);
    for (HelpText.Section s : split(HelpText.SECTIONS, w, bottom - TOP)) {
      float h = sectionHeight(s, w);
      int col = 0;
      for (int c = 1; c < cols; c++) {
        if (ends[c] < ends[col]) {
          col = c;
        }
      }
      if (ends[col] + h > bottom && !current.isEmpty()) {
        pages.add(current);
        current = new ArrayList<>();
        Arrays.fill(ends, TOP);
        col = 0;
      }
      current.add(new Placed(s, MARGIN + col * (w + GAP), ends[col], w, h));
      ends[col] += h + GAP;
    }
    pages.add(current);
    return pages;
  }

  /** Sections too tall for a column, cut into parts that fit ("Keys", "Keys, continued"). */
  private List<HelpText.Section> split(List<HelpText.Section> sections, float w, float room) {
    List<HelpText.Section> out = new ArrayList<>();
    for (HelpText.Section s : sections) {
      List<HelpText.Row> part = new ArrayList<>();
      float h = PAD + 30 + PAD - 6;
      String title = s.title();
      for (HelpText.Row r : s.rows()) {
        float rh = rowHeight(r, w);
        if (!part.isEmpty() && h + rh > room) {
          out.add(new HelpText.Section(title, part));
          part = new ArrayList<>();
          h = PAD + 30 + PAD - 6;
          title = s.title() + ", continued";
        }
        part.add(r);
        h += rh;
      }
      out.add(new HelpText.Section(title, part));
    }
    return out;
  }

  @Override
  public void render(double alpha) {
    Painter p = painter;
    p.begin(width, height);
    List<List<Placed>> pages = pages();
    page = Math.min(page, pages.size() - 1);
    p.text(MARGIN, 26, "Help", Theme.title());
    String hint = pages.size() > 1
        ? String.format(Locale.ROOT, "Page %d of %d: ← → for more    Esc: back", page + 1, pages.size())
        : "Esc: back";
    p.text(width - MARGIN, 36, hint, Theme.right(Theme.small()));
    for (Placed s : pages.get(page)) {
      renderSection(p, s);
    }
    arcade.layoutProblems("help", p);
  }

  private void renderSection(Painter p, Placed s) {
    p.card(s.x(), s.y(), s.w(), s.h(), Theme.PANEL_BORDER);
    p.text(s.x() + PAD, s.y() + PAD, s.section().title(), Theme.heading().color(Theme.ACCENT));
    float y = s.y() + PAD + 30;
    for (HelpText.Row r : s.section().rows()) {
      float rh = rowHeight(r, s.w());
      TextStyle body = Theme.body();
      if (r.key() == null) {
        p.wrapped(s.x() + PAD, y, s.w() - 2 * PAD, r.text(), body, 6);
      } else if (longKey(r, s.w())) {
        float kh = p.wrapped(s.x() + PAD, y, s.w() - 2 * PAD, r.key(), Theme.body().bold(), 3);
        p.wrapped(s.x() + PAD, y + kh, s.w() - 2 * PAD, r.text(), body.color(Theme.MUTED), 6);
      } else {
        float kw = keyWidth(s.w());
        TextStyle key = Theme.body().bold();
        p.text(s.x() + PAD, y, p.fit(r.key(), key, kw - 10), key);
        p.wrapped(s.x() + PAD + kw, y, s.w() - 2 * PAD - kw, r.text(), body.color(Theme.MUTED), 6);
      }
      y += rh;
    }
    p.endCard();
  }
}
