package dev.digitarcade.game.settings.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.settings.Difficulty;
import dev.digitarcade.game.settings.Settings;
import org.junit.jupiter.api.Test;

/** Each row steps within its range and says what it holds. */
class SettingsScreenTest {
  private static Settings step(Settings s, SettingsScreen.Row r, int dir, int times) {
    for (int i = 0; i < times; i++) {
      s = SettingsScreen.step(s, r, dir);
    }
    return s;
  }

  @Test
  void rowsStepWithinTheirRanges() {
    Settings d = Settings.DEFAULTS;
    assertThat(step(d, SettingsScreen.Row.ROUND_TIME, 1, 100).roundSeconds()).isEqualTo(Settings.MAX_SECONDS);
    assertThat(step(d, SettingsScreen.Row.ROUND_TIME, -1, 100).roundSeconds()).isEqualTo(Settings.MIN_SECONDS);
    assertThat(step(d, SettingsScreen.Row.ROUNDS, -1, 50).rounds()).isEqualTo(1);
    assertThat(step(d, SettingsScreen.Row.ROUNDS, 1, 50).rounds()).isEqualTo(Settings.MAX_ROUNDS);
    assertThat(step(d, SettingsScreen.Row.DIFFICULTY, 1, 5).difficulty()).isEqualTo(Difficulty.HARD);
    assertThat(step(d, SettingsScreen.Row.DIFFICULTY, -1, 5).difficulty()).isEqualTo(Difficulty.EASY);
    assertThat(step(d, SettingsScreen.Row.SOUND, -1, 20).soundVolume()).isZero();
    assertThat(step(d, SettingsScreen.Row.VOICE, 1, 3).voiceVolume()).isEqualTo(1f);
    assertThat(step(d, SettingsScreen.Row.BRUSH, 1, 100).brush()).isEqualTo(Settings.MAX_BRUSH);
    assertThat(step(d, SettingsScreen.Row.MUTE, 1, 1).muted()).isTrue();
    assertThat(step(d, SettingsScreen.Row.BIGGER, -1, 2).biggerText()).isFalse();
  }

  @Test
  void valuesReadAsThePlayerThinksOfThem() {
    Settings d = Settings.DEFAULTS;
    assertThat(SettingsScreen.value(d, SettingsScreen.Row.ROUND_TIME)).isEqualTo("20 s");
    assertThat(SettingsScreen.value(d, SettingsScreen.Row.DIFFICULTY)).isEqualTo("Normal (85 % sure)");
    assertThat(SettingsScreen.value(d, SettingsScreen.Row.BRUSH)).isEqualTo("24 px");
    assertThat(SettingsScreen.value(d.withSoundVolume(0.3f), SettingsScreen.Row.SOUND)).isEqualTo("30 %");
    assertThat(SettingsScreen.value(d, SettingsScreen.Row.KEEP)).isEqualTo("yes");
  }
}
