package dev.digitarcade.game.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void helpListsTheOptionsAndSucceeds() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--headless", "--replay", "--events", "predict", "bench");
  }

  @Test
  void anUnknownOptionIsOneLineAndExitCodeTwo() {
    assertThat(run("--frobnicate")).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n").contains("--frobnicate").contains("see --help");
  }

  @Test
  void badValuesAreNamed() {
    assertThat(run("--size", "huge")).isEqualTo(2);
    assertThat(err.toString()).contains("--size").contains("1120x720");
    assertThat(run("--mode", "arcade")).isEqualTo(2);
    assertThat(err.toString()).contains("--mode");
    assertThat(run("--rounds", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--rounds must be 1..100");
  }

  @Test
  void noDisplayAndNoHeadlessFlagSaysSoWithExitCodeTwo() {
    assumeTrue(System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null,
        "a display is available here");
    assertThat(run("--exit-after", "0.1", "--model", "/nonexistent")).isEqualTo(2);
    String e = err.toString().strip();
    assertThat(e).doesNotContain("\n").contains("--headless");
  }

  @Test
  void sizesParse() {
    assertThat(Main.parseSize("800x600")).containsExactly(800, 600);
    assertThat(Main.parseSize("100x600")).isNull();
    assertThat(Main.parseSize("800")).isNull();
  }

  @Test
  void eventsNamingTheReplayFileAreRefusedBeforeAnythingIsTouched(@TempDir Path tmp)
      throws Exception {
    Path rec = Files.writeString(tmp.resolve("rec.jsonl"), "{\"t\":0.1}\n");
    assertThat(run("--headless", "--replay", rec.toString(), "--events", rec.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--events would overwrite the --replay recording").doesNotContain("\n\n");
    assertThat(Files.readString(rec)).isEqualTo("{\"t\":0.1}\n");
  }

  @Test
  void anExitAfterBeyondADayIsRefused() {
    assertThat(run("--headless", "--exit-after", "1e308")).isEqualTo(2);
    assertThat(err.toString()).contains("--exit-after must be a number of seconds from 0 to 86400");
  }
}
