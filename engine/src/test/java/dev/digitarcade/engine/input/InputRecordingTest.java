package dev.digitarcade.engine.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.engine.EngineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputRecordingTest {
  @TempDir Path dir;

  private static final List<InputEvent> EVENTS = List.of(
      new InputEvent.CursorMoved(0.0, 1.5, 2.25),
      new InputEvent.MouseButton(0.016666666, Keys.MOUSE_LEFT, Action.PRESS, Keys.MOD_SHIFT, 1.5, 2.25),
      new InputEvent.CursorMoved(0.016666666, 100.125, 3.0e-7),
      new InputEvent.MouseButton(0.1, Keys.MOUSE_LEFT, Action.RELEASE, 0, 100.125, 3.0e-7),
      new InputEvent.Key(0.2, Keys.ESCAPE, 9, Action.REPEAT, Keys.MOD_CONTROL | Keys.MOD_ALT),
      new InputEvent.CharTyped(0.3, 0x1F600),
      new InputEvent.Scrolled(0.4, -0.5, 2.0, 7, 8));

  @Test
  void recordingRoundTripsEveryEventExactly() {
    Path file = dir.resolve("session.jsonl");
    try (InputRecorder rec = new InputRecorder(file, 640, 480)) {
      EVENTS.forEach(rec::write);
      assertThat(file).doesNotExist(); // written atomically on close
    }
    InputRecording.Loaded loaded = new InputRecording().read(file);
    assertThat(loaded.width()).isEqualTo(640);
    assertThat(loaded.height()).isEqualTo(480);
    assertThat(loaded.events()).isEqualTo(EVENTS);
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("session.jsonl");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void writingTheSameEventsTwiceGivesTheSameBytes() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    for (Path p : List.of(a, b)) {
      try (InputRecorder rec = new InputRecorder(p, 10, 20)) {
        EVENTS.forEach(rec::write);
      }
    }
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void replayFeedsEventsWhenLoopTimeReachesThem() {
    InputReplay replay = new InputReplay(EVENTS);
    InputQueue q = new InputQueue();
    assertThat(replay.feed(0.0, q)).isEqualTo(1);
    assertThat(replay.feed(0.01, q)).isZero();
    assertThat(replay.feed(0.016666666, q)).isEqualTo(2);
    assertThat(replay.feed(10, q)).isEqualTo(4);
    assertThat(replay.finished()).isTrue();
    List<InputEvent> got = new ArrayList<>();
    q.drain(got::add);
    assertThat(got).isEqualTo(EVENTS);
  }

  @Test
  void ticksAreWrittenReadAndReplayedTickByTick(@TempDir Path d) {
    Path file = d.resolve("ticks.jsonl");
    try (InputRecorder rec = new InputRecorder(file, 1, 1)) {
      rec.write(EVENTS.get(0), 0);
      rec.write(EVENTS.get(1), 0);
      rec.write(EVENTS.get(2), 3);
    }
    InputRecording.Loaded loaded = new InputRecording().read(file);
    assertThat(loaded.ticks()).containsExactly(0L, 0L, 3L);
    assertThat(loaded.hasTicks()).isTrue();
    InputReplay replay = loaded.replay();
    assertThat(replay.byTick()).isTrue();
    InputQueue q = new InputQueue();
    assertThat(replay.feed(100.0, q)).isZero(); // time plays no part
    assertThat(replay.feedTick(0, q)).isEqualTo(2);
    assertThat(replay.feedTick(2, q)).isZero();
    assertThat(replay.feedTick(3, q)).isEqualTo(1);
    assertThatThrownBy(() -> new InputRecording().parse("r", List.of(
            "{\"t\":0,\"tick\":2,\"type\":\"char\",\"codepoint\":65}",
            "{\"t\":0,\"tick\":1,\"type\":\"char\",\"codepoint\":65}")))
        .hasMessageContaining("line 2: tick 1 goes backwards");
    assertThatThrownBy(() -> new InputRecording().parse("r", List.of(
            "{\"t\":0,\"tick\":-1,\"type\":\"char\",\"codepoint\":65}")))
        .hasMessageContaining("line 1: expected \"tick\" to be an integer >= 0");
  }

  @Test
  void headerIsOptionalAndBlankLinesAreSkipped() {
    var loaded = new InputRecording().parse("x", List.of("", "{\"t\":1,\"type\":\"char\",\"codepoint\":65}", "  "));
    assertThat(loaded.width()).isZero();
    assertThat(loaded.events()).containsExactly(new InputEvent.CharTyped(1, 65));
  }

  @Test
  void badLinesAreRejectedWithTheLineNumberAndWhatWasExpected() {
    InputRecording r = new InputRecording();
    assertThatThrownBy(() -> r.parse("rec.jsonl", List.of("{\"t\":0,\"type\":\"cursor\",\"x\":1,\"y\":2}", "{nope")))
        .isInstanceOf(EngineException.class)
        .hasMessage("rec.jsonl line 2: not valid JSON");
    assertThatThrownBy(() -> r.parse("rec.jsonl", List.of("{\"t\":0,\"type\":\"cursor\",\"x\":1}")))
        .hasMessage("rec.jsonl line 1: expected a number in \"y\"");
    assertThatThrownBy(() -> r.parse("rec.jsonl", List.of("{\"t\":0,\"type\":\"wiggle\"}")))
        .hasMessageContaining("line 1: expected \"type\" to be one of cursor, button, key, char, scroll");
    assertThatThrownBy(() -> r.parse("rec.jsonl", List.of("{\"t\":0,\"type\":\"key\",\"key\":1,\"action\":\"tap\"}")))
        .hasMessageContaining("expected \"action\" to be press, release or repeat");
    assertThatThrownBy(() -> r.parse("rec.jsonl", List.of(
            "{\"t\":2,\"type\":\"char\",\"codepoint\":65}", "{\"t\":1,\"type\":\"char\",\"codepoint\":66}")))
        .hasMessageContaining("line 2: time 1.0 goes backwards");
    assertThatThrownBy(() -> r.parse("rec.jsonl", List.of("{\"format\":\"other\",\"version\":1}")))
        .hasMessageContaining("expected format \"digit-arcade-input\" version 1");
    assertThatThrownBy(() -> r.read(dir.resolve("missing.jsonl")))
        .isInstanceOf(EngineException.class)
        .hasMessageStartingWith("recording not found: ");
  }
}
