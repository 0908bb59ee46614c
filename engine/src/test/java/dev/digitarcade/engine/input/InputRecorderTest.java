package dev.digitarcade.engine.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.testing.DevFull;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a recording survives: being cut off, a full device, a symbolic link, a huge file. */
class InputRecorderTest {
  @TempDir Path dir;

  private static final InputEvent A = new InputEvent.CursorMoved(0.1, 10, 20);
  private static final InputEvent B = new InputEvent.MouseButton(0.2, Keys.MOUSE_LEFT, Action.PRESS, 0, 10, 20);

  private Path onlyTemporary() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> tmp = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
      assertThat(tmp).hasSize(1);
      return tmp.get(0);
    }
  }

  @Test
  void everyLineIsOnDiskWholeAsSoonAsItIsWritten() throws IOException {
    // What a process killed right now (SIGKILL, power cut) leaves: whole lines, nothing buffered.
    Path file = dir.resolve("live.jsonl");
    try (InputRecorder rec = new InputRecorder(file, 640, 480)) {
      rec.write(A, 3);
      rec.write(B, 4);
      List<String> lines = Files.readAllLines(onlyTemporary());
      assertThat(lines).hasSize(3);
      assertThat(new InputRecording().parse("tmp", lines).events()).containsExactly(A, B);
      assertThat(file).doesNotExist();
    }
    assertThat(new InputRecording().read(file).events()).containsExactly(A, B);
  }

  @Test
  void aFullDeviceIsOneClearErrorAndStaysADevice() throws Exception {
    Path full = DevFull.in(dir);
    assumeTrue(full != null, "no full device here");
    assertThatThrownBy(() -> new InputRecorder(full, 10, 10))
        .isInstanceOf(EngineException.class)
        .hasMessage("cannot write recording " + full + ": no space left on device");
    assertThat(DevFull.isDevice(full)).isTrue();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void throughASymbolicLinkTheLinkStaysAndItsTargetGetsTheRecording() throws IOException {
    Path target = dir.resolve("sessions/today.jsonl");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old\n");
    Path link = dir.resolve("latest.jsonl");
    Files.createSymbolicLink(link, target);
    try (InputRecorder rec = new InputRecorder(link, 10, 10)) {
      rec.write(A, 0);
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(new InputRecording().read(target).events()).containsExactly(A);
  }

  @Test
  void aRecordingLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path huge = dir.resolve("huge.jsonl");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(3L << 30);
    }
    assertThatThrownBy(() -> new InputRecording().read(huge))
        .isInstanceOf(EngineException.class)
        .hasMessage("cannot read recording " + huge + ": larger than 64 MB");
  }

  @Test
  void aRecordingThatIsNotUtf8IsOneClearError() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, new byte[] {'{', '}', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
    assertThatThrownBy(() -> new InputRecording().read(bad))
        .isInstanceOf(EngineException.class)
        .hasMessage("cannot read recording " + bad + ": not UTF-8 text");
  }
}
