package dev.digitarcade.game.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.profile.Example;
import dev.digitarcade.model.segment.Stroke;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

  @TempDir
  Path dir;

  static float[] input(int seed) {
    float[] in = new float[784];
    for (int i = 0; i < in.length; i++) {
      in[i] = ((i * 31 + seed * 7) % 17) / 16f;
    }
    return in;
  }

  private static List<Path> files(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.sorted().toList();
    }
  }

  @Test
  void examplesAreWrittenWholeAndReadBackWithTheirStrokes() throws IOException {
    ProfileStore s = ProfileStore.open(dir, w -> { });
    Stroke st = new Stroke(List.of(new Stroke.Point(1, 2, 0.5), new Stroke.Point(3, 4, 0.6)), 6f);
    Example a = s.add(7, input(1), List.of(st), 560);
    s.add(0, input(2), List.of(), 0);

    assertThat(files(dir.resolve("examples"))).hasSize(2).allMatch(f -> f.toString().endsWith(".json"));
    ProfileStore again = ProfileStore.open(dir, w -> { });
    assertThat(again.current().size()).isEqualTo(2);
    Example back = again.current().examples(7).get(0);
    assertThat(back.id()).isEqualTo(a.id());
    assertThat(back.strokes()).hasSize(1);
    assertThat(back.strokes().get(0).points().get(1).t()).isEqualTo(0.6);
    assertThat(back.canvas()).isEqualTo(560);
    for (int i = 0; i < 784; i++) {
      assertThat(back.input()[i]).isCloseTo(input(1)[i], org.assertj.core.data.Offset.offset(1 / 255f));
    }
  }

  @Test
  void aDamagedFileIsSetAsideWithAWarningAndTheOthersAreKept() throws IOException {
    ProfileStore s = ProfileStore.open(dir, w -> { });
    s.add(1, input(1), List.of(), 0);
    Example b = s.add(2, input(2), List.of(), 0);
    Path bad = dir.resolve("examples").resolve(b.id() + ".json");
    Files.writeString(bad, "{\"format\": \"digit-arcade-example/1\", \"input\": \"cut", StandardCharsets.UTF_8);
    Path stranger = dir.resolve("examples").resolve("notes.txt");
    Files.writeString(stranger, "mine");
    List<String> warnings = new ArrayList<>();

    ProfileStore again = ProfileStore.open(dir, warnings::add);

    assertThat(again.current().size()).isEqualTo(1);
    assertThat(again.current().examples(1)).hasSize(1);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains(b.id()).contains("damaged").contains("kept the other examples");
    assertThat(bad).doesNotExist();
    assertThat(files(dir.resolve("examples"))).anyMatch(f -> f.getFileName().toString().startsWith(b.id() + ".json.damaged-"));
    assertThat(stranger).hasContent("mine");
  }

  @Test
  void deleteAndResetRemoveOnlyTheProfilesOwnExamples() throws IOException {
    ProfileStore s = ProfileStore.open(dir, w -> { });
    Example a = s.add(3, input(1), List.of(), 0);
    s.add(3, input(2), List.of(), 0);
    s.add(4, input(3), List.of(), 0);
    Path stranger = dir.resolve("examples").resolve("keep.me");
    Files.writeString(stranger, "x");

    assertThat(s.delete(a.id())).isTrue();
    assertThat(s.delete(a.id())).isFalse();
    assertThat(s.current().counts()[3]).isEqualTo(1);
    assertThat(ProfileStore.open(dir, w -> { }).current().size()).isEqualTo(2);

    s.reset();
    assertThat(s.current().isEmpty()).isTrue();
    assertThat(ProfileStore.open(dir, w -> { }).current().isEmpty()).isTrue();
    assertThat(files(dir.resolve("examples"))).containsExactly(stranger);
  }

  @Test
  void aFailedWriteLeavesTheProfileUnchanged() throws IOException {
    Path file = dir.resolve("not-a-dir");
    Files.writeString(file, "x");
    ProfileStore s = ProfileStore.open(file, w -> { });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.add(5, input(1), List.of(), 0))
        .isInstanceOf(IOException.class);
    assertThat(s.current().isEmpty()).isTrue();
    assertThat(file).hasContent("x");
  }
}
