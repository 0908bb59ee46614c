package dev.digitarcade.game.why;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.reading.Explainer;
import dev.digitarcade.game.reading.LiveReader;
import dev.digitarcade.game.reading.ModelPipeline;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.Saliency;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WhyWorkerTest {

  /** Explains each input as the digit of its first pixel (times 10), with the input as its heat. */
  private static Saliency[] echo(float[][] inputs) {
    return Arrays.stream(inputs).map(in -> new Saliency(Math.round(in[0] * 10), 0.5f, in.clone()))
        .toArray(Saliency[]::new);
  }

  private static float[] input(int digit) {
    float[] in = new float[784];
    in[0] = digit / 10f;
    return in;
  }

  @Test
  void nothingRunsUntilAskedAndEachRequestIsExplainedInOrder() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (WhyWorker w = new WhyWorker(inputs -> {
      calls.incrementAndGet();
      return echo(inputs);
    })) {
      assertThat(w.latest()).isNull();
      Thread.sleep(20);
      assertThat(calls).hasValue(0); // hidden: no cost
      w.request(1, new float[][] {input(3), input(4)});
      WhyWorker.Result r = w.await(1, 5_000);
      assertThat(r.seq()).isEqualTo(1);
      assertThat(r.failure()).isNull();
      assertThat(Arrays.stream(r.maps()).mapToInt(Saliency::digit)).containsExactly(3, 4);
      w.request(2, new float[][] {input(7)});
      assertThat(w.await(2, 5_000).maps()[0].digit()).isEqualTo(7);
    }
  }

  @Test
  void digitsExplainedBeforeAreRememberedByTheirInputAndOnlyNewOnesGoToTheModel() throws Exception {
    List<Integer> batches = new CopyOnWriteArrayList<>();
    try (WhyWorker w = new WhyWorker(inputs -> {
      batches.add(inputs.length);
      return echo(inputs);
    })) {
      w.request(1, new float[][] {input(4), input(2)});
      WhyWorker.Result first = w.await(1, 5_000);
      assertThat(first.computed()).isEqualTo(2);
      // The number grows by a digit; the first two keep equal inputs (new arrays, same values).
      w.request(2, new float[][] {input(4), input(2), input(7)});
      WhyWorker.Result second = w.await(2, 5_000);
      assertThat(second.computed()).isEqualTo(1);
      assertThat(batches).containsExactly(2, 1);
      assertThat(Arrays.stream(second.maps()).mapToInt(Saliency::digit)).containsExactly(4, 2, 7);
      assertThat(second.digits()[0]).isSameAs(first.digits()[0]);
      // One value differs: not the same input, explained anew.
      float[] changed = input(4);
      changed[500] = 0.25f;
      w.request(3, new float[][] {changed});
      assertThat(w.await(3, 5_000).computed()).isEqualTo(1);
    }
  }

  @Test
  void theResultCarriesTheHeatFinishedToThePixelsTheViewUploads() throws Exception {
    float[] in = new float[784];
    for (int i = 300; i < 320; i++) {
      in[i] = 1f;
    }
    try (WhyWorker w = new WhyWorker(WhyWorkerTest::echo)) {
      w.request(1, new float[][] {in});
      WhyWorker.Explained e = w.await(1, 5_000).digits()[0];
      HeatMap expected = HeatMap.of(e.saliency(), in);
      assertThat(e.map().values()).containsExactly(expected.values());
      assertThat(e.viewRgba()).containsExactly(expected.rgba(WhyView.VIEW_OPACITY));
      assertThat(e.canvasRgba()).containsExactly(expected.rgba(WhyView.CANVAS_OPACITY));
    }
  }

  @Test
  void onlyTheMostRecentlyUsedExplanationsAreRemembered() throws Exception {
    AtomicInteger explained = new AtomicInteger();
    try (WhyWorker w = new WhyWorker(inputs -> {
      explained.addAndGet(inputs.length);
      return echo(inputs);
    })) {
      long seq = 0;
      for (int k = 0; k <= WhyWorker.REMEMBERED; k++) {
        float[] in = input(k % 10);
        in[1] = k; // REMEMBERED + 1 different inputs
        w.request(++seq, new float[][] {in});
        w.await(seq, 5_000);
      }
      assertThat(explained).hasValue(WhyWorker.REMEMBERED + 1);
      float[] last = input(WhyWorker.REMEMBERED % 10);
      last[1] = WhyWorker.REMEMBERED;
      w.request(++seq, new float[][] {last});
      assertThat(w.await(seq, 5_000).computed()).isZero();
      float[] oldest = input(0);
      oldest[1] = 0;
      w.request(++seq, new float[][] {oldest});
      assertThat(w.await(seq, 5_000).computed()).isEqualTo(1); // forgotten: explained again
    }
  }

  @Test
  void aNewerRequestReplacesOneNotStartedAndAFailureIsKept() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    Explainer slow = inputs -> {
      calls.incrementAndGet();
      entered.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (inputs[0][0] > 0.85f) {
        throw new IllegalStateException("classifier is closed");
      }
      return echo(inputs);
    };
    try (WhyWorker w = new WhyWorker(slow)) {
      w.request(1, new float[][] {input(1)});
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      w.request(2, new float[][] {input(2)});
      w.request(3, new float[][] {input(9)}); // replaces 2 before it started
      release.countDown();
      WhyWorker.Result r = w.await(3, 5_000);
      assertThat(r.seq()).isEqualTo(3);
      assertThat(r.failure()).isEqualTo("classifier is closed");
      assertThat(calls).hasValue(2);
    }
  }

  @Test
  void theLiveReaderOffersThePipelinesExplainerOnceLoaded() throws Exception {
    ModelPipeline.Scorer scorer = image -> new DigitClassifier.Scores(new float[10], 0f, 0f);
    CountDownLatch load = new CountDownLatch(1);
    try (LiveReader reader = new LiveReader(() -> {
      load.await(5, TimeUnit.SECONDS);
      return new ModelPipeline(scorer, ReadingRule.DEFAULT, ModelPipeline.Reads.NUMBERS, null, WhyWorkerTest::echo);
    }).start()) {
      assertThat(reader.explainer()).isEmpty();
      load.countDown();
      reader.awaitLoaded(5_000);
      assertThat(reader.explainer()).isPresent();
      assertThat(reader.explainer().get().explain(new float[][] {input(5)})[0].digit()).isEqualTo(5);
    }
    try (LiveReader reader = new LiveReader(() -> new ModelPipeline(scorer, ReadingRule.DEFAULT)).start()) {
      reader.awaitLoaded(5_000);
      assertThat(reader.explainer()).isEmpty(); // a model without the output
    }
  }
}
