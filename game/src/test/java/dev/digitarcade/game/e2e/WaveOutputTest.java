package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.engine.audio.Pcm;
import dev.digitarcade.engine.audio.Wav;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless, real-time challenge with OpenAL Soft configured ({@code ALSOFT_CONF}) to use its
 * {@code wave} backend: what the game plays is written to a WAV file, which must hold the round's
 * prompt and its effect, not silence. The app runs in a JVM of its own, so OpenAL Soft reads the
 * environment afresh, and is ended by a signal once it has spoken.
 */
class WaveOutputTest {
  @TempDir
  Path tmp;

  @Test
  void theGameIsHeardInTheWaveFile() throws Exception {
    Path wav = tmp.resolve("heard.wav");
    Path conf = tmp.resolve("alsoft.conf");
    Files.writeString(conf, "[general]\ndrivers=wave\nsample-type=int16\nchannels=mono\nfrequency=22050\n"
        + "[wave]\nfile=" + wav + "\n");
    Path events = tmp.resolve("events.jsonl");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.digitarcade.game.app.Main",
        "--headless", "--real-time", "--mode", "challenge", "--seed", "5", "--rounds", "1", "--round-seconds", "3",
        "--exit-after", "300", "--model", AppDriver.MODEL.toString(), "--events", events.toString(),
        "--scores", tmp.resolve("scores.json").toString(), "--settings", tmp.resolve("settings.json").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile());
    pb.environment().remove("ALSOFT_DRIVERS");
    pb.environment().put("ALSOFT_CONF", conf.toString());
    Process p = pb.start();
    // The model may take seconds to load on a busy machine: wait for the first phrase, let it
    // play, then end the run as a user would (SIGTERM: the app closes everything, the event stream ends with its exit event).
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && p.isAlive()
        && !(Files.exists(events) && Files.readString(events).contains("\"type\":\"say\""))) {
      Thread.sleep(100);
    }
    Thread.sleep(2500);
    p.destroy();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the app finished").isTrue();
    String log = Files.readString(tmp.resolve("log"));
    assertThat(log).as("no audio warning").doesNotContain("audio:");

    List<JsonNode> all = new AppDriver(tmp).events(events);
    assertThat(all.get(all.size() - 1).path("reason").asText()).as(log).isEqualTo("signal");
    assertThat(AppDriver.ofType(all, "say")).isNotEmpty();
    Pcm heard = Wav.read(wav);
    System.out.printf("wave backend: %.2f s written, RMS %.4f, say events %s%n", heard.seconds(), heard.rms(),
        AppDriver.ofType(all, "say").stream().map(e -> e.path("text").asText()).toList());
    assertThat(heard.sampleRate()).isEqualTo(22_050);
    assertThat(heard.seconds()).isGreaterThan(1);
    assertThat(heard.rms()).as("not silent").isGreaterThan(0.01);
  }
}
