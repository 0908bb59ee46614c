package dev.digitarcade.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundEffectsTest {
  static final Path EFFECTS = Path.of(System.getProperty("digitarcade.assets", "../assets"), "audio", "effects");

  @TempDir Path dir;

  @Test
  void theShippedEffectsAreExactlyWhatTheGeneratorWrites() throws IOException {
    for (SoundEffects e : SoundEffects.values()) {
      assertThat(Files.readAllBytes(EFFECTS.resolve(e.fileName()))).as(e.fileName())
          .isEqualTo(Wav.encode(e.render()));
    }
  }

  @Test
  void effectsAreShortAndAudibleAndStartAtOnce() {
    for (SoundEffects e : SoundEffects.values()) {
      Pcm pcm = e.render();
      assertThat(pcm.seconds()).as(e.name()).isBetween(0.03, 1.0);
      assertThat(pcm.rms()).as(e.name()).isGreaterThan(0.1);
      assertThat(Signals.firstAbove(pcm.samples(), 0.01)).as(e.name()).isLessThan(SoundEffects.SAMPLE_RATE / 200);
      assertThat(Signals.peak(pcm.samples())).as(e.name()).isLessThan(32_000);
    }
  }

  @Test
  void synthNotesFollowTheirFrequencyAndEndWithoutAClick() {
    Pcm pcm = Synth.render(22_050, List.of(Synth.Note.of(1000, 0.5, Synth.Wave.SQUARE, 0.5)));
    assertThat(pcm.frames()).isEqualTo(11_025);
    assertThat(Signals.amplitudeAt(pcm.samples(), 1000, 10_000, 1000, 22_050)).isGreaterThan(0.5);
    assertThat(Signals.amplitudeAt(pcm.samples(), 1000, 10_000, 3000, 22_050)).isBetween(0.1, 0.3); // 1/3 harmonic
    assertThat(Math.abs(pcm.samples()[pcm.frames() - 1])).isLessThan(200);
    assertThat(Math.abs(pcm.samples()[0])).isLessThan(200);
  }

  @Test
  void toolWritesChecksAndNeverReplacesAFileItDidNotWriteUnlessForced() throws IOException {
    assertThat(run(dir.toString(), "--check")).isEqualTo(1);
    assertThat(run(dir.toString())).isZero();
    assertThat(run(dir.toString(), "--check")).isZero();
    Path tick = dir.resolve("tick.wav");
    Files.writeString(tick, "mine");
    assertThat(run(dir.toString())).isEqualTo(1);
    assertThat(Files.readString(tick)).isEqualTo("mine");
    assertThat(run(dir.toString(), "--force")).isZero();
    assertThat(Files.readAllBytes(tick)).isEqualTo(Wav.encode(SoundEffects.TICK.render()));
    assertThat(run()).isEqualTo(2);
    assertThat(run(dir.resolve("none").toString())).isEqualTo(2);
  }

  @Test
  void theShippedDirectoryPassesTheToolsCheck() {
    assertThat(run(EFFECTS.toString(), "--check")).isZero();
  }

  private static int run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
    return EffectsTool.run(args, ps, ps);
  }
}
