package dev.digitarcade.training.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.training.insight.EventWriter.Scalar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.proto.Event;

class EventWriterTest {

  @TempDir Path tmp;

  @Test
  void recordsAreFramedWithMaskedCrcsAndParseAsEvents() throws Exception {
    Path dir = tmp.resolve("a/b");
    try (EventWriter w = EventWriter.open(dir)) {
      w.scalars(10, List.of(new Scalar("loss", 0.5), new Scalar("accuracy", 0.25)));
      w.scalars(20, List.of(new Scalar("loss", 0.125)));
    }
    Path file = EventFiles.only(dir);
    assertThat(file.getFileName().toString()).matches("events\\.out\\.tfevents\\.\\d{10}\\.[A-Za-z0-9._-]+\\.\\d+\\.0");
    List<Event> events = EventFiles.read(file);
    assertThat(events).hasSize(3);
    assertThat(events.get(0).getFileVersion()).isEqualTo("brain.Event:2");
    assertThat(events.get(1).getStep()).isEqualTo(10);
    assertThat(events.get(1).getSummary().getValueList()).extracting(v -> v.getTag() + "=" + v.getSimpleValue())
        .containsExactly("loss=0.5", "accuracy=0.25");
    assertThat(events.get(2).getStep()).isEqualTo(20);
    assertThat(events.get(2).getWallTime()).isGreaterThan(1.7e9);
  }

  @Test
  void theMaskIsTensorFlowsOnAKnownCrc() {
    // CRC-32C of "123456789" is 0xE3069283 (the standard check value)
    byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(EventFiles.masked(check, 0, check.length)).isEqualTo(EventWriter.mask(0xE3069283));
    int rotated = (0xE3069283 >>> 15) | (0xE3069283 << 17);
    assertThat(EventWriter.mask(0xE3069283)).isEqualTo(rotated + 0xa282ead8);
  }

  @Test
  void aSecondRunGetsANewFileAndNothingThereIsTouched() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("logs"));
    Path mine = Files.writeString(dir.resolve("notes.txt"), "keep");
    Path first;
    try (EventWriter w = EventWriter.open(dir)) {
      first = w.file();
      w.scalars(1, List.of(new Scalar("loss", 1)));
    }
    byte[] before = Files.readAllBytes(first);
    try (EventWriter w = EventWriter.open(dir)) {
      assertThat(w.file()).isNotEqualTo(first);
    }
    assertThat(Files.readAllBytes(first)).isEqualTo(before);
    assertThat(Files.readString(mine)).isEqualTo("keep");
  }

  @Test
  void aFileOrAPathUnderAFileIsRefusedInOneLine() throws Exception {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    assertThatThrownBy(() -> EventWriter.check(file, "--logdir")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--logdir " + file + " is a file (expected a directory)");
    assertThatThrownBy(() -> EventWriter.check(file.resolve("sub"), "--logdir"))
        .hasMessageContaining(file + " is a file");
    EventWriter.check(tmp.resolve("new/dir"), "--logdir");
    assertThat(tmp.resolve("new")).doesNotExist();
  }
}
