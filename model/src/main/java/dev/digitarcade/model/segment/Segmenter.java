package dev.digitarcade.model.segment;

import dev.digitarcade.model.recipe.InkBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a drawn number into its digits, left to right (see the package documentation for the
 * design and what it was measured on).
 *
 * <p>The canvas is always the truth about where ink is; strokes, when given, say which ink belongs
 * together: each ink pixel goes to the stroke nearest to it along the ink, and strokes are grouped
 * into digits by geometry and time ({@link Grouper}). Without strokes (an image file) the parts are
 * the ink's connected components, grouped by the same rules. Either way every segment's ink is
 * exactly the canvas's, so a segment goes through the MNIST recipe as if it had been drawn alone.
 *
 * <p>An instance keeps scratch buffers between calls; it is <b>not thread-safe</b>: use one per
 * thread.
 */
public final class Segmenter {

  /** With more strokes than this the pixels alone are used (a scribble, not a number). */
  public static final int MAX_STROKES = 96;
  /** Components beyond this many (the largest kept) are treated as noise and left out. */
  public static final int MAX_PARTS = 96;

  private final InkGrid grid = new InkGrid();
  private final Parts parts = new Parts();
  private final Grouper grouper = new Grouper();
  private int[] keep = new int[0];

  /** Segments a canvas from its pixels alone. */
  public Segmentation segment(byte[] canvas, int width, int height) {
    return segment(canvas, width, height, List.of());
  }

  /**
   * Segments a canvas.
   *
   * @param canvas {@code width x height} gray bytes, row-major, row 0 = top, white ink (255) on
   *     black (0)
   * @param strokes the ink strokes that made the canvas, in the order they were drawn (empty or
   *     null: pixels only)
   */
  public Segmentation segment(byte[] canvas, int width, int height, List<Stroke> strokes) {
    if (canvas == null || width < 1 || height < 1 || canvas.length != width * height) {
      throw new IllegalArgumentException("canvas must hold width x height = " + width + "x" + height + " bytes, got "
          + (canvas == null ? "none" : canvas.length));
    }
    if (width >= 1 << 15 || height >= 1 << 15) {
      throw new IllegalArgumentException("canvas too large: " + width + "x" + height);
    }
    boolean useStrokes = strokes != null && !strokes.isEmpty() && strokes.size() <= MAX_STROKES;
    if (!grid.build(canvas, width, height)) {
      return Segmentation.empty(useStrokes);
    }
    int f = grid.f;
    int count;
    int strokeParts;
    float brush;
    int newest = -1;
    if (useStrokes) {
      count = grid.labelByStrokes(strokes);
      strokeParts = strokes.size();
      parts.reset(count, strokeParts);
      float[] radii = new float[strokeParts];
      double latest = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < strokeParts; s++) {
        Stroke st = strokes.get(s);
        parts.stroke[s] = s;
        parts.t0[s] = st.startTime();
        parts.t1[s] = st.endTime();
        radii[s] = st.radius();
        if (st.endTime() >= latest) {
          latest = st.endTime();
          newest = s;
        }
      }
      Arrays.sort(radii);
      brush = 2f * radii[strokeParts / 2] / f;
    } else {
      count = grid.labelComponents();
      strokeParts = 0;
      parts.reset(count, 0);
      brush = 0f;
    }
    grid.stats(parts, useStrokes);
    if (!useStrokes) {
      brush = estimateBrush();
    }
    int dropped = dropNoise();
    grouper.group(parts, brush, newest);

