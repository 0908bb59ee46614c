package dev.digitarcade.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The clips in {@code assets/audio/}: all there, all decodable, small. */
class ShippedAudioTest {
  static final Path AUDIO = Path.of(System.getProperty("digitarcade.assets", "../assets"), "audio");
  static final long BUDGET = 2L * 1024 * 1024;

  static List<String> voiceClips() {
    List<String> names = new ArrayList<>();
    for (int d = 0; d <= 9; d++) {
      names.add("draw-" + d);
      names.add("digit-" + d);
      names.add("i-know-" + d);
    }
    names.addAll(List.of("i-see", "or", "not-a-number", "keep-going", "couldnt-guess", "times-up", "new-best"));
    return names;
  }

  @Test
  void everyVoiceClipIsThereAndDecodes() {
    for (String name : voiceClips()) {
      Pcm pcm = Wav.read(AUDIO.resolve("voice").resolve(name + ".wav"));
      assertThat(pcm.sampleRate()).as(name).isEqualTo(16_000);
      assertThat(pcm.channels()).as(name).isEqualTo(1);
      assertThat(pcm.seconds()).as(name).isBetween(0.15, 3.0);
      assertThat(pcm.rms()).as(name).isGreaterThan(0.05);
      // Leading silence was trimmed: the voice starts within 20 ms.
      assertThat(Signals.firstAbove(pcm.samples(), 0.01)).as(name).isLessThan(320);
    }
  }

  @Test
  void allClipsAndEffectsTogetherStayWithinTwoMegabytes() throws IOException {
    long total;
    try (Stream<Path> files = Files.walk(AUDIO)) {
      total = files.filter(p -> p.toString().endsWith(".wav")).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf("assets/audio: %d bytes of clips and effects (budget %d)%n", total, BUDGET);
    assertThat(total).isLessThanOrEqualTo(BUDGET);
  }

  @Test
  void theReadmeRecordsEveryClip() throws IOException {
    String readme = Files.readString(AUDIO.resolve("README.md"));
    assertThat(readme).contains("espeak-ng", "GPL-3.0-or-later", "EffectsTool");
    for (SoundEffects e : SoundEffects.values()) {
      assertThat(readme).contains(e.fileName());
    }
  }
}
