package dev.digitarcade.training.writers;

import dev.digitarcade.training.drawn.DrawnDigit;
import dev.digitarcade.training.drawn.StrokePainter;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a {@link Writer}'s digits the way one person would, again and again: the writer's shape
 * of each digit, bent once by the writer's own habits (a smooth deviation fixed per writer and
 * digit), then for each drawing a little jitter of proportions and slant, the painter's wobble, a
 * brush from the writer's range and a random size and place on the game's canvas. Everything
 * follows from the writer, the seed and the index.
 */
final class WriterGenerator {

  /** The game's canvas side. */
  static final int CANVAS = 560;

  private final StrokePainter painter = new StrokePainter(CANVAS);

  /** Drawing {@code index} of digit {@code digit} by {@code writer} in the run {@code seed}. */
  DrawnDigit draw(Writer writer, int digit, long seed, int index) {
    SplittableRandom habit = new SplittableRandom(writer.ordinal() * 7919L + digit * 104_729L + 17);
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + writer.ordinal() * 0xBF58476D1CE4E5B9L
        + digit * 0x94D049BB133111EBL + index * 31L + 3);
    // The writer's habit: the same for every drawing of this digit.
    Deviation own = Deviation.random(habit, 0.05f);
    // This drawing's jitter.
    Deviation now = Deviation.random(rnd, 0.05f);
    float widen = 0.92f + (float) rnd.nextDouble() * 0.16f;
    List<List<Point2D.Float>> strokes = new ArrayList<>();
    for (List<Point2D.Float> s : writer.shape(digit)) {
      List<Point2D.Float> out = new ArrayList<>(s.size());
      for (Point2D.Float p : s) {
        Point2D.Float q = now.apply(own.apply(p));
        // Shape units of about 100 per height, as the painter's other sources.
        out.add(new Point2D.Float(100f * q.x * widen, 100f * q.y));
      }
      strokes.add(out);
    }
    float slant = writer.slant + (float) (rnd.nextDouble() - 0.5) * 0.12f;
    float height = (140f + (float) rnd.nextDouble() * 340f);
    float brush = height * (writer.minBrush + (float) rnd.nextDouble() * (writer.maxBrush - writer.minBrush));
    return painter.paint(DrawnDigit.Source.OTHER, writer.wireName() + "#" + index, digit, strokes, List.of(), slant,
        false, new StrokePainter.Pen(brush, height, false), rnd);
  }

  /** A smooth displacement of the unit square: two low sine waves per axis. */
  private record Deviation(float ax, float fx, float px, float ay, float fy, float py) {
    static Deviation random(SplittableRandom r, float amplitude) {
      return new Deviation(amplitude * (float) (r.nextDouble() * 2 - 1), 0.5f + (float) r.nextDouble(),
          (float) r.nextDouble(), amplitude * (float) (r.nextDouble() * 2 - 1), 0.5f + (float) r.nextDouble(),
          (float) r.nextDouble());
    }

    Point2D.Float apply(Point2D.Float p) {
      return new Point2D.Float(p.x + ax * (float) Math.sin(2 * Math.PI * (fx * p.y + px)),
          p.y + ay * (float) Math.sin(2 * Math.PI * (fy * p.x + py)));
    }
  }

  /** The drawing as the game's canvas bytes (0-255, white ink on black). */
  static byte[] bytes(DrawnDigit d) {
    float[] c = d.canvas();
    byte[] out = new byte[c.length];
    for (int i = 0; i < c.length; i++) {
      out[i] = (byte) Math.round(Math.max(0f, Math.min(1f, c[i])) * 255f);
    }
    return out;
  }
}