    int groups = grouper.groups;
    int[] index = new int[parts.n];
    Arrays.fill(index, -1);
    for (int i = 0; i < parts.n; i++) {
      int g = grouper.groupOf(i);
      if (g >= 0) {
        for (int k = 0; k < groups; k++) {
          if (grouper.order[k] == g) {
            index[i] = k;
            break;
          }
        }
      }
    }
    List<Segment> segments = new ArrayList<>(groups);
    List<Boolean> joinable = new ArrayList<>(Math.max(0, groups - 1));
    for (int k = 0; k < groups; k++) {
      Segment s = build(canvas, width, height, index, k, grouper.box(grouper.order[k]), strokes, useStrokes);
      if (s != null) {
        segments.add(s);
        if (segments.size() > 1) {
          joinable.add(grouper.joinable[k - 1]);
        }
      }
    }
    return new Segmentation(segments, joinable, useStrokes, grouper.lineHeight * f, grouper.dropped + dropped);
  }

  /** Brush width in cells, from the largest part: ink area over half its outline. */
  private float estimateBrush() {
    int best = -1;
    for (int i = 0; i < parts.n; i++) {
      if (best < 0 || parts.mass[i] > parts.mass[best]) {
        best = i;
      }
    }
    if (best < 0 || parts.edges[best] == 0) {
      return 1f;
    }
    return (float) Math.max(1.0, (8.0 / Math.PI) * parts.mass[best] / parts.edges[best]);
  }

  /** Beyond {@link #MAX_PARTS} parts the smallest are noise: emptied. Returns how many. */
  private int dropNoise() {
    if (parts.n <= MAX_PARTS) {
      return 0;
    }
    if (keep.length < parts.n) {
      keep = new int[parts.n];
    }
    int[] m = Arrays.copyOf(parts.mass, parts.n);
    Arrays.sort(m);
    int cut = m[parts.n - MAX_PARTS];
    int kept = 0;
    int dropped = 0;
    for (int i = 0; i < parts.n; i++) {
      if (parts.mass[i] >= cut && kept < MAX_PARTS && parts.stroke[i] < 0) {
        kept++;
      } else if (parts.stroke[i] < 0) {
        parts.mass[i] = 0;
        dropped++;
      }
    }
    return dropped;
  }

  private Segment build(byte[] canvas, int width, int height, int[] index, int k, int[] cellBox,
      List<Stroke> strokes, boolean useStrokes) {
    int f = grid.f;
    int stride = grid.stride;
    int[] owner = grid.owner;
    int px0 = cellBox[0] * f;
    int py0 = cellBox[1] * f;
    int px1 = Math.min(width - 1, cellBox[2] * f + f - 1);
    int py1 = Math.min(height - 1, cellBox[3] * f + f - 1);
    int tx0 = Integer.MAX_VALUE;
    int ty0 = Integer.MAX_VALUE;
    int tx1 = -1;
    int ty1 = -1;
    for (int y = py0; y <= py1; y++) {
      int row = y * width;
      int crow = (y / f + 1) * stride + 1;
      for (int x = px0; x <= px1; x++) {
        if ((canvas[row + x] & 0xff) > InkGrid.THRESHOLD) {
          int o = owner[crow + x / f] - 1;
          if (o >= 0 && index[o] == k) {
            tx0 = Math.min(tx0, x);
            tx1 = Math.max(tx1, x);
            ty0 = Math.min(ty0, y);
            ty1 = y;
          }
        }
      }
    }
    if (tx1 < 0) {
      return null;
    }
    InkBox box = new InkBox(tx0, ty0, tx1 - tx0 + 1, ty1 - ty0 + 1);
    byte[] ink = new byte[box.width() * box.height()];
    for (int y = ty0; y <= ty1; y++) {
      int row = y * width;
      int crow = (y / f + 1) * stride + 1;
      int orow = (y - ty0) * box.width() - tx0;
      for (int x = tx0; x <= tx1; x++) {
        byte v = canvas[row + x];
        if ((v & 0xff) > 0) {
          int o = owner[crow + x / f] - 1;
          if (o >= 0 && index[o] == k) {
            ink[orow + x] = v;
          }
        }
      }
    }
    int[] mine = new int[0];
    if (useStrokes) {
      int c = 0;
      for (int s = 0; s < strokes.size(); s++) {
        if (index[s] == k) {
          c++;
        }
      }
      mine = new int[c];
      c = 0;
      for (int s = 0; s < strokes.size(); s++) {
        if (index[s] == k) {
          mine[c++] = s;
        }
      }
    }
    return new Segment(box, ink, mine);
  }
}
