package dev.digitarcade.training.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

  @TempDir Path tmp;

  private static Checkpoint sample() {
    Map<String, float[]> state = new LinkedHashMap<>();
    float[] w = new float[1000];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) Math.sin(i);
    }
    state.put("conv0/w", w);
    state.put("out/b", new float[] {1, 2, 3});
    return new Checkpoint("spec=x;epochs=3", 2, 940, 12.5, state);
  }

  private Stream<String> names() throws IOException {
    return Files.list(tmp).map(p -> p.getFileName().toString()).sorted();
  }

  @Test
  void roundTrips() throws Exception {
    Path f = tmp.resolve("c.bin");
    sample().write(f);
    Checkpoint c = Checkpoint.read(f);
    assertThat(c.resumeKey()).isEqualTo("spec=x;epochs=3");
    assertThat(c.epochsDone()).isEqualTo(2);
    assertThat(c.step()).isEqualTo(940);
    assertThat(c.state().get("conv0/w")).containsExactly(sample().state().get("conv0/w"));
    assertThat(c.state().get("out/b")).containsExactly(1, 2, 3);
  }

  @Test
  void aFlippedByteAnywhereIsRefusedInOneLine() throws Exception {
    Path f = tmp.resolve("c.bin");
    sample().write(f);
    byte[] good = Files.readAllBytes(f);
    // in the weights, in the resume key, in the epoch count, in the checksum itself
    for (int at : new int[] {good.length / 2, 8, 30, good.length - 2}) {
      byte[] bad = good.clone();
      bad[at] ^= 0x10;
      Files.write(f, bad);
      assertThatThrownBy(() -> Checkpoint.read(f)).as("byte " + at)
          .isInstanceOf(Checkpoint.BadCheckpointException.class)
          .hasMessageContaining("checkpoint " + f + " is damaged").hasMessageContaining("without --resume")
          .hasMessageNotContaining("\n");
    }
    Files.write(f, java.util.Arrays.copyOf(good, good.length - 100));
    assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(Checkpoint.BadCheckpointException.class)
        .hasMessageContaining("is damaged");
  }

  @Test
  void foreignOldAndMissingFilesAreNamed() throws Exception {
    Path foreign = Files.writeString(tmp.resolve("notes.txt"), "this is not a checkpoint at all");
    assertThatThrownBy(() -> Checkpoint.read(foreign)).isInstanceOf(Checkpoint.BadCheckpointException.class)
        .hasMessageContaining("is not a Digit Arcade training checkpoint");
    Path old = tmp.resolve("old.bin");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(old))) {
      out.writeInt(0x44414B31);
      out.writeUTF("spec=x");
      out.writeInt(1);
      out.writeLong(1);
      out.writeDouble(1);
      out.writeInt(0);
    }
    assertThatThrownBy(() -> Checkpoint.read(old)).isInstanceOf(Checkpoint.BadCheckpointException.class)
        .hasMessageContaining("older digit-trainer");
    assertThatThrownBy(() -> Checkpoint.read(tmp.resolve("none.bin")))
        .isInstanceOf(Checkpoint.BadCheckpointException.class).hasMessageContaining("no checkpoint at");
  }

  @Test
  void aFailedWriteLeavesNoTemporaryAndThePreviousCheckpoint() throws Exception {
    Path f = tmp.resolve("c.bin");
    sample().write(f);
    byte[] before = Files.readAllBytes(f);
    assertThatThrownBy(() -> new Checkpoint("other", 3, 1, 1, Map.of()).write(f, t -> {
      throw new IOException("No space left on device");
    })).hasMessageContaining("cannot write checkpoint").hasMessageContaining("No space left on device");
    assertThat(names()).containsExactly("c.bin");
    assertThat(Files.readAllBytes(f)).isEqualTo(before);

    // A real failure of the rename: a directory that is not empty stands where the file goes.
    Path dir = Files.createDirectories(tmp.resolve("d.bin"));
    Files.writeString(dir.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> sample().write(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("cannot write checkpoint " + dir).hasMessageNotContaining("\n");
    assertThat(names()).containsExactly("c.bin", "d.bin");
    assertThat(dir.resolve("keep.txt")).hasContent("mine");
  }
}
