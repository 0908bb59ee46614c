package dev.digitarcade.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAL Soft configured through the environment, as a user or CI would: each case runs {@link
 * AudioChild} in a JVM of its own with the variables set.
 */
class AudioProcessTest {
  @TempDir Path dir;

  record Run(int exit, List<String> out, List<String> err) {
    String value(String key) {
      return out.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
          .findFirst().orElse(null);
    }

    List<String> warnings() {
      return out.stream().filter(l -> l.startsWith("warning=")).toList();
    }
  }

  Run child(Map<String, String> env, String... args) throws IOException, InterruptedException {
    String classpath = System.getProperty("java.class.path");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classpath, AudioChild.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    pb.environment().remove("ALSOFT_DRIVERS");
    pb.environment().remove("ALSOFT_CONF");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child JVM did not finish within a minute");
    }
    List<String> out = Files.readAllLines(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    System.out.println("child " + env + " " + List.of(args) + ": " + out + (err.isEmpty() ? "" : " stderr " + err));
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void theNullBackendOpensPlaysABufferToCompletionAndCloses() throws Exception {
    Run run = child(Map.of("ALSOFT_DRIVERS", "null"), "play", "measure");
    assertThat(run.exit()).isZero();
    assertThat(run.warnings()).isEmpty();
    assertThat(run.value("silent")).isEqualTo("false");
    assertThat(run.value("speaking")).isEqualTo("true");
    assertThat(run.value("finished")).isEqualTo("true");
    assertThat(run.value("closed")).isEqualTo("true");
    assertThat(run.err()).isEmpty();
    System.out.println("null backend: open " + run.value("openMs") + " ms; render-thread cost in microseconds: say() "
        + run.value("sayUs") + "; effects.play() " + run.value("playUs") + "; process CPU % of a core: "
        + run.value("cpuPercent"));
  }

  @Test
  void noDeviceGivesSilenceWithExactlyOneWarningLineAndNothingElse() throws Exception {
    // No backend OpenAL Soft knows: as on a machine without any sound system.
    Run run = child(Map.of("ALSOFT_DRIVERS", "digit-arcade-no-such-backend"), "play");
    assertThat(run.exit()).isZero();
    assertThat(run.value("silent")).isEqualTo("true");
    assertThat(run.warnings()).containsExactly("warning=audio: no sound device could be opened; sound is off");
    assertThat(run.value("speaking")).isEqualTo("false");
    assertThat(run.value("finished")).isEqualTo("true");
    assertThat(run.value("closed")).isEqualTo("true");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theWaveBackendWritesWhatWasPlayedToAFile() throws Exception {
    Path wav = dir.resolve("played.wav");
    Path conf = dir.resolve("alsoft.conf");
    Files.writeString(conf, "[general]\ndrivers=wave\nsample-type=int16\nchannels=mono\nfrequency=22050\n"
        + "[wave]\nfile=" + wav + "\n");
    Run run = child(Map.of("ALSOFT_CONF", conf.toString()), "play");
    assertThat(run.exit()).isZero();
    assertThat(run.warnings()).isEmpty();
    assertThat(run.value("finished")).isEqualTo("true");
    Pcm written = Wav.read(wav);
    assertThat(written.sampleRate()).isEqualTo(22_050);
    assertThat(written.seconds()).isGreaterThanOrEqualTo(0.25);
    double rms = written.rms();
    System.out.printf("wave backend: %.2f s written, RMS %.3f%n", written.seconds(), rms);
    assertThat(rms).isGreaterThan(0.05);
    assertThat(Signals.amplitudeAt(written.samples(), 0, written.samples().length, 440, 22_050))
        .as("the 440 Hz tone that was played").isGreaterThan(0.1);
  }
}
