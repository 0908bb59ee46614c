package dev.digitarcade.game.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.segment.Stroke;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LiveReaderTest {

  /**
   * A pipeline for tests: the first byte of the canvas is the digit drawn (0: an empty canvas),
   * read sure at 100 %; it records what it saw and can be held inside a reading.
   */
  private static final class EchoPipeline implements ReadingPipeline {
    final List<Integer> seen = new CopyOnWriteArrayList<>();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release;
    final AtomicBoolean closed = new AtomicBoolean();
    int failOn = -1;

    EchoPipeline(CountDownLatch release) {
      this.release = release;
    }

    @Override
    public Reading read(byte[] gray, int width, int height, List<Stroke> strokes, long seq,
        long submittedNanos) {
      int d = gray[0];
      if (d == 0) {
        return Reading.nothingDrawn(seq, 0);
      }
      if (d == failOn) {
        throw new IllegalStateException("recipe broke on a " + d);
      }
      seen.add(d);
      entered.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return TestReadings.sure(seq, d, 1f);
    }

    @Override
    public Reading read(float[] ink, int width, int height, long seq, long submittedNanos) {
      throw new UnsupportedOperationException("canvases only");
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  private static byte[] canvas(int digit) {
    byte[] g = new byte[16];
    g[0] = (byte) digit;
    return g;
  }

  @Test
  void theNewestCanvasWinsOverOnesThatWereWaiting() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    EchoPipeline model = new EchoPipeline(release);
    try (LiveReader reader = new LiveReader(() -> model).start()) {
      reader.submit(canvas(1), 4, 4);
      assertThat(model.entered.await(5, TimeUnit.SECONDS)).isTrue();
      // While the model is busy with version 1, three more canvases arrive.
      reader.submit(canvas(2), 4, 4);
      reader.submit(canvas(3), 4, 4);
      reader.submit(canvas(4), 4, 4);
      release.countDown();

      Reading p = reader.await(4, 5_000);
      assertThat(p).isNotNull();
      assertThat(p.digit()).isEqualTo(4);
      assertThat(p.confidence()).isEqualTo(1f);
      assertThat(model.seen).containsExactly(1, 4);
      assertThat(reader.readings()).isEqualTo(2);
    }
    assertThat(model.closed).isTrue();
  }

  @Test
  void anEmptyCanvasIsReadAsNothingWithoutCallingTheModel() throws Exception {
    EchoPipeline model = new EchoPipeline(new CountDownLatch(0));
    try (LiveReader reader = new LiveReader(() -> model).start()) {
      reader.submit(canvas(0), 4, 4);
      Reading p = reader.await(1, 5_000);
      assertThat(p).isNotNull();
      assertThat(p.isEmpty()).isTrue();
      assertThat(p.digits()).isEmpty();
      assertThat(model.seen).isEmpty();
      assertThat(reader.isReady()).isTrue();
    }
  }

  @Test
  void aModelThatFailsToLoadLeavesAReadableStatusAndNoReadings() throws Exception {
    try (LiveReader reader = new LiveReader(() -> {
      throw new IllegalStateException("no model in /nowhere (expected a SavedModel directory)");
    }).start()) {
      reader.submit(canvas(3), 4, 4);
      assertThat(reader.await(1, 5_000)).isNull();
      assertThat(reader.status()).isEqualTo(
          new DigitReader.Status.Failed("no model in /nowhere (expected a SavedModel directory)"));
      assertThat(reader.latest()).isNull();
    }
  }

  @Test
  void snapshotArraysComeBackOnceReadAndNeverWhileWaiting() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    EchoPipeline model = new EchoPipeline(release);
    try (LiveReader reader = new LiveReader(() -> model).start()) {
      byte[] first = canvas(1);
      reader.submit(first, 4, 4);
      assertThat(model.entered.await(5, TimeUnit.SECONDS)).isTrue();
      byte[] waiting = canvas(2);
      reader.submit(waiting, 4, 4);
      // Neither the array being read nor the one waiting may be handed out.
      byte[] fresh = reader.buffer(16);
      assertThat(fresh).isNotSameAs(first).isNotSameAs(waiting);
      // A newer snapshot replaces the waiting one, whose array is free again.
      reader.submit(canvas(3), 4, 4);
      assertThat(reader.buffer(16)).isSameAs(waiting);
      release.countDown();
      assertThat(reader.await(3, 5_000)).isNotNull();
      // Both read arrays are back; one of a different size is never handed out.
      byte[] a = reader.buffer(16);
      byte[] b = reader.buffer(16);
      assertThat(List.of(a, b)).contains(first);
      assertThat(reader.buffer(9)).hasSize(9);
    }
  }

  @Test
  void readingsKnowTheirTopGuessAndWhetherTheyAreSure() {
    Reading unsure = TestReadings.of(3, Verdict.UNSURE, 1, 0.6f);
    assertThat(unsure.digit()).isEqualTo(1);
    assertThat(unsure.isSure()).isFalse();
    assertThat(unsure.text()).isEmpty();
    Reading sure = TestReadings.sure(3, 7, 0.9f);
    assertThat(sure.isSure()).isTrue();
    assertThat(sure.text()).contains("7");
    assertThat(Reading.nothingDrawn(1, 0).isSure()).isFalse();
    assertThat(unsure.first().orElseThrow().topTwo()[0]).isEqualTo(1);
  }

  @Test
  void arraysSubmittedFromOutsideAreNotHoardedForReuse() throws Exception {
    CountDownLatch open = new CountDownLatch(0);
    try (LiveReader reader = new LiveReader(() -> new EchoPipeline(open)).start()) {
      long seq = 0;
      for (int i = 0; i < 5_000; i++) {
        seq = reader.submit(canvas(1 + i % 9), 4, 4); // never from buffer(): the bench's old path
      }
      assertThat(reader.await(seq, 5_000)).isNotNull();
      assertThat(reader.spareArrays()).isLessThanOrEqualTo(LiveReader.SPARE_ARRAYS);
      byte[] reused = reader.buffer(16);
      assertThat(reused).hasSize(16);
      assertThat(reader.buffer(99)).hasSize(99); // a different size is never handed out
    }
  }

  @Test
  void aFailedReadingIsReportedAndTheNextOneIsStillRead() throws Exception {
    CountDownLatch open = new CountDownLatch(0);
    EchoPipeline flaky = new EchoPipeline(open);
    flaky.failOn = 5;
    try (LiveReader reader = new LiveReader(() -> flaky).start()) {
      long bad = reader.submit(canvas(5), 4, 4);
      assertThat(reader.await(bad, 5_000)).isNull(); // returns at once, no time-out
      assertThat(reader.lastFailure()).isNotNull();
      assertThat(reader.lastFailure().seq()).isEqualTo(bad);
      assertThat(reader.lastFailure().message()).contains("recipe broke on a 5");
      assertThat(reader.failures()).isEqualTo(1);
      assertThat(reader.isReady()).isTrue();
      long good = reader.submit(canvas(3), 4, 4);
      Reading p = reader.await(good, 5_000);
      assertThat(p).isNotNull();
      assertThat(p.digit()).isEqualTo(3);
    }
  }

  @Test
  void theLoadOutcomeIsToldOnceAndAwaitLoadedWaitsForIt() throws Exception {
    List<DigitReader.Status> told = new CopyOnWriteArrayList<>();
    CountDownLatch loading = new CountDownLatch(1);
    LiveReader.Loader slow = () -> {
      loading.await(5, TimeUnit.SECONDS);
      throw new IllegalStateException("model directory /nowhere does not exist");
    };
    try (LiveReader reader = new LiveReader(slow, told::add).start()) {
      assertThat(reader.awaitLoaded(50)).isInstanceOf(DigitReader.Status.Loading.class);
      loading.countDown();
      DigitReader.Status s = reader.awaitLoaded(5_000);
      assertThat(s).isInstanceOf(DigitReader.Status.Failed.class);
      assertThat(((DigitReader.Status.Failed) s).message()).contains("/nowhere");
      assertThat(reader.await(reader.submit(canvas(2), 4, 4), 5_000)).isNull();
    }
    assertThat(told).hasSize(1).first().isInstanceOf(DigitReader.Status.Failed.class);
  }
}
