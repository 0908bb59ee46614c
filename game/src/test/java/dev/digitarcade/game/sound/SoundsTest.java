package dev.digitarcade.game.sound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.engine.audio.Audio;
import dev.digitarcade.engine.audio.SoundEffects;
import dev.digitarcade.game.rules.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The game's phrases through OpenAL Soft's loopback device, and without clips or a device. */
class SoundsTest {
  static final Path AUDIO = Path.of(System.getProperty("digitarcade.assets", "../assets"), "audio");
  static final int RATE = 48_000;

  private static double rms(short[] s) {
    double sum = 0;
    for (short v : s) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum / s.length) / 32768.0;
  }

  @Test
  void aPhraseIsHeardAndWritten() {
    List<String> said = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try (Sounds sounds = Sounds.withAudio(Audio.loopback(RATE, 1), AUDIO, said::add, warnings::add)) {
      assertThat(warnings).isEmpty();
      Phrase p = new Commentator().roundStarted(Target.digit(7));
      sounds.say(p);
      assertThat(said).containsExactly("Draw a 7!");
      assertThat(sounds.speaking()).isTrue();
      short[] out = new short[RATE / 2];
      sounds.audio().render(out);
      assertThat(rms(out)).isGreaterThan(0.02);
      sounds.play(SoundEffects.WIN);
      sounds.setMuted(true);
      sounds.audio().render(new short[1024]); // OpenAL fades the change in over a few samples
      sounds.audio().render(out);
      assertThat(rms(out)).isLessThan(0.001);
    }
  }

  @Test
  void mutedPhrasesAreStillWrittenAndAPhraseWithAMissingClipIsWrittenNotHeard(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("voice"));
    Files.copy(AUDIO.resolve("voice/or.wav"), dir.resolve("voice/or.wav"));
    List<String> said = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try (Sounds sounds = Sounds.withAudio(Audio.loopback(RATE, 1), dir, said::add, warnings::add)) {
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0)).startsWith("audio: ").contains("effects").contains("(and 4 more)");
      sounds.say(new Phrase("I see 3…", List.of("i-see", "digit-3")));
      assertThat(sounds.speaking()).isFalse();
      sounds.play(SoundEffects.TICK); // not there: nothing, no exception
      sounds.setMuted(true);
      sounds.say(new Phrase("or", List.of("or")));
      assertThat(said).containsExactly("I see 3…", "or");
    }
  }

  @Test
  void withoutADeviceEverythingWorksSilently() {
    List<String> said = new ArrayList<>();
    try (Sounds sounds = Sounds.silent(said::add)) {
      sounds.say(new Phrase("Keep going.", List.of("keep-going")));
      assertThat(sounds.speaking()).isFalse();
      assertThat(sounds.silent()).isTrue();
      assertThat(sounds.toggleMute()).isTrue();
      assertThat(said).containsExactly("Keep going.");
    }
  }

  @Test
  void noSoundCardAndNoServerIsNoDeviceUnlessOpenAlIsConfigured(@TempDir Path root) throws Exception {
    assertThat(SoundCheck.noDevice(Map.of(), "Linux", root, null)).contains("no sound card");
    assertThat(SoundCheck.noDevice(Map.of("ALSOFT_DRIVERS", "null"), "Linux", root, null)).isNull();
    assertThat(SoundCheck.noDevice(Map.of(), "Windows 11", root, null)).isNull();
    Files.createDirectories(root.resolve("proc/asound"));
    Files.writeString(root.resolve("proc/asound/cards"), "--- no soundcards ---\n");
    assertThat(SoundCheck.noDevice(Map.of(), "Linux", root, null)).isNotNull();
    Files.writeString(root.resolve("proc/asound/cards"), " 0 [PCH ]: HDA-Intel - HDA Intel PCH\n");
    assertThat(SoundCheck.noDevice(Map.of(), "Linux", root, null)).isNull();
  }
}
