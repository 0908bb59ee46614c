package dev.digitarcade.training.drawn;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The mouse-like brush: centre lines (polylines in any unit) drawn with an anti-aliased round
 * brush, white on a black square canvas, after a hand's wobble and a slant, at a given size and a
 * random place. Digits, letters, shapes, scribbles and marks are all drawn with it, so the model
 * sees every kind of drawing inked the same way.
 */
public final class StrokePainter {

  /** Largest wobble of a stroke, as a share of the drawing's height. */
  private static final double WOBBLE = 0.04;

  /** {@code LEVELS[v] == v / 255f}: a canvas byte as a float, without a division per pixel. */
  static final float[] LEVELS = levels();

  private static float[] levels() {
    float[] l = new float[256];
    for (int v = 0; v < l.length; v++) {
      l[v] = v / 255f;
    }
    return l;
  }

  private final int canvas;

  public StrokePainter(int canvas) {
    if (canvas < 64) {
      throw new IllegalArgumentException("canvas must be at least 64 px, got " + canvas);
    }
    this.canvas = canvas;
  }

  public int canvas() {
    return canvas;
  }

  /**
   * How big the drawing is.
   *
   * @param brush brush diameter in canvas pixels
   * @param extent ink height (or, with {@code longerSide}, the ink's longer side), brush included
   * @param longerSide whether {@code extent} measures the longer side rather than the height
   */
  public record Pen(float brush, float extent, boolean longerSide) {}

  /**
   * Draws {@code rawStrokes} (one point: a dot of the brush) and {@code rawFills} (pairs of points
   * inked as filled runs, in the strokes' units).
   *
   * @param lifted whether strokes stop a few pixels short of each other where they meet
   */
  public DrawnDigit paint(DrawnDigit.Source source, String origin, int label, List<List<Point2D.Float>> rawStrokes,
      List<float[]> rawFills, float slant, boolean lifted, Pen pen, SplittableRandom rnd) {
    float brush = pen.brush();
    float rawMinY = Float.MAX_VALUE;
    float rawMaxY = -Float.MAX_VALUE;
    for (List<Point2D.Float> c : rawStrokes) {
      for (Point2D.Float p : c) {
        rawMinY = Math.min(rawMinY, p.y);
        rawMaxY = Math.max(rawMaxY, p.y);
      }
    }
    for (float[] r : rawFills) {
      rawMinY = Math.min(rawMinY, r[2]);
      rawMaxY = Math.max(rawMaxY, r[2]);
    }
    // A hand's wobble: a smooth displacement of up to WOBBLE of the height, then the slant.
    float rawH = Math.max(1f, rawMaxY - rawMinY);
    float midY = (rawMinY + rawMaxY) / 2f;
    float amp = (float) (rnd.nextDouble() * WOBBLE) * rawH;
    float fx = (float) (0.3 + rnd.nextDouble() * 0.9) / rawH;
    float fy = (float) (0.3 + rnd.nextDouble() * 0.9) / rawH;
    float phaseX = (float) rnd.nextDouble();
    float phaseY = (float) rnd.nextDouble();
    UnaryOperator<Point2D.Float> shape = p -> {
      float x = p.x + amp * (float) Math.sin(2 * Math.PI * (fx * p.y + phaseX));
      float y = p.y + amp * (float) Math.sin(2 * Math.PI * (fy * p.x + phaseY));
      return new Point2D.Float(x - slant * (y - midY), y);
    };
    List<List<Point2D.Float>> strokes = new ArrayList<>();
    for (List<Point2D.Float> c : rawStrokes) {
      strokes.add(c.stream().map(shape).toList());
    }
    List<List<Point2D.Float>> fills = new ArrayList<>();
    for (float[] r : rawFills) {
      fills.add(List.of(shape.apply(new Point2D.Float(r[0], r[2])), shape.apply(new Point2D.Float(r[1], r[2]))));
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (List<List<Point2D.Float>> set : List.of(strokes, fills)) {
      for (List<Point2D.Float> c : set) {
        for (Point2D.Float p : c) {
          minX = Math.min(minX, p.x);
          maxX = Math.max(maxX, p.x);
          minY = Math.min(minY, p.y);
          maxY = Math.max(maxY, p.y);
        }
      }
    }
    float shapeW = Math.max(1f, maxX - minX);
    float shapeH = Math.max(1f, maxY - minY);
    float room = canvas - 4f;
    float scale = (pen.extent() - brush) / (pen.longerSide() ? Math.max(shapeW, shapeH) : shapeH);
    if (shapeW * scale + brush > room) {
      scale = (room - brush) / shapeW;
    }
    if (shapeH * scale + brush > room) {
      scale = (room - brush) / shapeH;
    }
    scale = Math.max(scale, 1e-3f);
    float inkW = shapeW * scale + brush;
    float inkH = shapeH * scale + brush;
    float left = 2f + (float) rnd.nextDouble() * Math.max(0f, canvas - 4f - inkW);
    float top = 2f + (float) rnd.nextDouble() * Math.max(0f, canvas - 4f - inkH);
    float ox = left + brush / 2f - minX * scale;
    float oy = top + brush / 2f - minY * scale;
    if (lifted) {
      // The visible gap where strokes should meet: 1 to 6 canvas pixels.
      float gap = brush / 2f + 0.5f + (float) rnd.nextDouble() * 2.5f;
      strokes = DrawnDigitGenerator.lift(strokes, gap / scale);
    }

    BufferedImage img = new BufferedImage(canvas, canvas, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(brush, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      Path2D.Float path = new Path2D.Float();
      for (List<Point2D.Float> c : strokes) {
        for (int i = 0; i < c.size(); i++) {
          float x = ox + c.get(i).x * scale;
          float y = oy + c.get(i).y * scale;
          if (c.size() == 1) {
            g.fill(new Ellipse2D.Float(x - brush / 2f, y - brush / 2f, brush, brush));
          } else if (i == 0) {
            path.moveTo(x, y);
          } else {
            path.lineTo(x, y);
          }
        }
      }
      g.draw(path);
      if (!fills.isEmpty()) {
        // Each deep run, widened by the brush: the filled part drawn with the same pen.
        g.setStroke(new BasicStroke(brush + scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Float runs = new Path2D.Float();
        for (List<Point2D.Float> r : fills) {
          runs.moveTo(ox + r.get(0).x * scale, oy + r.get(0).y * scale);
          runs.lineTo(ox + r.get(1).x * scale, oy + r.get(1).y * scale);
        }
        g.draw(runs);
      }
    } finally {
      g.dispose();
    }
    byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    float[] out = new float[canvas * canvas];
    for (int i = 0; i < out.length; i++) {
      int v = px[i] & 0xff;
      if (v != 0) {
        out[i] = LEVELS[v];
      }
    }
    return new DrawnDigit(source, origin, label, out, canvas, inkH, brush, slant);
  }
}
