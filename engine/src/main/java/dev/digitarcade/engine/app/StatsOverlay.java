package dev.digitarcade.engine.app;

import dev.digitarcade.engine.loop.FrameStats;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import java.util.Locale;

/** The frame-statistics panel: fps, p50/p99 frame time and a graph of recent frames. */
final class StatsOverlay {
  private static final int GRAPH_FRAMES = 120;
  private static final double GRAPH_MAX_MS = 33.4;
  private static final Color PANEL = Color.rgb(0x000000, 0.72f);
  private static final Color BORDER = Color.rgb(0xFFFFFF, 0.18f);
  private static final Color TEXT = Color.rgb(0xE8ECF2);
  private static final Color GOOD = Color.rgb(0x5BD16E);
  private static final Color SLOW = Color.rgb(0xF0A431);
  private static final Color BUDGET = Color.rgb(0xFFFFFF, 0.45f);
  private final TextStyle style = TextStyle.of(13f, TEXT);
  private final float[] goodBars = new float[GRAPH_FRAMES * 4];
  private final float[] slowBars = new float[GRAPH_FRAMES * 4];
  private FrameStats.Snapshot cached;
  private long cachedAt = -1;

  void draw(Ui ui, int windowWidth, FrameStats stats) {
    if (cached == null || stats.frames() - cachedAt >= 15) {
      cached = stats.snapshot();
      cachedAt = stats.frames();
    }
    float w = 250;
    float h = 104;
    float x = windowWidth - w - 10;
    float y = 10;
    ui.panel(x, y, w, h, 6, PANEL, BORDER);
    ui.text(x + 10, y + 8, String.format(Locale.ROOT, "%.1f fps", cached.fps()), style.bold());
    ui.text(
        x + 10,
        y + 26,
        String.format(Locale.ROOT, "frame p50 %.2f ms  p99 %.2f ms", cached.p50Ms(), cached.p99Ms()),
        style);
    float gx = x + 10;
    float gy = y + 46;
    float gw = w - 20;
    float gh = 48;
    ui.fillRect(gx, gy, gw, gh, Color.rgb(0xFFFFFF, 0.06f));
    long[] frames = stats.window();
    int n = Math.min(GRAPH_FRAMES, frames.length);
    float bw = gw / GRAPH_FRAMES;
    int good = 0;
    int slow = 0;
    for (int i = 0; i < n; i++) {
      double ms = frames[frames.length - n + i] / 1e6;
      float bh = (float) (Math.min(ms, GRAPH_MAX_MS) / GRAPH_MAX_MS * gh);
      float[] into = ms > 16.7 ? slowBars : goodBars;
      int k = ms > 16.7 ? slow++ : good++;
      into[4 * k] = gx + (GRAPH_FRAMES - n + i) * bw;
      into[4 * k + 1] = gy + gh - bh;
      into[4 * k + 2] = Math.max(1f, bw - 0.5f);
      into[4 * k + 3] = bh;
    }
    ui.fillRects(goodBars, good, GOOD);
    ui.fillRects(slowBars, slow, SLOW);
    float budgetY = gy + gh - (float) (16.7 / GRAPH_MAX_MS * gh);
    ui.line(gx, budgetY, gx + gw, budgetY, 1f, BUDGET);
  }
}
