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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "why" view ({@code W}): a heat map of what pushed each digit's reading towards its digit,
 * over the 28x28 model views and, lighter, over the drawing. While shown, each new reading's
 * model inputs are explained on a worker thread ({@link WhyWorker}); while hidden nothing is
 * computed. The worker finishes each digit's heat to its pixels; the render thread only uploads
 * them, in {@link #heat} and {@link #renderCanvas}.
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
  /** Readings asked for and remembered: the one being explained, the one waiting, and spares. */
  private static final int ASKED = 4;

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
  /** The digits of the last few readings asked for, by their seq (a result names only its seq). */
  private final Map<Long, List<DigitReading>> asked = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, List<DigitReading>> eldest) {
      return size() > ASKED;
    }
  };
  private WhyWorker.Explained[] digits = new WhyWorker.Explained[0];
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
      asked.clear();
    }
  }

  public boolean shown() {
    return shown;
  }

  /**
   * While shown, asks for the explanation of {@code current} (once per reading) and takes finished
   * ones.
   *
   * @return the explanation just taken for {@code current}, or null (none new)
   */
  public Explanation update(Reading current) {
    if (!shown || current == null || current.isEmpty() || current.digits().isEmpty()) {
      return null; // no digit to explain (no ink, or none the reader made out)
    }
    Optional<Explainer> explainer = reader.explainer();
    if (explainer.isEmpty()) {
      return null;
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
      asked.put(current.seq(), digits);
      worker.request(current.seq(), inputs);
      if (lockstep) {
        try {
          worker.await(current.seq(), LOCKSTEP_TIMEOUT_MS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    // The newest explanation, even when a newer reading came while it was computed (as while a
    // stroke is drawn, a reading a frame): its heat lies where its reading's ink was, a frame ago.
    WhyWorker.Result r = worker.latest();
    if (r == null || r == result || asked.get(r.seq()) == null) {
      return null;
    }
    result = r;
    explained = asked.get(r.seq());
    digits = r.digits();
    uploaded = false;
    return new Explanation(r.seq(), digits.length, r.computed(), r.nanos(), r.failure());
  }

  /**
   * An explanation as the event stream reports it.
   *
   * @param digits the digits explained
   * @param computed how many of them went to the model (the others were remembered)
   * @param nanos from the request to the heat ready to upload
   * @param failure what went wrong, or null
   */
  public record Explanation(long seq, int digits, int computed, long nanos, String failure) {}

  /** Whether there is heat to draw for {@code current}: shown, explained, and the same digits. */
  private boolean showing(Reading current) {
    return shown && current != null && !current.isEmpty() && result != null && digits.length > 0
        && current.digits().size() == digits.length;
  }

  private void upload() {
    if (!uploaded) {
      uploaded = true;
      for (int i = 0; i < digits.length; i++) {
        viewHeat[i].updateRgba(digits[i].viewRgba());
        canvasHeat[i].updateRgba(digits[i].canvasRgba());
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
    if (!showing(current) || i >= digits.length) {
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
    for (int i = 0; i < digits.length; i++) {
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
    if (digits.length == 1) {
      return "why: warm = pushed towards " + digits[0].map().digit() + ", blue = pulled away";
    }
    StringBuilder names = new StringBuilder();
    for (WhyWorker.Explained d : digits) {
      names.append(names.length() == 0 ? "" : ", ").append(d.map().digit());
    }
    return "why: warm = pushed each digit towards its reading (" + names + "), blue = pulled away";
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
