package dev.digitarcade.game.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitarcade.engine.testing.DevFull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {
  @TempDir Path dir;

  @Test
  void aFullDeviceEndsTheStreamWithAReasonInsteadOfThrowing() throws Exception {
    Path full = DevFull.in(dir);
    assumeTrue(full != null, "no full device here");
    try (EventLog log = EventLog.toFile(full)) {
      log.cleared(); // would throw UncheckedIOException before
      log.cleared();
      assertThat(log.failure()).isEqualTo("cannot write events to " + full + ": no space left on device");
    }
    assertThat(DevFull.isDevice(full)).isTrue();
  }

  @Test
  void afterAFailureNothingMoreIsWrittenSoNoLineIsCut() {
    List<String> lines = new ArrayList<>();
    int[] calls = {0};
    EventLog log = new EventLog(new EventLog.Sink() {
      @Override
      public void line(byte[] utf8) throws IOException {
        if (++calls[0] == 2) {
          throw new IOException("No space left on device");
        }
        lines.add(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
      }

      @Override
      public void close() {
      }
    }, "ev.jsonl");
    log.cleared();
    log.cleared();
    log.cleared();
    assertThat(lines).containsExactly("{\"type\":\"cleared\"}\n");
    assertThat(calls[0]).isEqualTo(2);
    assertThat(log.failure()).isEqualTo("cannot write events to ev.jsonl: no space left on device");
  }

  @Test
  void aStandardOutputThatFailsIsNoticedThoughPrintWriterHidesIt() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    EventLog log = EventLog.to(new PrintWriter(broken));
    log.cleared();
    assertThat(log.failure()).startsWith("cannot write events to standard output");
  }

  @Test
  void aFileGetsWholeLinesThroughASymbolicLink() throws IOException {
    Path real = dir.resolve("real.jsonl");
    Path link = dir.resolve("events.jsonl");
    Files.createSymbolicLink(link, real);
    try (EventLog log = EventLog.toFile(link)) {
      log.cleared();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(real)).containsExactly("{\"type\":\"cleared\"}");
  }
}
