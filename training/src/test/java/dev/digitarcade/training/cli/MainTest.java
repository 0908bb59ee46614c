package dev.digitarcade.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.train.Checkpoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    PrintStream systemErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    Run t;
    try {
      System.setErr(new PrintStream(warnings, true));
      t = run("train", "--help");
    } finally {
      System.setErr(systemErr);
    }
    assertThat(warnings.toString()).as("picocli's warnings").isEmpty();
    assertThat(t.code()).isZero();
    assertThat(t.out()).contains("at least 99 % accurate").contains("--force").contains("--verbose");
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

  /** A quick run on tiny data: the smallest network, no augmentation. */
  private static final String[] QUICK = {"--epochs", "1", "--batch-size", "16", "--augment", "none",
      "--network", "3,4,4,4,8", "--threads", "1"};

  private static String[] args(String[] head, String... tail) {
    String[] a = new String[head.length + tail.length];
    System.arraycopy(head, 0, a, 0, head.length);
    System.arraycopy(tail, 0, a, head.length, tail.length);
    return a;
  }

  private static String[] train(String... rest) {
    return args(args(new String[] {"train"}, QUICK), rest);
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyNumericOptionIsRangeCheckedInOneLine() {
    String empty = tmp.toString();
    String[][] cases = {
        {"train", "--train-limit", "-5", "--data", empty}, {"train", "--train-limit", "0", "--data", empty},
        {"train", "--test-limit", "0", "--data", empty}, {"train", "--learning-rate", "0.9", "--data", empty},
        {"train", "--learning-rate", "NaN", "--data", empty}, {"train", "--epochs", "100000", "--data", empty},
        {"train", "--batch-size", "0", "--data", empty}, {"train", "--threads", "0", "--data", empty},
        {"train", "--network", "5,32,64,96,99999", "--data", empty}, {"train", "--network", "5,32", "--data", empty},
        {"evaluate", "--threads", "-1", "--data", empty}, {"bench", "--iterations", "0", "--data", empty},
        {"bench", "--threads", "0", "--data", empty}};
    for (String[] c : cases) {
      Run r = run(c);
      assertThat(r.code()).as(String.join(" ", c)).isEqualTo(Main.USAGE);
      assertThat(r.err().strip()).as(String.join(" ", c)).contains(c[1]).contains("expected").doesNotContain("\n");
    }
  }

  @Test
  void anOutDirectoryHoldingOtherFilesIsRefusedBeforeTrainingAndKeepsThem() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Path mine = Files.createDirectories(tmp.resolve("mine").resolve("sub"));
    Files.writeString(mine.resolve("data.csv"), "1,2");
    Files.writeString(tmp.resolve("mine").resolve("notes.txt"), "notes");
    Run r = run(train("--data", data.toString(), "--out", tmp.resolve("mine").toString(),
        "--checkpoint", tmp.resolve("c.bin").toString()));
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip()).contains("refusing to export the model to").contains("notes.txt")
        .doesNotContain("\n");
    assertThat(r.out()).doesNotContain("epoch");
    assertThat(tmp.resolve("mine").resolve("notes.txt")).hasContent("notes");
    assertThat(mine.resolve("data.csv")).hasContent("1,2");
    assertThat(names(tmp)).containsExactly("data", "mine");
    Path file = Files.writeString(tmp.resolve("file"), "x");
    Run under = run(train("--data", data.toString(), "--out", file.resolve("model").toString()));
    assertThat(under.code()).isEqualTo(Main.USAGE);
    assertThat(under.err()).contains(file + " is a file");
  }

  @Test
  void emptyTrainingOrTestSetsAreNamedAndNothingIsExported() throws Exception {
    Path noTrain = MnistFixture.write(tmp.resolve("no-train"), 0, 20);
    Run r = run(train("--data", noTrain.toString(), "--out", tmp.resolve("m").toString(),
        "--checkpoint", tmp.resolve("c.bin").toString()));
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).contains("the training set is empty").doesNotContain("batch size")
        .doesNotContain("\n");
    Path noTest = MnistFixture.write(tmp.resolve("no-test"), 64, 0);
    Run t = run(train("--data", noTest.toString(), "--out", tmp.resolve("m").toString(),
        "--checkpoint", tmp.resolve("c.bin").toString()));
    assertThat(t.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(t.err().strip()).contains("the test set is empty").doesNotContain("\n");
    assertThat(tmp.resolve("m")).doesNotExist();
    Run e = run("evaluate", "--data", noTest.toString(), "--model", tmp.resolve("m").toString());
    assertThat(e.code()).isEqualTo(Main.BAD_INPUT);
    Path small = MnistFixture.write(tmp.resolve("small"), 10, 5);
    Run b = run("train", "--data", small.toString(), "--out", tmp.resolve("m").toString(), "--batch-size", "128",
        "--augment", "none");
    assertThat(b.code()).isEqualTo(Main.USAGE);
    assertThat(b.err().strip()).contains("--batch-size 128 is more than the 10 training images");
  }

  @Test
  void badDataAndCheckpointPathsAreOneLine() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Run r = run(train("--data", file.toString(), "--out", tmp.resolve("m").toString()));
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).contains(file + " is a file").doesNotContain("\n");
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Path dir = Files.createDirectories(tmp.resolve("cp-dir"));
    Run c = run(train("--data", data.toString(), "--out", tmp.resolve("m").toString(), "--checkpoint",
        dir.toString()));
    assertThat(c.code()).isEqualTo(Main.USAGE);
    assertThat(c.err().strip()).contains("--checkpoint " + dir + " is a directory");
    Run gz = run("evaluate", "--data", tmp.resolve("cp-dir").toString());
    assertThat(gz.code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void anUnreadableDataDirectoryIsNamed() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(data), "permissions are not enforced (root)");
      Run r = run(train("--data", data.toString(), "--out", tmp.resolve("m").toString()));
      assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err().strip()).contains(data + " cannot be read (permission denied)");
    } finally {
      Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aWorseModelDoesNotReplaceTheShippedOneUnlessForcedAndADamagedCheckpointIsRefused() throws Exception {
    Path mnist = MnistFetcher.standard().ensure();
    // A copy of the shipped model (its card gives its accuracy), as --out's default would be.
    Path shipped = Installation.current().resolve(ModelContract.SHIPPED_MODEL);
    Path model = Files.createDirectories(tmp.resolve("out").resolve("model"));
    try (Stream<Path> s = Files.list(shipped)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Files.copy(p, model.resolve(p.getFileName().toString()));
      }
    }
    byte[] before = Files.readAllBytes(model.resolve("saved_model.pb"));
    Path cp = tmp.resolve("run.ckpt");
    String[] quick = {"train", "--data", mnist.toString(), "--out", model.toString(), "--checkpoint", cp.toString(),
        "--train-limit", "256", "--test-limit", "300", "--epochs", "1", "--batch-size", "64", "--augment", "none"};
    Run r = run(quick);
    assertThat(r.code()).as(r.err()).isEqualTo(Main.REFUSED);
    String refusal = r.err().lines().filter(l -> l.startsWith("digit-trainer:")).reduce("", (a, b) -> a + b + "\n");
    assertThat(refusal.lines().toList()).singleElement().asString()
        .contains("not replacing the model in " + model).containsPattern("existing model 99\\.\\d\\d % on its card")
        .contains("--force");
    Matcher cardFigure = Pattern.compile("existing model (\\S+ %)").matcher(refusal);
    assertThat(cardFigure.find()).isTrue();
    assertThat(Files.readAllBytes(model.resolve("saved_model.pb"))).isEqualTo(before);
    assertThat(names(tmp.resolve("out"))).containsExactly("model");

    // A flipped byte in the finished run's checkpoint: refused, not resumed.
    byte[] good = Files.readAllBytes(cp);
    byte[] bad = good.clone();
    bad[bad.length / 2] ^= 0x01;
    Files.write(cp, bad);
    Run damaged = run(args(quick, "--resume", "--force"));
    assertThat(damaged.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(damaged.err().strip()).contains("checkpoint " + cp + " is damaged").doesNotContain("\n");
    assertThat(Files.readAllBytes(model.resolve("saved_model.pb"))).isEqualTo(before);

    // --resume --force exports the finished run without training again.
    Files.write(cp, good);
    Run forced = run(args(quick, "--resume", "--force"));
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(forced.out()).contains("resuming after epoch 1 of 1").contains("model written to " + model);
    assertThat(Files.readString(model.resolve("MODEL.md"))).contains("(" + Checkpoint.read(cp).epochsDone())
        .doesNotContain(cardFigure.group(1));
    assertThat(Files.readAllBytes(model.resolve("saved_model.pb"))).isNotEqualTo(before);
    assertThat(names(tmp.resolve("out"))).containsExactly("model");
  }

  @Test
  void defaultCheckpointsAreKeyedByTheOptionsThatChangeTheWeights() {
    var base = new dev.digitarcade.training.train.TrainConfig(tmp.resolve("a"), tmp.resolve("c"), 3, 64, 1L, 2, false,
        dev.digitarcade.training.data.AugmentConfig.NONE, dev.digitarcade.training.model.NetworkSpec.DEFAULT, 0.002f,
        0.75f, 0, 0);
    var otherOut = new dev.digitarcade.training.train.TrainConfig(tmp.resolve("b"), tmp.resolve("d"), 3, 64, 1L, 1,
        true, dev.digitarcade.training.data.AugmentConfig.NONE, dev.digitarcade.training.model.NetworkSpec.DEFAULT,
        0.002f, 0.75f, 0, 500);
    var otherSeed = new dev.digitarcade.training.train.TrainConfig(tmp.resolve("a"), tmp.resolve("c"), 3, 64, 2L, 2,
        false, dev.digitarcade.training.data.AugmentConfig.NONE, dev.digitarcade.training.model.NetworkSpec.DEFAULT,
        0.002f, 0.75f, 0, 0);
    assertThat(base.checkpointName("npm")).matches("train-[0-9a-f]{16}\\.bin")
        .isEqualTo(otherOut.checkpointName("npm")).isNotEqualTo(otherSeed.checkpointName("npm"))
        .isNotEqualTo(base.checkpointName("dir:/elsewhere"));
  }

  // ---- in a child JVM: what a user's shell sees (native stderr, working directory, environment)

  private record Child(int code, String out, String err) {}

  private Child child(Path cwd, Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Path o = Files.createTempFile(tmp, "out", ".txt");
    Path e = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(o.toFile())
        .redirectError(e.toFile());
    pb.environment().remove("TF_CPP_MIN_LOG_LEVEL");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("digit-trainer did not finish");
    }
    String out = Files.readString(o);
    String err = Files.readString(e);
    Files.delete(o);
    Files.delete(e);
    return new Child(p.exitValue(), out, err);
  }

  @Test
  void outDotInADirectoryWithFilesDeletesNothing() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(work.resolve("notes.txt"), "my notes");
    Child c = child(work, Map.of(), train("--data", data.toString(), "--out", ".", "--checkpoint",
        tmp.resolve("c.bin").toString()));
    assertThat(c.code()).isEqualTo(Main.USAGE);
    assertThat(c.err().strip()).contains("working directory").doesNotContain("\n");
    assertThat(names(work)).containsExactly("notes.txt");
    assertThat(work.resolve("notes.txt")).hasContent("my notes");
  }

  @Test
  void tensorFlowPrintsNothingUnlessVerboseAndEachOptionSetKeepsItsCheckpoint() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Path cache = tmp.resolve("cache");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
    Child a = child(tmp, env, train("--data", data.toString(), "--out", tmp.resolve("a").toString()));
    assertThat(a.code()).as(a.err()).isZero();
    // stderr holds the progress lines only: no TensorFlow or absl line
    assertThat(a.err().lines().filter(l -> !l.startsWith("epoch ")).toList()).isEmpty();
    Path dir = cache.resolve("digit-arcade").resolve("checkpoints");
    List<String> first = names(dir);
    assertThat(first).singleElement().asString().matches("train-[0-9a-f]{16}\\.bin");
    byte[] kept = Files.readAllBytes(dir.resolve(first.get(0)));

    // A quick experiment with other options gets its own checkpoint; the first run's resume point stays.
    Child b = child(tmp, env, args(train("--data", data.toString(), "--out", tmp.resolve("b").toString()),
        "--seed", "2", "--verbose"));
    assertThat(b.code()).as(b.err()).isZero();
    assertThat(names(dir)).hasSize(2).contains(first.get(0));
    assertThat(Files.readAllBytes(dir.resolve(first.get(0)))).isEqualTo(kept);
    // --verbose shows what the default hides (so the check above can fail)
    assertThat(b.err()).contains("I0000");

    Child e = child(tmp, env, "evaluate", "--data", data.toString(), "--model", tmp.resolve("a").toString());
    assertThat(e.code()).as(e.err()).isZero();
    assertThat(e.err()).isEmpty();
    assertThat(e.out()).contains("test accuracy");
  }
}
