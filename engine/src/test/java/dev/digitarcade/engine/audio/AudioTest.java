package dev.digitarcade.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The silent fallback, in process. */
class AudioTest {
  @TempDir Path dir;

  @Test
  void aDeviceThatCannotBeOpenedGivesSilenceAndExactlyOneWarning() {
    List<String> warnings = new ArrayList<>();
    try (Audio audio = Audio.open("digit-arcade: no such device", warnings::add)) {
      assertThat(audio.isSilent()).isTrue();
      assertThat(warnings).containsExactly(
          "audio: the sound device \"digit-arcade: no such device\" could not be opened; sound is off");
      assertThat(audio.warning()).contains(warnings.get(0));
      Clip clip = audio.clip("tone", Signals.tone(16_000, 440, 0.2, 0.5));
      audio.voice().say(clip);
      audio.effects().play(clip);
      audio.toggleMute();
      audio.setMasterVolume(0.3f);
      assertThat(audio.voice().isSpeaking()).isFalse();
      assertThat(audio.effects().isPlaying()).isFalse();
    }
    assertThat(warnings).hasSize(1);
  }

  @Test
  void anyFailureOfTheLibraryGivesSilenceWithOneSingleLineWarning() {
    List<Throwable> failures = List.of(
        new UnsatisfiedLinkError("no openal in java.library.path\nsecond line"),
        new NoClassDefFoundError("org/lwjgl/openal/ALC"),
        new IllegalStateException("anything"));
    for (Throwable failure : failures) {
      List<String> warnings = new ArrayList<>();
      try (Audio audio = Audio.openWith(() -> {
        if (failure instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) failure;
      }, warnings::add)) {
        assertThat(audio.isSilent()).isTrue();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("audio: OpenAL failed (" + failure.getClass().getSimpleName())
            .endsWith("; sound is off").doesNotContain("\n");
      }
    }
  }

  @Test
  void silentAudioStillChecksItsClips() throws Exception {
    Path bad = dir.resolve("bad.wav");
    Files.write(bad, new byte[] {'R', 'I', 'F', 'F', 1, 2, 3});
    try (Audio audio = Audio.silent()) {
      assertThat(audio.warning()).isEmpty();
      assertThatThrownBy(() -> audio.load(bad)).isInstanceOf(ClipException.class)
          .hasMessageStartingWith("bad sound file " + bad + ": ");
      Path good = dir.resolve("good.wav");
      Wav.write(good, Signals.tone(16_000, 440, 0.25, 0.5));
      Clip clip = audio.load(good);
      assertThat(clip.name()).isEqualTo(good.toString());
      assertThat(clip.seconds()).isEqualTo(0.25);
      assertThat(clip.frames()).isEqualTo(4000);
      audio.voice().say(clip, clip);
      assertThatThrownBy(() -> audio.voice().say(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void volumeAndMuteAreRememberedWhenSilent() {
    try (Audio audio = Audio.silent()) {
      assertThat(audio.isMuted()).isFalse();
      assertThat(audio.toggleMute()).isTrue();
      assertThat(audio.isMuted()).isTrue();
      audio.voice().setVolume(-1f);
      audio.effects().setVolume(0.4f);
      assertThat(audio.voice().volume()).isZero();
      assertThat(audio.effects().volume()).isEqualTo(0.4f);
    }
  }
}
