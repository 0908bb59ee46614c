package dev.digitarcade.game.settings;

import static org.assertj.core.api.Assertions.assertThat;

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

class SettingsStoreTest {
  @TempDir
  Path dir;

  private final List<String> warnings = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T18:00:00Z"), ZoneOffset.UTC);

  private SettingsStore store(Path file) {
    return new SettingsStore(file, false, warnings::add, clock);
  }

  @Test
  void noFileGivesTheDefaultsAndWritesNothing() {
    assertThat(store(dir.resolve("settings.json")).load()).isEqualTo(Settings.DEFAULTS);
    assertThat(dir).isEmptyDirectory();
    assertThat(warnings).isEmpty();
  }

  @Test
  void whatIsSavedIsLoadedBackAndNoTemporaryIsLeft() throws Exception {
    Path file = dir.resolve("settings.json");
    Settings s = Settings.DEFAULTS.withRounds(3).withRoundSeconds(45).withDifficulty(Difficulty.HARD).withBrush(20)
        .withSoundVolume(0.3f).withVoiceVolume(0.6f).withMuted(true).withKeepDrawings(true).withBiggerText(true)
        .withPlayerName("  Ada\u0007 Lovelace  ");
    assertThat(s.playerName()).isEqualTo("Ada Lovelace");
    assertThat(store(file).save(s)).isEmpty();
    assertThat(store(file).load()).isEqualTo(s);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("settings.json");
    }
  }

  @Test
  void theAppsOwnDirectoryIsMadeOnTheFirstSaveAnyOtherMustExist() {
    Path own = dir.resolve("data/digit-arcade/settings.json");
    assertThat(new SettingsStore(own, true, warnings::add).save(Settings.DEFAULTS)).isEmpty();
    assertThat(own).isRegularFile();
    Path other = dir.resolve("missing/settings.json");
    assertThat(new SettingsStore(other, false, warnings::add).save(Settings.DEFAULTS)).hasValueSatisfying(
        m -> assertThat(m).contains(other.toString()));
  }

  @Test
  void aDamagedFileIsSetAsideWithOneWarningAndTheDefaultsAreUsed() throws Exception {
    for (String damaged : List.of("{not json", "{\"version\":1,\"rounds\":\"ten\"}", "{\"version\":1,\"rounds\":500}",
        "{\"version\":7}", "[]", "{\"version\":1,\"difficulty\":\"insane\"}")) {
      Path file = dir.resolve("settings.json");
      Files.writeString(file, damaged);
      warnings.clear();
      assertThat(store(file).load()).as(damaged).isEqualTo(Settings.DEFAULTS);
      assertThat(warnings).as(damaged).hasSize(1);
      assertThat(warnings.get(0)).contains("settings.json.damaged-20261201T180000Z");
      assertThat(file).doesNotExist();
      Path aside = dir.resolve(warnings.get(0).replaceAll(".*moved it to (\\S+) .*", "$1"));
      assertThat(aside).hasContent(damaged);
      Files.delete(aside);
    }
  }

  @Test
  void aSecondDamagedFileDoesNotReplaceTheFirstOneSetAside() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "first");
    store(file).load();
    Files.writeString(file, "second");
    store(file).load();
    assertThat(dir.resolve("settings.json.damaged-20261201T180000Z")).hasContent("first");
    assertThat(dir.resolve("settings.json.damaged-20261201T180000Z-2")).hasContent("second");
  }

  @Test
  void anOlderFileWithoutSomeFieldsKeepsWhatItHasAndDefaultsTheRest() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "{\"version\":1,\"rounds\":4}");
    assertThat(store(file).load()).isEqualTo(Settings.DEFAULTS.withRounds(4));
    assertThat(warnings).isEmpty();
  }

  @Test
  void aDirectoryInThePlaceOfTheFileIsLeftAloneAndNotSavedOver() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.createDirectory(file);
    SettingsStore store = store(file);
    assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
    assertThat(warnings).hasSize(1);
    assertThat(store.save(Settings.DEFAULTS.withRounds(2))).isPresent();
    assertThat(file).isDirectory();
  }
}
