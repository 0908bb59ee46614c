package dev.digitarcade.model.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.model.recipe.InkBox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static final int N = Hand.SIZE;

  /** Bounding box of every nonzero pixel. */
  static InkBox inkBox(byte[] c) {
    int x0 = N;
    int y0 = N;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        if (c[y * N + x] != 0) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    return new InkBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
  }

  static int[] ints(List<Integer> l) {
    return l.stream().mapToInt(i -> i).toArray();
  }

  private static List<Segmentation> both(Hand hand) {
    Segmenter s = new Segmenter();
    byte[] c = hand.canvas();
    return List.of(s.segment(c, N, N, hand.strokes()), s.segment(c, N, N));
  }

  @Test
  void anEmptyCanvasHasNoSegments() {
    Segmentation s = new Segmenter().segment(new byte[N * N], N, N, List.of());
    assertThat(s.segments()).isEmpty();
    assertThat(s.joinable()).isEmpty();
  }

  @Test
  void digitsApartAreSegmentsLeftToRightWithTheirOwnBoxes() {
    Hand hand = new Hand(10);
    // Drawn out of order: the 7 on the right first.
    List<Integer> seven = hand.draw(Hand.SEVEN, 300, 200, 150);
    List<Integer> one = hand.draw(Hand.ONE, 100, 210, 150);
    List<Integer> zero = hand.draw(Hand.ZERO, 420, 190, 160);
    for (Segmentation s : both(hand)) {
      assertThat(s.segments()).hasSize(3);
      assertThat(s.segments().get(0).box()).isEqualTo(inkBox(hand.canvasOf(one)));
      assertThat(s.segments().get(1).box()).isEqualTo(inkBox(hand.canvasOf(seven)));
      assertThat(s.segments().get(2).box()).isEqualTo(inkBox(hand.canvasOf(zero)));
      assertThat(s.joinable()).containsExactly(false, false);
    }
    Segmentation withStrokes = both(hand).get(0);
    assertThat(withStrokes.fromStrokes()).isTrue();
    assertThat(withStrokes.segments().get(1).strokes()).containsExactly(ints(seven));
    assertThat(both(hand).get(1).segments().get(0).strokes()).isEmpty();
  }

  @Test
  void eachSegmentHoldsExactlyItsDigitsInk() {
    Hand hand = new Hand(12);
    List<Integer> two = hand.draw(Hand.TWO, 60, 200, 160);
    List<Integer> zero = hand.draw(Hand.ZERO, 200, 200, 160);
    for (Segmentation s : both(hand)) {
      assertThat(s.segments()).hasSize(2);
      int k = 0;
      for (List<Integer> digit : List.of(two, zero)) {
        byte[] alone = hand.canvasOf(digit);
        byte[] painted = new byte[N * N];
        s.segments().get(k++).paintInto(painted, N);
        assertThat(painted).isEqualTo(alone);
      }
    }
  }

  @Test
  void digitsThreePixelsApartAreStillTwo() {
    Hand hand = new Hand(10);
    hand.draw(Hand.ONE, 100, 200, 150);
    // The 1's ink ends at 100 + 45 + 10.5; the 0's starts 3 px further.
    hand.draw(Hand.ZERO, 100 + 45 + 10.5f + 3 + 10.5f, 200, 150);
    for (Segmentation s : both(hand)) {
      assertThat(s.segments()).hasSize(2);
    }
  }

  @Test
  void digitsDrawnInSeveralStrokesStayWhole() {
    for (float[][] shape : List.of(Hand.FOUR, Hand.FOUR_PLUS, Hand.FIVE, Hand.FIVE_LIFTED, Hand.SEVEN_BAR,
        Hand.ONE_FOOT)) {
      for (float height : new float[] {90, 200}) {
        Hand hand = new Hand(height / 16);
        hand.draw(shape, 150, 150, height);
        for (Segmentation s : both(hand)) {
          assertThat(s.segments()).as("%d strokes, %s px", shape.length, height).hasSize(1);
          assertThat(s.cuts()).isEmpty();
        }
      }
    }
  }

  @Test
  void aMultiStrokeDigitAmongOthersStaysWhole() {
    Hand hand = new Hand(9);
    hand.draw(Hand.ONE, 40, 200, 140);
    List<Integer> four = hand.draw(Hand.FOUR, 130, 200, 140);
    hand.draw(Hand.FIVE_LIFTED, 260, 205, 140);
    hand.draw(Hand.SEVEN_BAR, 380, 195, 140);
    for (Segmentation s : both(hand)) {
      assertThat(s.segments()).hasSize(4);
    }
    assertThat(both(hand).get(0).segments().get(1).strokes())
        .containsExactly(ints(four));
  }

  @Test
  void aCorrectionDrawnLaterOverAnEarlierDigitJoinsIt() {
    Hand hand = new Hand(10);
    hand.draw(Hand.TWO, 80, 200, 150);
    hand.draw(Hand.ZERO, 250, 200, 150);
    // Two seconds later the 2's foot is drawn again, a little lower.
    int fix = hand.pause(2).draw(new float[][] {{0.02f, 1.04f, 0.62f, 1.03f}}, 80, 200, 150).get(0);
    Segmentation s = new Segmenter().segment(hand.canvas(), N, N, hand.strokes());
    assertThat(s.segments()).hasSize(2);
    assertThat(s.segments().get(0).strokes()).containsExactly(0, fix);
    assertThat(s.segments().get(1).strokes()).containsExactly(1);
  }

  @Test
  void aStrayClickFarAwayIsLeftOut() {
    Hand hand = new Hand(10);
    hand.draw(Hand.SEVEN, 100, 100, 150);
    hand.click(450, 450);
    for (Segmentation s : both(hand)) {
      assertThat(s.segments()).hasSize(1);
      assertThat(s.specks()).isEqualTo(1);
    }
  }

  @Test
  void touchingDigitsAreTwoWithTheirStrokesAndACutCandidateWithout() {
    Hand hand = new Hand(10);
    List<Integer> first = hand.draw(Hand.ZERO, 100, 200, 150);
    // The second 0's left side overlaps the first one's right side by 4 px.
    hand.draw(Hand.ZERO, 100 + 90 + 10.5f - 4 + 10.5f, 200, 150);
    Segmentation strokes = new Segmenter().segment(hand.canvas(), N, N, hand.strokes());
    assertThat(strokes.segments()).hasSize(2);
    assertThat(strokes.joinable()).containsExactly(true);
    assertThat(strokes.segments().get(0).strokes()).containsExactly(ints(first));

    Segmentation pixels = new Segmenter().segment(hand.canvas(), N, N);
    assertThat(pixels.segments()).hasSize(1);
    assertThat(pixels.cuts()).hasSize(1);
    InkBox left = pixels.cuts().get(0).left().box();
    InkBox firstBox = inkBox(hand.canvasOf(first));
    assertThat(left.x()).isEqualTo(firstBox.x());
    assertThat(Math.abs(left.x() + left.width() - (firstBox.x() + firstBox.width()))).isLessThanOrEqualTo(6);
  }

  @Test
  void aNarrowTouchingPairIsSplitOnlyWithItsStrokes() {
    Hand hand = new Hand(10);
    hand.draw(Hand.ONE, 100, 200, 150);
    hand.draw(Hand.ZERO, 100 + 45 + 10.5f - 4 + 10.5f, 200, 150);
    assertThat(new Segmenter().segment(hand.canvas(), N, N, hand.strokes()).segments()).hasSize(2);
    // From the pixels a "10" that touches is as narrow as many a single digit: left whole.
    Segmentation pixels = new Segmenter().segment(hand.canvas(), N, N);
    assertThat(pixels.segments()).hasSize(1);
    assertThat(pixels.cuts()).isEmpty();
  }

  @Test
  void aSegmentOfOneStrokeIsNeverCut() {
    // A wide 0 in one stroke: wide enough to be two digits by its pixels.
    float[] wide = new float[2 * 33];
    for (int i = 0; i <= 32; i++) {
      double a = 2 * Math.PI * i / 32;
      wide[2 * i] = (float) (0.55 + 0.55 * Math.cos(a));
      wide[2 * i + 1] = (float) (0.5 + 0.5 * Math.sin(a));
    }
    Hand hand = new Hand(10);
    hand.draw(new float[][] {wide}, 100, 150, 150);
    assertThat(new Segmenter().segment(hand.canvas(), N, N).cuts()).hasSize(1);
    Segmentation s = new Segmenter().segment(hand.canvas(), N, N, hand.strokes());
    assertThat(s.segments()).hasSize(1);
    assertThat(s.cuts()).isEmpty();
  }

  @Test
  void theNewestStrokeRightOfEverythingIsADigitBegun() {
    Hand hand = new Hand(10);
    hand.draw(Hand.SEVEN, 100, 200, 150);
    // The first, short stroke of the next digit, just right of the 7.
    hand.draw(new float[][] {{0.3f, 0f, 0.1f, 0.3f}}, 100 + 90 + 21 + 8, 200, 150);
    Segmentation s = new Segmenter().segment(hand.canvas(), N, N, hand.strokes());
    assertThat(s.segments()).hasSize(2);
  }

  @Test
  void inkNoStrokeAccountsForIsSegmentedFromThePixels() {
    Hand hand = new Hand(10);
    hand.draw(Hand.ONE, 100, 200, 150);
    hand.draw(Hand.ZERO, 300, 200, 150);
    // Only the 1's stroke is passed.
    Segmentation s = new Segmenter().segment(hand.canvas(), N, N, hand.strokes().subList(0, 1));
    assertThat(s.segments()).hasSize(2);
    assertThat(s.segments().get(0).strokes()).containsExactly(0);
    assertThat(s.segments().get(1).strokes()).isEmpty();
  }

  @Test
  void tooManyStrokesAreReadFromThePixels() {
    Hand hand = new Hand(6);
    for (int i = 0; i <= Segmenter.MAX_STROKES; i++) {
      hand.click(20 + (i % 20) * 5, 200 + (i / 20) * 5);
    }
    Segmentation s = new Segmenter().segment(hand.canvas(), N, N, hand.strokes());
    assertThat(s.fromStrokes()).isFalse();
    assertThat(s.segments()).hasSize(1);
  }

  @Test
  void aCanvasOfTheWrongSizeIsRefused() {
    assertThatThrownBy(() -> new Segmenter().segment(new byte[10], 4, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4x4");
  }

  @Test
  void scratchFromAnEarlierCallDoesNotLeakIntoTheNext() {
    Segmenter s = new Segmenter();
    Hand big = new Hand(12);
    big.draw(Hand.ZERO, 50, 50, 400);
    s.segment(big.canvas(), N, N, big.strokes());
    Hand small = new Hand(8);
    small.draw(Hand.ONE, 300, 300, 100);
    small.draw(Hand.SEVEN, 400, 300, 100);
    List<Integer> counts = new ArrayList<>();
    for (Segmentation r : List.of(s.segment(small.canvas(), N, N, small.strokes()), new Segmenter().segment(
        small.canvas(), N, N, small.strokes()))) {
      counts.add(r.segments().size());
      assertThat(r.segments().get(0).box()).isEqualTo(inkBox(small.canvasOf(List.of(0))));
    }
    assertThat(counts).containsExactly(2, 2);
  }
}
