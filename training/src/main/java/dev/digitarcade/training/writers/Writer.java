package dev.digitarcade.training.writers;

import static dev.digitarcade.training.writers.Strokes.arc;
import static dev.digitarcade.training.writers.Strokes.digit;
import static dev.digitarcade.training.writers.Strokes.join;
import static dev.digitarcade.training.writers.Strokes.line;

import java.awt.geom.Point2D;
import java.util.List;

/**
 * "One writer" hands: consistent ways of drawing all ten digits that MNIST's writers did not
 * use, for measuring how much a player's profile helps (bench-writers). Each hand is a shape per
 * digit (centre lines, height 1, y down), a slant and a range of brush widths; {@link
 * WriterGenerator} adds the writer's own small, fixed deviations and each drawing's jitter.
 */
enum Writer {
  /** A programmer's hand: slashed zero, a 7 with a bar, a 1 with a foot, thin pen. */
  SLASHED(0.05f, 0.05f, 0.09f) {
    @Override
    List<List<Point2D.Float>> shape(int d) {
      return switch (d) {
        case 0 -> digit(ZERO.get(0), line(0.6f, 0.06f, -0.02f, 0.94f));
        case 1 -> ONE_FOOT;
        case 7 -> SEVEN_BAR;
        default -> standard(d);
      };
    }
  },
  /** A European hand: a 1 with a long flag, a 7 with a bar, a closed 4, a 9 with a straight stem. */
  EUROPEAN(-0.04f, 0.08f, 0.14f) {
    @Override
    List<List<Point2D.Float>> shape(int d) {
      return switch (d) {
        case 1 -> digit(line(0.0f, 0.5f, 0.38f, 0f, 0.38f, 1f));
        case 4 -> FOUR_CLOSED;
        case 7 -> digit(line(0f, 0.14f, 0.04f, 0f, 0.62f, 0f, 0.24f, 1f), line(0.12f, 0.52f, 0.6f, 0.5f));
        case 9 -> digit(join(arc(0.3f, 0.27f, 0.27f, 0.26f, 0f, -360f), line(0.57f, 0.27f, 0.57f, 1f)));
        default -> standard(d);
      };
    }
  },
  /** A boxy hand with a thick pen: closed 4, flat-topped 3, narrow 0, 6 and 9 with straight strokes. */
  BOXY(0f, 0.14f, 0.22f) {
    @Override
    List<List<Point2D.Float>> shape(int d) {
      return switch (d) {
        case 0 -> digit(arc(0.25f, 0.5f, 0.2f, 0.48f, -90f, 270f));
        case 3 -> digit(join(line(0.04f, 0f, 0.6f, 0f, 0.26f, 0.4f), arc(0.3f, 0.7f, 0.3f, 0.29f, -115f, 150f)));
        case 4 -> FOUR_CLOSED;
        case 6 -> digit(join(line(0.5f, 0f, 0.04f, 0.66f), arc(0.3f, 0.74f, 0.27f, 0.25f, 180f, -180f)));
        case 9 -> digit(join(arc(0.3f, 0.26f, 0.27f, 0.25f, 0f, -360f), line(0.57f, 0.26f, 0.22f, 1f)));
        default -> standard(d);
      };
    }
  },
  /** A script-like hand: strong slant, lead-in ticks, a curly 2, a looped 7 stem, a 9 with a hooked tail. */
  SCRIPT(0.32f, 0.06f, 0.11f) {
    @Override
    List<List<Point2D.Float>> shape(int d) {
      List<List<Point2D.Float>> s = switch (d) {
        case 2 -> digit(join(arc(0.3f, 0.27f, 0.27f, 0.25f, 200f, 390f), line(0.1f, 0.86f),
            arc(0.12f, 0.92f, 0.08f, 0.07f, -80f, 200f), line(0.2f, 0.96f, 0.66f, 0.98f)));
        case 4 -> digit(join(line(0.5f, 0f, 0.02f, 0.62f, 0.7f, 0.62f)), line(0.52f, 0.3f, 0.5f, 0.86f, 0.42f, 1f, 0.3f, 0.98f));
        case 7 -> digit(join(line(0f, 0.1f, 0.1f, 0f, 0.3f, 0.05f, 0.62f, 0f), line(0.5f, 0.3f, 0.32f, 0.7f),
            arc(0.42f, 0.86f, 0.14f, 0.14f, 200f, 100f)));
        case 9 -> digit(join(arc(0.3f, 0.27f, 0.27f, 0.26f, 0f, -360f), line(0.57f, 0.27f, 0.55f, 0.8f),
            arc(0.35f, 0.8f, 0.2f, 0.2f, 0f, 120f)));
        default -> standard(d);
      };
      // Every digit begins with a short tick from the lower left, as in joined-up writing.
      List<Point2D.Float> first = s.get(0);
      Point2D.Float p = first.get(0);
      List<Point2D.Float> lead = join(line(p.x - 0.16f, p.y + 0.12f), first);
      return s.size() == 1 ? List.of(lead) : List.of(lead, s.get(1));
    }
  };

