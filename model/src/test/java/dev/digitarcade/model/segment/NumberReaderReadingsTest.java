package dev.digitarcade.model.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.recipe.InkBox;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pins the number reader's exact readings of generated numbers as they are being written (every
 * stroke's end and the middle of the newest stroke, with strokes and from pixels), so that work
 * done only to make reading faster is shown to change no reading: every digit's box, verdict,
 * probabilities, model input and facts, bit for bit. The model is a stand-in whose scores follow
 * from the input's exact values, spread so that joins and cuts are taken as well as refused.
 */
class NumberReaderReadingsTest {

  private static final int N = Hand.SIZE;
  private static final float[][][] SHAPES = {Hand.ONE, Hand.SEVEN, Hand.TWO, Hand.ZERO, Hand.FOUR, Hand.FOUR_PLUS,
      Hand.FIVE, Hand.FIVE_LIFTED, Hand.SEVEN_BAR, Hand.ONE_FOOT};

  /** Scores that depend only on the input's values: the same input always gets the same scores. */
  static final class ByContent implements NumberReader.Scorer {
    int images;

    @Override
    public DigitClassifier.Scores[] scoreBatch(float[][] batch) {
      DigitClassifier.Scores[] out = new DigitClassifier.Scores[batch.length];
      for (int i = 0; i < batch.length; i++) {
        Random r = new Random(Arrays.hashCode(batch[i]));
        // Half of the inputs look like clear digits, the rest like anything from a doubtful digit
        // to a fragment or two digits.
        boolean clear = r.nextBoolean();
        float[] p = new float[10];
        float peak = clear ? 0.85f + 0.15f * r.nextFloat() : 0.3f + 0.7f * r.nextFloat();
        Arrays.fill(p, (1f - peak) / 9f);
        p[r.nextInt(10)] = peak;
        float notDigit = r.nextFloat() * (clear ? 0.1f : 0.9f);
        float fragment = r.nextFloat() * (1f - notDigit) * (clear ? 0.1f : 0.5f);
        out[i] = new DigitClassifier.Scores(p, notDigit, fragment);
      }
      images += batch.length;
      return out;
    }
  }

  /** A number of one to five digits, often touching or overlapping, sometimes with a stray click. */
  private static List<Stroke> number(Random r) {
    Hand hand = new Hand(3 + r.nextInt(26));
    int digits = 1 + r.nextInt(5);
    float x = 10 + r.nextInt(60);
    float line = 60 + r.nextInt(200);
    for (int d = 0; d < digits; d++) {
      float h = line * (0.8f + 0.4f * r.nextFloat());
      if (x + 0.7f * h > N - 10) {
        break;
      }
      float y = 20 + r.nextInt((int) (N - 40 - h));
      hand.draw(SHAPES[r.nextInt(SHAPES.length)], x, y, h);
      x += h * (0.3f + 0.5f * r.nextFloat());
      if (r.nextInt(6) == 0) {
        hand.click(x + r.nextInt(40), 20 + r.nextInt(N - 40));
      }
    }
    return hand.strokes();
  }

  /** The strokes as they are after {@code n} whole strokes, and halfway through the next (when {@code half}). */
  private static List<Stroke> written(List<Stroke> all, int n, boolean half) {
    List<Stroke> out = new ArrayList<>(all.subList(0, n));
    if (half) {
      Stroke s = all.get(n);
      out.add(new Stroke(s.points().subList(0, (s.points().size() + 1) / 2), s.radius()));
    }
    return out;
  }

  private static long digest(long h, NumberReading reading) {
    h = h * 1_000_003L + reading.verdict().ordinal();
    h = h * 31 + reading.shown().hashCode();
    h = h * 31 + (reading.fromStrokes() ? 1 : 0);
    for (DigitReading d : reading.digits()) {
      h = box(h, d.box());
      h = h * 31 + d.verdict().ordinal();
      h = h * 31 + d.digit();
      h = h * 31 + Float.floatToIntBits(d.confidence());
      for (float p : d.probabilities()) {
        h = h * 31 + Float.floatToIntBits(p);
      }
      h = h * 31 + Float.floatToIntBits(d.notDigit());
      h = h * 31 + Float.floatToIntBits(d.fragment());
      MnistInput in = d.input();
      for (float v : in.pixels()) {
        h = h * 31 + Float.floatToIntBits(v);
      }
      h = box(h, in.inkBox());
      h = h * 31 + Float.floatToIntBits(in.inkFraction());
      h = h * 31 + Float.floatToIntBits(in.strokeWidth());
      h = h * 31 + Float.floatToIntBits(in.strokeAdjust());
      h = h * 31 + in.specksRemoved();
      h = h * 31 + Arrays.hashCode(d.strokes());
    }
    return h;
  }

  private static long box(long h, InkBox b) {
    return (((h * 31 + b.x()) * 31 + b.y()) * 31 + b.width()) * 31 + b.height();
  }

  /**
   * The digest was taken from the reader before its speed work (issue 9's latency); a change
   * meant to change readings must say so by updating it.
   */
  @Test
  void readingsOfNumbersBeingWrittenAreUnchangedBitForBit() {
    Random r = new Random(9);
    ByContent model = new ByContent();
    NumberReader reader = new NumberReader(model, ReadingRule.DEFAULT, new MnistRecipe(), 14);
    long h = 17;
    int readings = 0;
    int several = 0;
    int joined = 0;
    int cut = 0;
    Segmenter segmenter = new Segmenter();
    for (int k = 0; k < 60; k++) {
      List<Stroke> all = number(r);
      for (int n = 1; n <= all.size(); n++) {
        for (boolean half : new boolean[] {true, false}) {
          List<Stroke> strokes = written(all, half ? n - 1 : n, half);
          byte[] canvas = new byte[N * N];
          StrokeRaster.paint(canvas, N, N, strokes);
          for (List<Stroke> given : List.of(strokes, List.<Stroke>of())) {
            NumberReading reading = reader.read(canvas, N, N, given);
            h = digest(h, reading);
            readings++;
            several += reading.size() > 1 ? 1 : 0;
            int segments = segmenter.segment(canvas, N, N, given).segments().size();
            joined += reading.size() < segments ? 1 : 0;
            cut += reading.size() > segments ? 1 : 0;
          }
        }
      }
    }
    assertThat(readings).isGreaterThan(1000);
    assertThat(several).isGreaterThan(150);
    assertThat(joined).isGreaterThan(100);
    assertThat(cut).isGreaterThan(10);
    assertThat(h).isEqualTo(6110351726086393808L);
  }

  /** What the reader remembers between readings (segments' recipe inputs, scores) never changes a reading. */
  @Test
  void aReaderWithMemoryReadsAsAFreshOne() {
    Random r = new Random(10);
    NumberReader longLived = new NumberReader(new ScoreCache(new ByContent()), ReadingRule.DEFAULT, new MnistRecipe(), 14);
    for (int k = 0; k < 12; k++) {
      List<Stroke> all = number(r);
      for (int n = 1; n <= all.size(); n++) {
        List<Stroke> strokes = written(all, n, false);
        byte[] canvas = new byte[N * N];
        StrokeRaster.paint(canvas, N, N, strokes);
        NumberReading kept = longLived.read(canvas, N, N, strokes);
        NumberReading fresh = new NumberReader(new ByContent(), ReadingRule.DEFAULT, new MnistRecipe(), 14)
            .read(canvas, N, N, strokes);
        assertThat(digest(17, kept)).isEqualTo(digest(17, fresh));
      }
    }
  }
}
