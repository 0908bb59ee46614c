package dev.digitarcade.model.segment;

import java.util.List;

/**
 * What the {@link Segmenter} made of a canvas.
 *
 * @param segments the digits, left to right (empty when there is no ink)
 * @param joinable {@code joinable.get(i)}: segments {@code i} and {@code i + 1} are close and
 *     narrow enough together that they might be one digit drawn in pieces; the {@link NumberReader}
 *     asks the model (size: one less than the segments, or 0)
 * @param fromStrokes whether the strokes were used (false: the pixels alone)
 * @param lineHeight the height of the tallest digit, in canvas pixels (0 without ink)
 * @param specks stray dots that were left out of every segment
 * @param cuts segments wide enough to be two touching digits, each with its two halves cut at the
 *     thinnest column of its middle; the {@link NumberReader} asks the model
 */
public record Segmentation(List<Segment> segments, List<Boolean> joinable, boolean fromStrokes, float lineHeight,
    int specks, List<Cut> cuts) {

  /**
   * A segment that might be two touching digits.
   *
   * @param segment its index in {@link #segments()}
   * @param left its ink left of the cut
   * @param right its ink from the cut on
   */
  public record Cut(int segment, Segment left, Segment right) {}

  public Segmentation {
    segments = List.copyOf(segments);
    joinable = List.copyOf(joinable);
    cuts = List.copyOf(cuts);
  }

  /** No ink. */
  public static Segmentation empty(boolean fromStrokes) {
    return new Segmentation(List.of(), List.of(), fromStrokes, 0f, 0, List.of());
  }
}
