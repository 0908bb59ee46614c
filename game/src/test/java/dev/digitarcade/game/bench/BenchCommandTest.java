package dev.digitarcade.game.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.reading.LiveReader;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.reading.ReadingPipeline;
import dev.digitarcade.game.reading.TestReadings;
import dev.digitarcade.model.segment.Stroke;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class BenchCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    return new CommandLine(new BenchCommand(o, e)).setOut(o).setErr(e).execute(args);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--latency|0|--latency must be 1..1000000, got 0",
      "--latency|-3|--latency must be 1..1000000, got -3",
      "--predictions|0|--predictions must be 1..100000000, got 0",
      "--predictions|-1|--predictions must be 1..100000000, got -1",
      "--rss-every|-5|--rss-every must be 0 (a tenth of the soak) to --predictions (100000), got -5"})
  void everyOptionOutOfRangeIsOneLineAndExitTwoBeforeAnythingLoads(String option, String value, String message) {
    // The model does not exist: had the options not been checked first, loading it would fail (exit 3).
    int code = run(option, value, "--model", "/nonexistent/model", "--skip-app");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly("bench: " + message);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theSoakGoesThroughTheReadersBuffersAsTheGameDoes() throws Exception {
    // Every array the worker sees, by identity: recycled buffers are few; a fresh copy per reading would be one each.
    Set<byte[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ReadingPipeline pipeline = new ReadingPipeline() {
      @Override
      public Reading read(byte[] gray, int width, int height, List<Stroke> strokes, long seq,
        long submittedNanos) {
        synchronized (seen) {
          seen.add(gray);
        }
        return TestReadings.sure(seq, (gray[0] & 0xff) % 10, 1f);
      }

      @Override
      public Reading read(float[] ink, int width, int height, long seq, long submittedNanos) {
        throw new UnsupportedOperationException("canvases only");
      }

      @Override
      public void close() {
      }
    };
    List<byte[]> canvases = BenchCommand.canvases(4, 1);
    AtomicInteger progress = new AtomicInteger();
    try (LiveReader reader = new LiveReader(() -> pipeline).start()) {
      while (!reader.isReady()) {
        Thread.onSpinWait();
      }
      BenchCommand.soak(reader, canvases, 500, progress::set);
      assertThat(reader.readings()).isEqualTo(500);
    }
    assertThat(progress.get()).isEqualTo(500);
    assertThat(seen.size()).isLessThanOrEqualTo(3);
  }
}
