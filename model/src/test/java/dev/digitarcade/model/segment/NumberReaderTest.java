package dev.digitarcade.model.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberReaderTest {
  /** A fixed rule, so these tests of the reader do not move with the shipped thresholds. */
  private static final ReadingRule RULE = new ReadingRule(0.5f, 0.7f);


  private static final int N = Hand.SIZE;

  /** A model that knows a few exact images and what to say about them; anything else is "not a digit". */
  static final class Scripted implements NumberReader.Scorer {
    final List<float[]> known = new ArrayList<>();
    final List<DigitClassifier.Scores> said = new ArrayList<>();
    int calls;
    int images;

    Scripted knows(float[] image, DigitClassifier.Scores s) {
      known.add(image);
      said.add(s);
      return this;
    }

    @Override
    public DigitClassifier.Scores[] scoreBatch(float[][] batch) {
      calls++;
      images += batch.length;
      DigitClassifier.Scores[] out = new DigitClassifier.Scores[batch.length];
      for (int i = 0; i < batch.length; i++) {
        out[i] = notDigit();
        for (int k = 0; k < known.size(); k++) {
          if (Arrays.equals(known.get(k), batch[i])) {
            out[i] = said.get(k);
          }
        }
      }
      return out;
    }
  }

  static DigitClassifier.Scores sure(int d) {
    float[] p = new float[10];
    Arrays.fill(p, 0.02f / 9);
    p[d] = 0.98f;
    return new DigitClassifier.Scores(p, 0.01f, 0.01f);
  }

  static DigitClassifier.Scores unsure(int d) {
    float[] p = new float[10];
    Arrays.fill(p, 0.5f / 9);
    p[d] = 0.5f;
    return new DigitClassifier.Scores(p, 0.05f, 0.05f);
  }

  static DigitClassifier.Scores notDigit() {
    float[] p = new float[10];
    Arrays.fill(p, 0.1f);
    return new DigitClassifier.Scores(p, 0.9f, 0.05f);
  }

  static DigitClassifier.Scores fragment() {
    float[] p = new float[10];
    Arrays.fill(p, 0.1f);
    return new DigitClassifier.Scores(p, 0.05f, 0.9f);
  }

  /** The recipe's input for a canvas holding only these strokes. */
  static float[] alone(Hand hand, List<Integer> strokes) {
    return new MnistRecipe().apply(hand.canvasOf(strokes), N, N).orElseThrow().pixels();
  }

  private static NumberReader reader(Scripted model) {
    return new NumberReader(model, RULE, new MnistRecipe());
  }

  @Test
  void everyDigitIsReadAsIfDrawnAloneInOneBatchedCall() {
    Hand hand = new Hand(9);
    List<List<Integer>> digits = List.of(hand.draw(Hand.ONE, 40, 200, 130), hand.draw(Hand.SEVEN, 140, 200, 130),
        hand.draw(Hand.ZERO, 260, 200, 130), hand.draw(Hand.TWO, 390, 200, 130));
    int[] labels = {1, 7, 0, 2};
    Scripted model = new Scripted();
    for (int i = 0; i < 4; i++) {
      model.knows(alone(hand, digits.get(i)), sure(labels[i]));
    }
    for (List<Stroke> strokes : List.of(hand.strokes(), List.<Stroke>of())) {
      model.calls = 0;
      model.images = 0;
      NumberReading r = reader(model).read(hand.canvas(), N, N, strokes);
      assertThat(model.calls).isEqualTo(1);
      assertThat(model.images).isEqualTo(4);
      assertThat(r.verdict()).isEqualTo(Verdict.SURE);
      assertThat(r.reading()).contains("1702");
      assertThat(r.shown()).isEqualTo("1702");
      assertThat(r.fromStrokes()).isEqualTo(!strokes.isEmpty());
      for (int i = 0; i < 4; i++) {
        DigitReading d = r.digits().get(i);
        assertThat(d.input().pixels()).isEqualTo(alone(hand, digits.get(i)));
        assertThat(d.box()).isEqualTo(SegmenterTest.inkBox(hand.canvasOf(digits.get(i))));
        assertThat(d.digit()).isEqualTo(labels[i]);
        assertThat(d.probabilities()).isEqualTo(sure(labels[i]).probabilities());
      }
    }
  }

  @Test
  void oneDoubtfulDigitDecidesForTheWholeNumber() {
    Hand hand = new Hand(9);
    List<Integer> one = hand.draw(Hand.ONE, 60, 200, 130);
    List<Integer> seven = hand.draw(Hand.SEVEN, 200, 200, 130);
    List<Integer> zero = hand.draw(Hand.ZERO, 340, 200, 130);
    record Case(DigitClassifier.Scores middle, int guess, DigitClassifier.Scores last, Verdict verdict, String shown) {}
    for (Case c : List.of(new Case(unsure(7), 7, sure(0), Verdict.UNSURE, "1?0"),
        new Case(fragment(), 0, sure(0), Verdict.KEEP_DRAWING, "1?0"),
        new Case(fragment(), 0, notDigit(), Verdict.NOT_A_DIGIT, "1??"))) {
      Scripted model = new Scripted().knows(alone(hand, one), sure(1)).knows(alone(hand, seven), c.middle())
          .knows(alone(hand, zero), c.last());
      NumberReading r = reader(model).read(hand.canvas(), N, N, hand.strokes());
      assertThat(r.verdict()).isEqualTo(c.verdict());
      assertThat(r.shown()).isEqualTo(c.shown());
      assertThat(r.reading()).isEmpty();
      assertThat(r.digits().get(1).digit()).isEqualTo(c.guess());
      assertThat(r.digits().get(1).verdict()).isNotEqualTo(Verdict.SURE);
    }
  }

  @Test
  void moreThanSixDigitsAreNotANumber() {
    Hand hand = new Hand(6);
    Scripted model = new Scripted();
    for (int i = 0; i < NumberReader.MAX_DIGITS + 1; i++) {
      model.knows(alone(hand, hand.draw(Hand.ONE, 20 + 70 * i, 200, 100)), sure(1));
    }
    NumberReading r = reader(model).read(hand.canvas(), N, N, hand.strokes());
    assertThat(r.size()).isEqualTo(7);
    assertThat(r.shown()).isEqualTo("1111111");
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_A_DIGIT);
    assertThat(r.reading()).isEmpty();
  }

  @Test
  void nothingDrawnAsksNoModel() {
    Scripted model = new Scripted();
    NumberReading r = reader(model).read(new byte[N * N], N, N, List.of());
    assertThat(r.verdict()).isEqualTo(Verdict.EMPTY);
    assertThat(r.digits()).isEmpty();
    assertThat(r.shown()).isEmpty();
    assertThat(model.calls).isZero();
  }

  @Test
  void aSingleDigitIsReadFromTheWholeCanvasAsBefore() {
    Hand hand = new Hand(10);
    hand.draw(Hand.SEVEN, 100, 100, 150);
    hand.click(450, 460);
    float[] whole = new MnistRecipe().apply(hand.canvas(), N, N).orElseThrow().pixels();
    Scripted model = new Scripted().knows(whole, sure(7));
    NumberReading r = reader(model).read(hand.canvas(), N, N, hand.strokes());
    assertThat(r.shown()).isEqualTo("7");
    assertThat(r.digits().get(0).input().pixels()).isEqualTo(whole);
    assertThat(r.digits().get(0).input().specksRemoved()).isEqualTo(1);
    assertThat(model.images).isEqualTo(1);
  }

  /** A 4 whose upright was drawn apart from its corner: two segments the model may join. */
  private static Hand liftedFour() {
    Hand hand = new Hand(8);
    hand.draw(new float[][] {{0f, 0f, 0f, 0.6f, 0.4f, 0.6f}, {0.55f, 0f, 0.55f, 1f}}, 200, 150, 150);
    return hand;
  }

  @Test
  void twoJoinableSegmentsAreOneDigitWhenTheModelSeesOne() {
    Hand hand = liftedFour();
    Segmentation seg = new Segmenter().segment(hand.canvas(), N, N, hand.strokes());
    assertThat(seg.segments()).hasSize(2);
    assertThat(seg.joinable()).containsExactly(true);
    float[] whole = new MnistRecipe().apply(hand.canvas(), N, N).orElseThrow().pixels();
    Scripted model = new Scripted().knows(whole, sure(4)).knows(alone(hand, List.of(0)), fragment())
        .knows(alone(hand, List.of(1)), sure(1));
    NumberReading r = reader(model).read(hand.canvas(), N, N, hand.strokes());
    assertThat(r.shown()).isEqualTo("4");
    assertThat(r.digits().get(0).strokes()).containsExactly(0, 1);
    assertThat(r.digits().get(0).box()).isEqualTo(SegmenterTest.inkBox(hand.canvas()));
    assertThat(model.calls).isEqualTo(1);
    assertThat(model.images).isEqualTo(3);

    Scripted pair = new Scripted().knows(whole, notDigit()).knows(alone(hand, List.of(0)), sure(7))
        .knows(alone(hand, List.of(1)), sure(1));
    assertThat(reader(pair).read(hand.canvas(), N, N, hand.strokes()).shown()).isEqualTo("71");
  }

  @Test
  void aWideSegmentIsTwoDigitsWhenTheModelSeesTwoHalves() {
    Hand hand = new Hand(10);
    hand.draw(Hand.ZERO, 100, 200, 150);
    hand.draw(Hand.ZERO, 100 + 90 + 10.5f - 4 + 10.5f, 200, 150);
    Segmentation seg = new Segmenter().segment(hand.canvas(), N, N);
    assertThat(seg.cuts()).hasSize(1);
    float[] whole = new MnistRecipe().apply(hand.canvas(), N, N).orElseThrow().pixels();
    float[][] halves = new float[2][];
    for (int h = 0; h < 2; h++) {
      byte[] c = new byte[N * N];
      (h == 0 ? seg.cuts().get(0).left() : seg.cuts().get(0).right()).paintInto(c, N);
      halves[h] = new MnistRecipe().apply(c, N, N).orElseThrow().pixels();
    }
    Scripted two = new Scripted().knows(whole, notDigit()).knows(halves[0], sure(0)).knows(halves[1], sure(0));
    NumberReading r = reader(two).read(hand.canvas(), N, N);
    assertThat(r.shown()).isEqualTo("00");
    assertThat(two.calls).isEqualTo(1);
    assertThat(r.digits().get(0).box()).isEqualTo(seg.cuts().get(0).left().box());

    Scripted one = new Scripted().knows(whole, sure(8)).knows(halves[0], sure(0)).knows(halves[1], sure(0));
    assertThat(reader(one).read(hand.canvas(), N, N).shown()).isEqualTo("8");
  }

  @Test
  void readOneGivesTheSingleDigitReadingInTheShapeOfANumber() {
    Hand hand = new Hand(10);
    hand.draw(Hand.SEVEN, 100, 100, 150);
    var in = new MnistRecipe().apply(hand.canvas(), N, N).orElseThrow();
    Scripted model = new Scripted().knows(in.pixels(), unsure(7));
    NumberReading r = reader(model).readOne(in);
    assertThat(r.shown()).isEqualTo("?");
    assertThat(r.verdict()).isEqualTo(Verdict.UNSURE);
    assertThat(r.digits().get(0).box()).isEqualTo(in.inkBox());
  }
}
