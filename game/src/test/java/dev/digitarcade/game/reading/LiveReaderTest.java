package dev.digitarcade.game.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LiveReaderTest {

  /** Recipe for tests: the first byte is the "digit" drawn; 0 means an empty canvas. */
  private static float[] firstByteRecipe(byte[] gray, int w, int h) {
    if (gray[0] == 0) {
      return null;
    }
    float[] in = new float[784];
    in[0] = gray[0];
    return in;
  }

  /** A model that is sure of the digit the recipe put in pixel 0, and records what it saw. */
  private static final class EchoModel implements DigitModel {
    final List<Integer> seen = new CopyOnWriteArrayList<>();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release;
    final AtomicBoolean closed = new AtomicBoolean();

    EchoModel(CountDownLatch release) {
      this.release = release;
    }

    @Override
    public float[] predict(float[] image784) {
      int d = (int) image784[0];
      seen.add(d);
      entered.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      float[] p = new float[10];
      p[d] = 1f;
      return p;
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
    EchoModel model = new EchoModel(release);
    try (LiveReader reader = new LiveReader(() -> model, LiveReaderTest::firstByteRecipe).start()) {
      reader.submit(canvas(1), 4, 4);
      assertThat(model.entered.await(5, TimeUnit.SECONDS)).isTrue();
      // While the model is busy with version 1, three more canvases arrive.
      reader.submit(canvas(2), 4, 4);
      reader.submit(canvas(3), 4, 4);
      reader.submit(canvas(4), 4, 4);
      release.countDown();

      Prediction p = reader.await(4, 5_000);
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
    EchoModel model = new EchoModel(new CountDownLatch(0));
    try (LiveReader reader = new LiveReader(() -> model, LiveReaderTest::firstByteRecipe).start()) {
      reader.submit(canvas(0), 4, 4);
      Prediction p = reader.await(1, 5_000);
      assertThat(p).isNotNull();
      assertThat(p.isEmpty()).isTrue();
      assertThat(p.modelInput()).isEmpty();
      assertThat(model.seen).isEmpty();
      assertThat(reader.isReady()).isTrue();
    }
  }

  @Test
  void aModelThatFailsToLoadLeavesAReadableStatusAndNoReadings() throws Exception {
    try (LiveReader reader = new LiveReader(() -> {
      throw new IllegalStateException("no model in /nowhere (expected a SavedModel directory)");
    }, LiveReaderTest::firstByteRecipe).start()) {
      reader.submit(canvas(3), 4, 4);
      assertThat(reader.await(1, 5_000)).isNull();
      assertThat(reader.status()).isEqualTo(
          new LiveReader.Status.Failed("no model in /nowhere (expected a SavedModel directory)"));
      assertThat(reader.latest()).isNull();
    }
  }

  @Test
  void snapshotArraysComeBackOnceReadAndNeverWhileWaiting() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    EchoModel model = new EchoModel(release);
    try (LiveReader reader = new LiveReader(() -> model, LiveReaderTest::firstByteRecipe).start()) {
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
  void predictionsKnowTheirTopGuessAndWhetherTheyAreSure() {
    float[] p = {0.05f, 0.6f, 0.35f, 0, 0, 0, 0, 0, 0, 0};
    Prediction unsure = Prediction.of(3, p, new float[784], 10);
    assertThat(unsure.digit()).isEqualTo(1);
    assertThat(unsure.isSure()).isFalse();
    p[1] = 0.9f;
    p[2] = 0.05f;
    assertThat(Prediction.of(3, p, new float[784], 10).isSure()).isTrue();
    assertThat(Prediction.nothingDrawn(1, 0).isSure()).isFalse();
  }

  @Test
  void arraysSubmittedFromOutsideAreNotHoardedForReuse() throws Exception {
    CountDownLatch open = new CountDownLatch(0);
    try (LiveReader reader = new LiveReader(() -> new EchoModel(open), LiveReaderTest::firstByteRecipe).start()) {
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
    LiveReader.Recipe flaky = (gray, w, h) -> {
      if (gray[0] == 5) {
        throw new IllegalStateException("recipe broke on a 5");
      }
      return firstByteRecipe(gray, w, h);
    };
    try (LiveReader reader = new LiveReader(() -> new EchoModel(open), flaky).start()) {
      long bad = reader.submit(canvas(5), 4, 4);
      assertThat(reader.await(bad, 5_000)).isNull(); // returns at once, no time-out
      assertThat(reader.lastFailure()).isNotNull();
      assertThat(reader.lastFailure().seq()).isEqualTo(bad);
      assertThat(reader.lastFailure().message()).contains("recipe broke on a 5");
      assertThat(reader.failures()).isEqualTo(1);
      assertThat(reader.isReady()).isTrue();
      long good = reader.submit(canvas(3), 4, 4);
      Prediction p = reader.await(good, 5_000);
      assertThat(p).isNotNull();
      assertThat(p.digit()).isEqualTo(3);
    }
  }

  @Test
  void theLoadOutcomeIsToldOnceAndAwaitLoadedWaitsForIt() throws Exception {
    List<LiveReader.Status> told = new CopyOnWriteArrayList<>();
    CountDownLatch loading = new CountDownLatch(1);
    LiveReader.Loader slow = () -> {
      loading.await(5, TimeUnit.SECONDS);
      throw new IllegalStateException("model directory /nowhere does not exist");
    };
    try (LiveReader reader = new LiveReader(slow, LiveReaderTest::firstByteRecipe, told::add).start()) {
      assertThat(reader.awaitLoaded(50)).isInstanceOf(LiveReader.Status.Loading.class);
      loading.countDown();
      LiveReader.Status s = reader.awaitLoaded(5_000);
      assertThat(s).isInstanceOf(LiveReader.Status.Failed.class);
      assertThat(((LiveReader.Status.Failed) s).message()).contains("/nowhere");
      assertThat(reader.await(reader.submit(canvas(2), 4, 4), 5_000)).isNull();
    }
    assertThat(told).hasSize(1).first().isInstanceOf(LiveReader.Status.Failed.class);
  }
}
