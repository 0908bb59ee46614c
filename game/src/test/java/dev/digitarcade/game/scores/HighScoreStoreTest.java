package dev.digitarcade.game.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.game.files.DataDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighScoreStoreTest {

  @TempDir
  Path dir;

  private final List<String> warnings = new ArrayList<>();

  private HighScoreStore store() {
    return new HighScoreStore(dir.resolve("scores.json"), warnings::add);
  }

  private static HighScore score(int points, int day) {
    return new HighScore(points, 5, 10, 3, Instant.parse("2026-11-01T12:00:00Z").plusSeconds(86_400L * day));
  }

  @Test
  void noFileMeansAnEmptyTableWithoutWarnings() {
    assertThat(store().load()).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void keepsTheBestTenBestFirstAcrossInstances() throws IOException {
    for (int i = 0; i < 12; i++) {
      store().add(score(100 * ((i * 7) % 12), i));
    }
    List<HighScore> table = store().load();
    assertThat(table).hasSize(HighScoreStore.CAPACITY);
    assertThat(table).extracting(HighScore::score)
        .containsExactly(1100, 1000, 900, 800, 700, 600, 500, 400, 300, 200);
    assertThat(warnings).isEmpty();
  }

  @Test
  void reportsTheRankOrThatItMissedTheTable() throws IOException {
    HighScoreStore s = store();
    for (int i = 0; i < 10; i++) {
      s.add(score(1000 + i, i));
    }
    // Ties go to the earlier game: 1009..1005 (day 5) stay ahead.
    assertThat(s.add(score(1005, 20))).contains(6);
    assertThat(s.add(score(3, 21))).isEmpty();
    assertThat(s.add(score(5000, 22))).contains(1);
  }

  @Test
  void aCorruptFileIsSetAsideWithAWarningAndTheGameGoesOn() throws IOException {
    Path file = dir.resolve("scores.json");
    Files.writeString(file, "{\"version\":1,\"scores\":[{\"score\":\"lots\"", StandardCharsets.UTF_8);
    HighScoreStore s = store();

    assertThat(s.load()).isEmpty();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("scores.json").contains("is damaged").contains(".damaged-");
    try (Stream<Path> files = Files.list(dir)) {
      Path aside = files.filter(p -> p.getFileName().toString().startsWith("scores.json.damaged-"))
          .findFirst().orElseThrow();
      assertThat(Files.readString(aside)).startsWith("{\"version\":1");
    }
    assertThat(s.add(score(700, 1))).contains(1);
    assertThat(store().load()).extracting(HighScore::score).containsExactly(700);
  }

  @Test
  void wrongShapeIsCorruptToo() throws IOException {
    Files.writeString(dir.resolve("scores.json"), "[1,2,3]");
    assertThat(store().load()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("\"scores\" array");
  }

  @Test
  void aWriteThatCannotLandLeavesWhatWasThereAndNoTemporaryFiles() throws IOException {
    // The table's path is taken by a non-empty directory: the final rename must fail.
    Path occupied = dir.resolve("scores.json");
    Files.createDirectories(occupied.resolve("keep"));
    HighScoreStore s = new HighScoreStore(occupied, warnings::add);

    assertThatThrownBy(() -> s.add(score(900, 2))).isInstanceOf(IOException.class);
    assertThat(occupied.resolve("keep")).isDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void userDataDirectoryFollowsEachSystemsConvention() {
    assertThat(DataDirs.userData(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/a"))
        .isEqualTo(Path.of("/x/data/digit-arcade"));
    assertThat(DataDirs.userData(Map.of(), "Linux", "/home/a"))
        .isEqualTo(Path.of("/home/a/.local/share/digit-arcade"));
    assertThat(DataDirs.userData(Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/a"))
        .isEqualTo(Path.of("/home/a/.local/share/digit-arcade"));
    assertThat(DataDirs.userData(Map.of(), "Mac OS X", "/Users/a"))
        .isEqualTo(Path.of("/Users/a/Library/Application Support/DigitArcade"));
  }

  @Test
  void aNameIsKeptAndCanBePutOnASavedGameLater() throws IOException {
    HighScoreStore s = store();
    s.add(score(500, 1).withName("Ada"));
    HighScore later = score(700, 2);
    s.add(later);
    assertThat(s.rename(later, "Grace")).isEmpty();
    assertThat(store().load()).extracting(HighScore::name).containsExactly("Grace", "Ada");
    assertThat(Files.readString(dir.resolve("scores.json"))).contains("\"name\" : \"Grace\"");
    // A game no longer in the table: nothing to do, nothing written.
    assertThat(s.rename(score(1, 9), "Nobody")).isEmpty();
    assertThat(store().load()).extracting(HighScore::name).containsExactly("Grace", "Ada");
  }

  @Test
  void aTableWithoutNamesReadsAsUnnamedAndANameThatIsNotTextIsDamage() throws IOException {
    Files.writeString(dir.resolve("scores.json"), "{\"version\":1,\"scores\":[{\"score\":5,\"roundsWon\":1,"
        + "\"rounds\":1,\"bestStreak\":1,\"when\":\"2026-11-20T18:30:00Z\"}]}");
    assertThat(store().load()).extracting(HighScore::name).containsExactly("");
    Files.writeString(dir.resolve("scores.json"), "{\"version\":1,\"scores\":[{\"score\":5,\"roundsWon\":1,"
        + "\"rounds\":1,\"bestStreak\":1,\"when\":\"2026-11-20T18:30:00Z\",\"name\":7}]}");
    assertThat(store().load()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("is damaged").contains("name");
  }
}
