package dev.digitarcade.game.why;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.reading.Explainer;
import dev.digitarcade.game.reading.LiveReader;
import dev.digitarcade.game.reading.ModelPipeline;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.Saliency;
import java.util.Arrays;
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
