package dev.digitarcade.model.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TensorFlow's logging as a user sees it: stderr of a fresh JVM (the state is per process). */
class TensorFlowStartupTest {

  @TempDir Path tmp;

  private record Child(int code, String out, String err) {}

  private Child run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), QuietStartMain.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out").toFile())
        .redirectError(tmp.resolve("err").toFile());
    pb.environment().remove("TF_CPP_MIN_LOG_LEVEL");
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("child JVM did not finish");
    }
    return new Child(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
  }

  @Test
  void aQuietStartPrintsNoTensorFlowLinesAndKeepsStderrForEverythingElse() throws Exception {
    assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"), "Linux only");
    Child quiet = run();
    assertThat(quiet.code()).isZero();
    assertThat(quiet.out()).contains("ran 1");
    // Only the program's own line: no absl banner, no "I0000 ..." line, no TensorFlow INFO line.
    assertThat(quiet.err().strip()).isEqualTo("own line");

    // What the quiet start hides is really there without it (so the check above can fail).
    Child verbose = run("--verbose");
    assertThat(verbose.code()).isZero();
    assertThat(verbose.err()).contains("absl::InitializeLog").contains("I0000").contains("own line");
  }
}
