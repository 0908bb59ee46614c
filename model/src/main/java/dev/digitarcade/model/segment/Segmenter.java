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
  /** A segment at least this many times as wide as the line height (or its own height) may be two digits. */
  static final float CUT_WIDTH = 0.9f;
  /** The cut is looked for in this middle share of the segment's width. */
  static final float CUT_BAND = 0.4f;
  /** A column holding more ink than this share of the segment's height is no neck. */
  static final float CUT_NECK = 0.35f;

  private final InkGrid grid = new InkGrid();
  private final Parts parts = new Parts();
  private final Grouper grouper = new Grouper();
  private int[] keep = new int[0];
  private final SegmentInk segmentInk = new SegmentInk();

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
    float line = grouper.lineHeight * f;
    List<Segmentation.Cut> cuts = new ArrayList<>();
    for (int k = 0; k < segments.size(); k++) {
      Segment s = segments.get(k);
      InkBox b = s.box();
      // With strokes, one stroke is one digit: only a segment of several may be two.
      boolean several = !useStrokes || s.strokes().length > 1;
      if (several && b.height() >= Grouper.TALL * line && b.width() >= CUT_WIDTH * Math.max(line, b.height())) {
        Segmentation.Cut c = cut(k, s, strokes, useStrokes);
        if (c != null) {
          cuts.add(c);
        }
      }
    }
    return new Segmentation(segments, joinable, useStrokes, line, grouper.dropped + dropped, cuts);
  }

  /**
   * The segment cut along the seam from top to bottom that crosses the least ink, moving at most
   * one column per row and staying in the middle {@value #CUT_BAND} of its width (where two
   * touching digits meet); null when even that seam crosses a lot of ink (no neck).
   */
  private Segmentation.Cut cut(int k, Segment s, List<Stroke> strokes, boolean useStrokes) {
    InkBox b = s.box();
    int w = b.width();
    int h = b.height();
    byte[] ink = s.ink();
    int from = Math.round(w * (1 - CUT_BAND) / 2);
    int to = w - from;
    int band = to - from;
    if (band < 1 || h < 2) {
      return null;
    }
    // cost[y][i]: least ink crossed from the top to column from + i of row y; 2 per ink pixel, 1 per
    // step sideways, so that of equal seams the straighter wins.
    int[] cost = new int[band * h];
    byte[] move = new byte[band * h];
    for (int y = 0; y < h; y++) {
      for (int i = 0; i < band; i++) {
        int here = (ink[y * w + from + i] & 0xff) > InkGrid.THRESHOLD ? 2 : 0;
        if (y == 0) {
          cost[i] = here;
          continue;
        }
        int best = cost[(y - 1) * band + i];
        int m = 0;
        if (i > 0 && cost[(y - 1) * band + i - 1] + 1 < best) {
          best = cost[(y - 1) * band + i - 1] + 1;
          m = -1;
        }
        if (i + 1 < band && cost[(y - 1) * band + i + 1] + 1 < best) {
          best = cost[(y - 1) * band + i + 1] + 1;
          m = 1;
        }
        cost[y * band + i] = best + here;
        move[y * band + i] = (byte) m;
      }
    }
    int end = 0;
    for (int i = 1; i < band; i++) {
      if (cost[(h - 1) * band + i] < cost[(h - 1) * band + end]) {
        end = i;
      }
    }
    int[] seam = new int[h];
    int crossed = 0;
    for (int y = h - 1, i = end; y >= 0; y--) {
      seam[y] = from + i;
      crossed += (ink[y * w + from + i] & 0xff) > InkGrid.THRESHOLD ? 1 : 0;
      i += move[y * band + i];
    }
    if (crossed > CUT_NECK * h) {
      return null;
    }
    Segment left = part(s, seam, true);
    Segment right = part(s, seam, false);
    if (left == null || right == null) {
      return null;
    }
    if (useStrokes) {
      left = withStrokes(left, s, seam, strokes, true);
      right = withStrokes(right, s, seam, strokes, false);
    }
    return new Segmentation.Cut(k, left, right);
  }

  /** The segment's ink left of the seam (or from it on), in a tight box; null without ink. */
  private static Segment part(Segment s, int[] seam, boolean left) {
    InkBox b = s.box();
    int w = b.width();
    byte[] ink = s.ink();
    int tx0 = Integer.MAX_VALUE;
    int ty0 = Integer.MAX_VALUE;
    int tx1 = -1;
    int ty1 = -1;
    for (int y = 0; y < b.height(); y++) {
      int x0 = left ? 0 : seam[y];
      int x1 = left ? seam[y] : w;
      for (int x = x0; x < x1; x++) {
        if ((ink[y * w + x] & 0xff) > InkGrid.THRESHOLD) {
          tx0 = Math.min(tx0, x);
          tx1 = Math.max(tx1, x);
          ty0 = Math.min(ty0, y);
          ty1 = y;
        }
      }
    }
    if (tx1 < 0) {
      return null;
    }
    int pw = tx1 - tx0 + 1;
    byte[] out = new byte[pw * (ty1 - ty0 + 1)];
    for (int y = ty0; y <= ty1; y++) {
      int x0 = Math.max(tx0, left ? 0 : seam[y]);
      int x1 = Math.min(tx1 + 1, left ? seam[y] : w);
      if (x1 > x0) {
        System.arraycopy(ink, y * w + x0, out, (y - ty0) * pw + x0 - tx0, x1 - x0);
      }
    }
    return new Segment(new InkBox(b.x() + tx0, b.y() + ty0, pw, ty1 - ty0 + 1), out, new int[0]);
  }

  /** {@code half} with those of the whole's strokes whose points lie mostly on its side of the seam. */
  private static Segment withStrokes(Segment half, Segment whole, int[] seam, List<Stroke> strokes, boolean left) {
    int[] mine = whole.strokes();
    int[] out = new int[mine.length];
    int n = 0;
    InkBox b = whole.box();
    for (int i : mine) {
      int before = 0;
      for (Stroke.Point pt : strokes.get(i).points()) {
        int y = Math.max(0, Math.min(b.height() - 1, Math.round(pt.y()) - b.y()));
        before += pt.x() < b.x() + seam[y] ? 1 : 0;
      }
      if ((2 * before >= strokes.get(i).points().size()) == left) {
        out[n++] = i;
      }
    }
    return new Segment(half.box(), half.ink(), Arrays.copyOf(out, n));
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

  /**
   * Segment {@code k}: its ink ({@link SegmentInk}) and, with strokes, the strokes that make it;
   * null when none of the canvas's ink is its.
   */
  private Segment build(byte[] canvas, int width, int height, int[] index, int k, int[] cellBox,
      List<Stroke> strokes, boolean useStrokes) {
    if (!segmentInk.take(canvas, width, height, grid, index, k, cellBox)) {
      return null;
    }
    InkBox box = segmentInk.box;
    byte[] ink = segmentInk.ink;
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
