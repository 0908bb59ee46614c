package dev.digitarcade.game.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.model.install.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C, SIGTERM and SIGHUP, sent for real to the game in a child JVM while it records: the
 * recording is put in place with everything captured, and the event stream ends with an exit
 * event whose reason is "signal".
 *
 * <p>The game is started as from a terminal, with every signal's default action: a process
 * started in the background by a shell script, or under {@code nohup}, inherits SIGINT and SIGHUP
 * ignored, and the JVM (rightly) leaves them ignored, so the test would depend on how it was run.
 */
class SignalShutdownTest {

  @TempDir
  Path tmp;

  private static final Path ROOT = Installation.current().home();
  private static final Path MODEL = ROOT.resolve("assets/model");
  private static final Path SEVEN = ROOT.resolve("engine/src/test/resources/recordings/seven.jsonl");

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT", "HUP"})
  void aSignalWhileRecordingLeavesACompleteRecordingAndAnExitEvent(String signal) throws Exception {
    Path rec = tmp.resolve("out.jsonl");
    Path ev = tmp.resolve("events.jsonl");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(asFromATerminal(signal));
    cmd.addAll(List.of(java, "-Ddigitarcade.root=" + ROOT, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--headless", "--mode", "free", "--model", MODEL.toString(), "--replay", SEVEN.toString(),
        "--record", rec.toString(), "--real-time", "--events", ev.toString(),
        "--scores", tmp.resolve("scores.json").toString()));
    Process p = new ProcessBuilder(cmd)
        .redirectErrorStream(true).redirectOutput(tmp.resolve("app.log").toFile()).start();
    try {
      int expected = new InputRecording().read(SEVEN).events().size();
      // Once every replayed event is recorded (header + one line each) the app runs on until stopped.
      awaitLines(p, expected + 1);
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
      assertThat(kill.waitFor()).isZero();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the app stopped").isTrue();
    } finally {
      p.destroyForcibly();
    }
    String log = Files.readString(tmp.resolve("app.log"));
    assertThat(log).doesNotContain("Exception").doesNotContain("\tat ");

    InputRecording fmt = new InputRecording();
    assertThat(fmt.read(rec).events()).isEqualTo(fmt.read(SEVEN).events());
    assertThat(fmt.read(rec).width()).isEqualTo(1120);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    List<String> lines = Files.readAllLines(ev);
    JsonNode last = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(last.path("type").asText()).isEqualTo("exit");
    assertThat(last.path("reason").asText()).isEqualTo("signal");
    assertThat(last.path("frames").asLong()).isPositive();
  }

  /**
   * The command prefix that starts the game with {@code signal}'s default action (GNU env's
   * {@code --default-signal}); where there is no such env, nothing, and the test is skipped when
   * this process ignores the signal (its children would too).
   */
  private static List<String> asFromATerminal(String signal) throws IOException, InterruptedException {
    Path env = Path.of("/usr/bin/env");
    if (Files.isExecutable(env)) {
      Process probe = new ProcessBuilder(env.toString(), "--default-signal=" + signal, "true").start();
      if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) {
        return List.of(env.toString(), "--default-signal=" + signal);
      }
    }
    Assumptions.assumeFalse(ignoredHere(signal), "SIG" + signal + " is ignored by this process and so by its children");
    return List.of();
  }

  /** Whether this process ignores {@code signal} (Linux: the SigIgn mask in /proc/self/status). */
  private static boolean ignoredHere(String signal) throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    int number = switch (signal) {
      case "HUP" -> 1;
      case "INT" -> 2;
      case "TERM" -> 15;
      default -> throw new IllegalArgumentException(signal);
    };
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).strip(), 16) >>> (number - 1) & 1L) != 0;
      }
    }
    return false;
  }

  /** Waits until the hidden recording in progress holds {@code n} whole lines (or the app dies). */
  private void awaitLines(Process p, int n) throws IOException, InterruptedException {
    for (int i = 0; i < 1200; i++) {
      assertThat(p.isAlive()).as(() -> "the app ended early: " + log()).isTrue();
      Optional<Path> temp;
      try (Stream<Path> s = Files.list(tmp)) {
        temp = s.filter(f -> f.getFileName().toString().startsWith(".out.jsonl")).findFirst();
      }
      if (temp.isPresent()) {
        String text = Files.readString(temp.get());
        if (text.endsWith("\n") && text.lines().count() >= n) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the recording in progress never held " + n + " lines: " + log());
  }

  private String log() {
    try {
      return Files.readString(tmp.resolve("app.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