  static final List<List<Point2D.Float>> ZERO = digit(arc(0.3f, 0.5f, 0.28f, 0.48f, -90f, 270f));
  static final List<List<Point2D.Float>> ONE_FOOT = digit(line(0.1f, 0.2f, 0.32f, 0f, 0.32f, 1f),
      line(0.04f, 1f, 0.6f, 1f));
  static final List<List<Point2D.Float>> SEVEN_BAR = digit(line(0f, 0f, 0.62f, 0f, 0.24f, 1f),
      line(0.14f, 0.52f, 0.6f, 0.5f));
  static final List<List<Point2D.Float>> FOUR_CLOSED = digit(line(0.52f, 0f, 0f, 0.66f, 0.72f, 0.66f),
      line(0.53f, 0f, 0.53f, 1f));

  final float slant;
  final float minBrush;
  final float maxBrush;

  /** @param minBrush the thinnest brush, as a share of the digit's height (maxBrush the thickest) */
  Writer(float slant, float minBrush, float maxBrush) {
    this.slant = slant;
    this.minBrush = minBrush;
    this.maxBrush = maxBrush;
  }

  /** The writer's shape of digit {@code d}. */
  abstract List<List<Point2D.Float>> shape(int d);

  /** The ordinary school shapes every writer uses for the digits it does not draw its own way. */
  static List<List<Point2D.Float>> standard(int d) {
    return switch (d) {
      case 0 -> ZERO;
      case 1 -> digit(line(0.12f, 0.18f, 0.32f, 0f, 0.32f, 1f));
      case 2 -> digit(join(arc(0.3f, 0.27f, 0.27f, 0.25f, 200f, 390f), line(0.02f, 1f, 0.62f, 1f)));
      case 3 -> digit(join(arc(0.3f, 0.26f, 0.25f, 0.24f, 200f, 450f), arc(0.3f, 0.74f, 0.28f, 0.26f, -90f, 150f)));
      case 4 -> digit(line(0.42f, 0f, 0f, 0.66f, 0.66f, 0.66f), line(0.5f, 0.3f, 0.5f, 1f));
      case 5 -> digit(join(line(0.6f, 0f, 0.12f, 0f, 0.1f, 0.46f), arc(0.3f, 0.7f, 0.3f, 0.28f, -130f, 150f)));
      case 6 -> digit(join(line(0.55f, 0.02f, 0.35f, 0.1f, 0.15f, 0.3f, 0.04f, 0.62f),
          arc(0.32f, 0.72f, 0.28f, 0.27f, 180f, -180f)));
      case 7 -> digit(line(0f, 0f, 0.62f, 0f, 0.24f, 1f));
      case 8 -> digit(arc(0.3f, 0.25f, 0.21f, 0.24f, 0f, 360f), arc(0.3f, 0.73f, 0.27f, 0.26f, 0f, 360f));
      case 9 -> digit(join(arc(0.3f, 0.28f, 0.27f, 0.27f, 0f, -360f), line(0.57f, 0.28f, 0.52f, 1f)));
      default -> throw new IllegalArgumentException("digit must be 0-9, got " + d);
    };
  }

  /** The writer's name in reports. */
  String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
