package dev.digitarcade.game.why;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.engine.ui.UiImage;
import dev.digitarcade.game.reading.DigitReader;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.Explainer;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.model.classify.Saliency;
import dev.digitarcade.model.segment.NumberReader;
import java.util.List;
import java.util.Optional;

/**
 * The "why" view ({@code W}): a heat map of what pushed each digit's reading towards its digit,
 * over the 28x28 model views and, lighter, over the drawing. While shown, each new reading's
 * model inputs are explained on a worker thread ({@link WhyWorker}); while hidden nothing is
 * computed. The heat images are uploaded on the render thread, in {@link #heat} and
 * {@link #renderCanvas}.
 */
public final class WhyView implements AutoCloseable {
  /** Said when the model cannot explain its readings. */
  public static final String NO_OUTPUT = "this model has no 'why' output; train a new one with digit-trainer train";

  /** How opaque the strongest heat is over the model view and over the drawing. */
  static final float VIEW_OPACITY = 1f;
  static final float CANVAS_OPACITY = 0.8f;
  /** How far the ink under the heat is dimmed, so the colours read on white ink. */
  static final Color VIEW_DIM = Color.BLACK.withAlpha(0.65f);
  static final Color CANVAS_DIM = Color.BLACK.withAlpha(0.5f);
  private static final long LOCKSTEP_TIMEOUT_MS = 5_000;

  private final DigitReader reader;
  private final boolean lockstep;
  private final UiImage[] viewHeat = new UiImage[NumberReader.MAX_DIGITS];
  private final UiImage[] canvasHeat = new UiImage[NumberReader.MAX_DIGITS];
  private WhyWorker worker;
  private boolean shown;
  private long requested = -1;
  /** The explanation on show, its reading's digits, and whether its images are uploaded. */
  private WhyWorker.Result result;
  private List<DigitReading> explained = List.of();
  private HeatMap[] maps = new HeatMap[0];
  private boolean uploaded;

  /** @param lockstep wait for each explanation (replays, screenshots: simulated time) */
  public WhyView(EngineContext ctx, DigitReader reader, boolean lockstep) {
    this.reader = reader;
    this.lockstep = lockstep;
    try {
      for (int i = 0; i < viewHeat.length; i++) {
        viewHeat[i] = ctx.newImage(28, 28, true);
        canvasHeat[i] = ctx.newImage(28, 28, false);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Shows or hides the view. */
  public void toggle() {
    shown = !shown;
    if (!shown) {
      requested = -1; // shown again: the reading on show is explained afresh
    }
  }

  public boolean shown() {
    return shown;
  }

  /** While shown, asks for the explanation of {@code current} (once per reading) and takes finished ones. */
  public void update(Reading current) {
    if (!shown || current == null || current.isEmpty()) {
      return;
    }
    Optional<Explainer> explainer = reader.explainer();
    if (explainer.isEmpty()) {
      return;
    }
    if (worker == null) {
      worker = new WhyWorker(explainer.get());
    }
    if (current.seq() != requested) {
      requested = current.seq();
      List<DigitReading> digits = current.digits();
      float[][] inputs = new float[Math.min(digits.size(), viewHeat.length)][];
      for (int i = 0; i < inputs.length; i++) {
        inputs[i] = digits.get(i).modelInput();
      }
      worker.request(current.seq(), inputs);
      if (lockstep) {
        try {
          worker.await(current.seq(), LOCKSTEP_TIMEOUT_MS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    WhyWorker.Result r = worker.latest();
    if (r != null && r != result && r.seq() == current.seq()) {
      result = r;
      explained = current.digits();
      maps = new HeatMap[r.maps().length];
      for (int i = 0; i < maps.length; i++) {
        maps[i] = HeatMap.of(r.maps()[i], explained.get(i).modelInput());
      }
      uploaded = false;
    }
  }

  /** Whether there is heat to draw for {@code current}: shown, explained, and the same digits. */
  private boolean showing(Reading current) {
    return shown && current != null && !current.isEmpty() && result != null && maps.length > 0
        && current.digits().size() == maps.length;
  }

  private void upload() {
    if (!uploaded) {
      uploaded = true;
      for (int i = 0; i < maps.length; i++) {
        viewHeat[i].updateRgba(maps[i].rgba(VIEW_OPACITY));
        canvasHeat[i].updateRgba(maps[i].rgba(CANVAS_OPACITY));
      }
    }
  }

  /**
   * Draws digit {@code i}'s heat over its model view at the given square (the view dimmed under
   * it); nothing when there is none to show. Render thread.
   */
  public void renderView(Ui ui, Reading current, int i, float x, float y, float side) {
    UiImage h = heat(current, i);
    if (h != null) {
      ui.fillRect(x, y, side, side, VIEW_DIM);
      ui.image(h, x, y, side, side, 1f);
    }
  }

  /** The heat over digit {@code i}'s model view, or null when there is none to show. Render thread. */
  public UiImage heat(Reading current, int i) {
    if (!showing(current) || i >= maps.length) {
      return null;
    }
    upload();
    return viewHeat[i];
  }

  /**
   * Draws each digit's heat over the drawing, where its 28x28 field lies ({@link HeatMap#field}).
   *
   * @param x the drawing's left edge on screen
   * @param y its top edge
   * @param size its side on screen
   * @param pixels its side in drawing pixels
   */
  public void renderCanvas(Ui ui, Reading current, float x, float y, float size, int pixels) {
    if (!showing(current)) {
      return;
    }
    upload();
    float k = size / pixels;
    ui.scissor(x, y, size, size);
    ui.fillRect(x, y, size, size, CANVAS_DIM);
    for (int i = 0; i < maps.length; i++) {
      DigitReading d = explained.get(i);
      HeatMap.Square f = HeatMap.field(d.modelInput(), d.box());
      ui.image(canvasHeat[i], x + f.x() * k, y + f.y() * k, f.side() * k, f.side() * k, 1f);
    }
    ui.resetScissor();
  }

  /**
   * The view's one line: what the colours mean for the digit in focus, or why there is nothing to
   * see; null when hidden or while the model is loading.
   *
   * @param focus the digit in focus (as the panel shows it), or -1 (a number's line names every digit)
   */
  public String legend(Reading current, int focus) {
    if (!shown || !reader.isReady()) {
      return null;
    }
    if (reader.explainer().isEmpty()) {
      return NO_OUTPUT;
    }
    if (current == null || current.isEmpty()) {
      return "why: draw a digit to see what the model looks at";
    }
    if (result != null && result.failure() != null) {
      return "why: could not explain the reading (" + result.failure() + ")";
    }
    if (!showing(current)) {
      return "why: working…";
    }
    if (maps.length == 1) {
      return "why: warm = pushed towards " + maps[0].digit() + ", blue = pulled away";
    }
    StringBuilder digits = new StringBuilder();
    for (HeatMap m : maps) {
      digits.append(digits.length() == 0 ? "" : ", ").append(m.digit());
    }
    return "why: warm = pushed each digit towards its reading (" + digits + "), blue = pulled away";
  }

  /** The explanation's time on the worker, in nanoseconds, or -1 (figures). */
  public long lastNanos() {
    return result == null ? -1 : result.nanos();
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.close();
      worker = null;
    }
    for (int i = 0; i < viewHeat.length; i++) {
      if (viewHeat[i] != null) {
        viewHeat[i].close();
      }
      if (canvasHeat[i] != null) {
        canvasHeat[i].close();
      }
    }
  }

  /** The saliency on show, for tests. */
  Saliency[] saliency() {
    return result == null ? new Saliency[0] : result.maps();
  }
}
