package dev.digitarcade.game.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table against files it cannot use. Faults root cannot make for real (tests run as root
 * here, and root reads a mode-000 file) are injected through the store's {@link
 * HighScoreStore.Storage} seam on top of the real file system; {@link HighScoreStoreOtherUserTest}
 * makes the mode-000 case for real as another user where it can.
 */
class HighScoreStoreFaultsTest {

  @TempDir
  Path dir;

  private final List<String> warnings = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T15:04:05Z"), ZoneOffset.UTC);

  private static HighScore score(int points) {
    return new HighScore(points, 5, 10, 3, Instant.parse("2026-11-01T12:00:00Z"));
  }

  /** Real files, except that reading the table fails with {@code readFailure} and moving it aside with {@code moveFailure}. */
  private static HighScoreStore.Storage faulty(IOException readFailure, IOException moveFailure) {
    return new HighScoreStore.Storage() {
      @Override
      public byte[] read(Path file, int limit) throws IOException {
        if (readFailure != null && Files.exists(file)) {
          throw readFailure;
        }
        return HighScoreStore.Storage.FILES.read(file, limit);
      }

      @Override
      public void moveAside(Path file, Path aside) throws IOException {
        if (moveFailure != null) {
          throw moveFailure;
        }
        HighScoreStore.Storage.FILES.moveAside(file, aside);
      }

      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        HighScoreStore.Storage.FILES.write(file, bytes);
      }
    };
  }

  private HighScoreStore store(Path file, HighScoreStore.Storage storage) {
    return new HighScoreStore(file, warnings::add, storage, clock);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static final String GOOD_TABLE = "{\"version\":1,\"scores\":[{\"score\":900,\"roundsWon\":9,\"rounds\":10,"
      + "\"bestStreak\":4,\"when\":\"2026-10-01T10:00:00Z\"}]}";

  @Test
  void anUnreadableFileIsSetAsideNotOverwritten() throws IOException {
    Path file = dir.resolve("scores.json");
    Files.writeString(file, GOOD_TABLE);
    HighScoreStore s = store(file, faulty(new AccessDeniedException(file.toString()), null));

    Saved saved = s.save(score(500));

    assertThat(saved).isEqualTo(new Saved.Ranked(1));
    assertThat(names()).containsExactly("scores.json", "scores.json.damaged-20261201T150405Z");
    assertThat(s.blockedReason()).isEmpty();
    assertThat(Files.readString(dir.resolve("scores.json.damaged-20261201T150405Z"))).isEqualTo(GOOD_TABLE);
    assertThat(warnings).singleElement().asString()
        .contains(file.toString()).contains("could not be read (permission denied)")
        .contains("moved it to scores.json.damaged-20261201T150405Z");
    assertThat(new HighScoreStore(file, w -> { }).load()).extracting(HighScore::score).containsExactly(500);
  }

  @Test
  void aFileThatCanNeitherBeReadNorMovedIsLeftAloneAndTheScoreIsNotSaved() throws IOException {
    Path file = dir.resolve("scores.json");
    Files.writeString(file, GOOD_TABLE);
    HighScoreStore s = store(file, faulty(new AccessDeniedException(file.toString()),
        new AccessDeniedException(dir.toString())));

    assertThat(s.load()).isEmpty();
    Saved saved = s.save(score(500));

    assertThat(saved).isInstanceOf(Saved.Failed.class);
    Saved.Failed f = (Saved.Failed) saved;
    assertThat(f.reason()).startsWith("scores.json could not be read (permission denied) and could not be moved aside");
    assertThat(f.message()).startsWith("high scores: could not save to " + file + ": ");
    assertThat(Files.readString(file)).isEqualTo(GOOD_TABLE);
    assertThat(names()).containsExactly("scores.json");
    assertThatThrownBy(() -> s.add(score(600))).isInstanceOf(IOException.class).hasMessage(f.message());
    // Loading again (every time the high-score screen opens) does not repeat the warning.
    s.load();
    assertThat(warnings).hasSize(2).allMatch(w -> w.startsWith("high scores: "));
  }

  @Test
  void aFileOverTwoGigabytesIsSetAsideAndTheScoreIsSaved() throws IOException {
    Path file = dir.resolve("scores.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: costs no disk, but no byte array can hold it
    }
    HighScoreStore s = new HighScoreStore(file, warnings::add, HighScoreStore.Storage.FILES, clock);

    assertThat(s.save(score(800))).isEqualTo(new Saved.Ranked(1));

    assertThat(warnings).singleElement().asString().contains("could not be read (larger than 1 MB)");
    assertThat(Files.size(dir.resolve("scores.json.damaged-20261201T150405Z"))).isEqualTo(3L << 30);
    assertThat(s.load()).extracting(HighScore::score).containsExactly(800);
  }

  @Test
  void anEarlierSetAsideFileIsNeverReplaced() throws IOException {
    Path file = dir.resolve("scores.json");
    Path earlier = dir.resolve("scores.json.damaged-20261201T150405Z");
    Files.writeString(earlier, "first damaged table");
    Files.writeString(file, "second damaged table");
    HighScoreStore s = new HighScoreStore(file, warnings::add, HighScoreStore.Storage.FILES, clock);

    assertThat(s.load()).isEmpty();

    assertThat(Files.readString(earlier)).isEqualTo("first damaged table");
    assertThat(Files.readString(dir.resolve("scores.json.damaged-20261201T150405Z-2"))).isEqualTo("second damaged table");
  }

  @Test
  void aDirectoryInThePlaceOfTheFileIsNotTouchedAndSavingSaysWhy() throws IOException {
    Path file = Files.createDirectories(dir.resolve("scores.json"));
    Files.writeString(file.resolve("keep.txt"), "mine");
    HighScoreStore s = new HighScoreStore(file, warnings::add);

    Saved saved = s.save(score(300));

    assertThat(saved).isInstanceOf(Saved.Failed.class);
    assertThat(((Saved.Failed) saved).reason()).isEqualTo("scores.json is a directory");
    assertThat(s.blockedReason()).contains("scores.json is a directory"); // the high-score screen says it
    assertThat(Files.readString(file.resolve("keep.txt"))).isEqualTo("mine");
    assertThat(names()).containsExactly("scores.json");
  }

  @Test
  void aTableThatCannotBeWrittenKeepsTheOldOneAndSaysWhy() throws IOException {
    Path file = dir.resolve("scores.json");
    Files.writeString(file, GOOD_TABLE);
    HighScoreStore.Storage readOnly = new HighScoreStore.Storage() {
      @Override
      public byte[] read(Path f, int limit) throws IOException {
        return HighScoreStore.Storage.FILES.read(f, limit);
      }

      @Override
      public void moveAside(Path f, Path aside) throws IOException {
        HighScoreStore.Storage.FILES.moveAside(f, aside);
      }

      @Override
      public void write(Path f, byte[] bytes) throws IOException {
        throw new java.nio.file.FileSystemException(f.toString(), null, "Read-only file system");
      }
    };

    Saved saved = store(file, readOnly).save(score(950));

    assertThat(saved).isEqualTo(new Saved.Failed("read-only file system",
        "high scores: could not save to " + file + ": read-only file system"));
    assertThat(Files.readString(file)).isEqualTo(GOOD_TABLE);
    assertThat(warnings).containsExactly(((Saved.Failed) saved).message());
  }

  @Test
  void aGameWithoutAPointIsNotWritten() {
    Path file = dir.resolve("scores.json");
    assertThat(new HighScoreStore(file, warnings::add).save(new HighScore(0, 0, 3, 0, Instant.EPOCH)))
        .isEqualTo(new Saved.NoPoints());
    assertThat(file).doesNotExist();
  }

  @Test
  void aLinkedTableStaysALink() throws IOException {
    Path real = Files.createDirectories(dir.resolve("synced")).resolve("scores.json");
    Files.writeString(real, GOOD_TABLE, StandardCharsets.UTF_8);
    Path link = dir.resolve("scores.json");
    Files.createSymbolicLink(link, real);

    assertThat(new HighScoreStore(link, warnings::add).save(score(1000))).isEqualTo(new Saved.Ranked(1));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(new HighScoreStore(real, warnings::add).load()).extracting(HighScore::score).containsExactly(1000, 900);
    assertThat(warnings).isEmpty();
  }
}
