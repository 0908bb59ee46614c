package dev.digitarcade.game.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.model.install.Installation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The very first launch on a machine: the packaged jar in a fresh JVM with an empty native cache
 * (JavaCPP unpacks TensorFlow's natives again, as on a new machine), headless and in an X window.
 * Before TensorFlow's library was loaded ahead of the GL driver this crashed every time (SIGSEGV
 * in Mesa's libLLVM during the model's warm-up). Each launch draws a recorded 7 and must read it.
 */
class FirstLaunchIT {
  private static final Path JAR = Path.of(System.getProperty("digitarcade.jar", "target/digit-arcade.jar"))
      .toAbsolutePath();

  /** A 7 drawn with the mouse; a replay runs in simulated time, which waits for the model. */
  private static final Path SEVEN = Installation.current().home()
      .resolve("engine/src/test/resources/recordings/seven.jsonl").toAbsolutePath();

  @TempDir
  Path tmp;

  @Test
  void headlessWithAnEmptyNativeCache() throws Exception {
    launch(List.of(), "--headless");
  }

  @Test
  void inAnXWindowWithAnEmptyNativeCache() throws Exception {
    assumeTrue(onPath("xvfb-run"), "xvfb-run is not installed (.ci/run installs it)");
    launch(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
  }

  private void launch(List<String> wrapper, String... extra) throws Exception {
    assertThat(JAR).isRegularFile();
    Path cache = Files.createDirectories(tmp.resolve("javacpp-cache"));
    Path work = Files.createDirectories(tmp.resolve("work"));
    Path events = tmp.resolve("events.jsonl");
    List<String> cmd = new ArrayList<>(wrapper);
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.bytedeco.javacpp.cachedir=" + cache, "-jar", JAR.toString(),
        "--mode", "free", "--replay", SEVEN.toString(), "--exit-after", "2", "--events", events.toString()));
    cmd.addAll(List.of(extra));
    Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("output.txt").toFile()).start();
    boolean ended = p.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly();
    }
    String output = Files.readString(tmp.resolve("output.txt"), StandardCharsets.UTF_8);
    try {
      assertThat(ended).as("the app ended within 5 minutes").isTrue();
      assertThat(p.exitValue()).as("exit code; output:%n%s", output).isZero();
      assertThat(output).as("stdout and stderr of a normal run (no TensorFlow or absl lines)").isEmpty();
      try (Stream<Path> files = Files.list(work)) {
        assertThat(files.map(f -> f.getFileName().toString())).as("files left in the working directory").isEmpty();
      }
      try (Stream<Path> unpacked = Files.walk(cache)) {
        assertThat(unpacked.count()).as("natives unpacked into the fresh cache").isGreaterThan(3);
      }
      ObjectMapper json = new ObjectMapper();
      List<JsonNode> lines = new ArrayList<>();
      for (String line : Files.readAllLines(events)) {
        lines.add(json.readTree(line));
      }
      assertThat(lines).anySatisfy(e -> {
        assertThat(e.path("type").asText()).isEqualTo("model");
        assertThat(e.path("loaded").asBoolean()).isTrue();
      });
      assertThat(lines).anySatisfy(e -> {
        assertThat(e.path("type").asText()).isEqualTo("prediction");
        assertThat(e.path("digit").asInt(-1)).isEqualTo(7);
      });
      assertThat(lines.get(lines.size() - 1).path("type").asText()).isEqualTo("exit");
    } finally {
      deleteTree(cache); // 650 MB of natives
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
