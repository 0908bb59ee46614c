package dev.digitarcade.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsCommandsAndExitsZero() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("train").contains("evaluate").contains("Exit codes");
    Run t = run("train", "--help");
    assertThat(t.code()).isZero();
    assertThat(t.out()).contains("--data").contains("--out").contains("--epochs").contains("--batch-size")
        .contains("--seed").contains("--threads").contains("--resume");
  }

  @Test
  void badOptionIsOneLineAndExitCodeTwo() {
    Run r = run("train", "--epochz", "3");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip()).contains("--epochz").doesNotContain("\n");
    Run bad = run("train", "--epochs", "zero");
    assertThat(bad.code()).isEqualTo(Main.USAGE);
    assertThat(bad.err().strip()).contains("--epochs").doesNotContain("\n");
    Run range = run("train", "--epochs", "0", "--data", tmp.toString());
    assertThat(range.code()).isEqualTo(Main.USAGE);
    assertThat(range.err().strip()).contains("--epochs 0").doesNotContain("\n");
    Run none = run();
    assertThat(none.code()).isEqualTo(Main.USAGE);
    assertThat(none.err().strip()).contains("missing command").doesNotContain("\n");
  }

  @Test
  void missingDataDirectoryIsOneLineAndExitCodeThree() {
    Path missing = tmp.resolve("no-such-dir");
    Run r = run("train", "--data", missing.toString(), "--out", tmp.resolve("m").toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).contains(missing.toString()).contains("does not exist").doesNotContain("\n");
    Run e = run("evaluate", "--data", missing.toString());
    assertThat(e.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(e.err().strip()).contains(missing.toString()).doesNotContain("\n");
  }

  @Test
  void emptyDataDirectoryNamesTheMissingFile() throws Exception {
    Run r = run("train", "--data", tmp.toString(), "--out", tmp.resolve("m").toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).contains("train-images-idx3-ubyte").doesNotContain("\n");
  }

  @Test
  void missingModelIsOneLineAndExitCodeThree() throws Exception {
    Path missing = tmp.resolve("nomodel");
    Files.createDirectories(tmp.resolve("data"));
    Run r = run("evaluate", "--model", missing.toString(), "--data", tmp.resolve("data").toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).contains(missing.toString()).doesNotContain("\n");
  }

  @Test
  void badAugmentationSpecIsAUsageError() {
    Run r = run("train", "--augment", "rotate=abc", "--data", tmp.toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip()).contains("rotate").doesNotContain("\n");
  }
}
