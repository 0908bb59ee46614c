package dev.digitarcade.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.training.insight.EventFiles;
import dev.digitarcade.training.train.Checkpoint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.proto.Event;

/**
 * {@code train --extra}: a tiny real run that mixes a player's exported drawings in; bad extras.
 * {@code train --logdir}: TensorBoard events that parse, the same weights without them, a bad
 * directory refused before training; the pictures beside MODEL.md.
 */
class TrainCommandTest {

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void png(Path f, int side) throws Exception {
    BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = side / 6; y < side - side / 6; y++) {
      img.getRaster().setSample(side / 2, y, 0, 255);
      img.getRaster().setSample(side / 2 + 1, y, 0, 255);
    }
    Files.createDirectories(f.getParent());
    ImageIO.write(img, "png", f.toFile());
  }

  @Test
  void aTinyRunTrainsOnMnistAndTheExtraDrawings() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Path extra = tmp.resolve("export");
    for (int i = 0; i < 5; i++) {
      png(extra.resolve("1/d" + i + ".png"), 28);
    }
    Path model = tmp.resolve("m");
    Run r = run("train", "--data", data.toString(), "--out", model.toString(), "--checkpoint",
        tmp.resolve("c.bin").toString(), "--epochs", "1", "--batch-size", "16", "--augment", "none", "--network",
        "3,4,4,4,8", "--threads", "1", "--extra", extra.toString(), "--extra-repeat", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("74 training, 20 test images");
    assertThat(Files.readString(model.resolve("MODEL.md"))).contains("5 extra labelled drawings");
  }

  @Test
  void badExtrasAreOneLineAndTheDataExitCode() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 64, 20);
    Path missing = tmp.resolve("missing");
    Path notDigit = tmp.resolve("x");
    png(notDigit.resolve("seven/a.png"), 28);
    Path tiny = tmp.resolve("tiny");
    png(tiny.resolve("3/a.png"), 16);
    for (Path bad : new Path[] {missing, notDigit, tiny, Files.createDirectories(tmp.resolve("none"))}) {
      Run r = run("train", "--data", data.toString(), "--out", tmp.resolve("m").toString(), "--checkpoint",
          tmp.resolve("c.bin").toString(), "--epochs", "1", "--batch-size", "16", "--extra", bad.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err().strip()).startsWith("digit-trainer:").contains(bad.toString()).doesNotContain("\n");
    }
    assertThat(tmp.resolve("m")).doesNotExist();
    Run rep = run("train", "--data", data.toString(), "--extra-repeat", "0", "--extra", tmp.toString());
    assertThat(rep.code()).isEqualTo(Main.USAGE);
    assertThat(rep.err().strip()).contains("--extra-repeat 0");
  }

  /** A tiny real run: 225 training images (25 held back), batches of 8, so 28 steps per epoch. */
  private Run tiny(Path data, String name, String... more) {
    List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--out",
        tmp.resolve(name).toString(), "--checkpoint", tmp.resolve(name + ".bin").toString(), "--epochs", "2",
        "--batch-size", "8", "--augment", "none", "--network", "3,4,4,4,8", "--threads", "1"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void logdirWritesTensorBoardScalarsAndChangesNoWeight() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 250, 40);
    Path logs = tmp.resolve("logs/run1");
    Run with = tiny(data, "with", "--logdir", logs.toString());
    assertThat(with.code()).as(with.err()).isZero();
    Run without = tiny(data, "without");
    assertThat(without.code()).as(without.err()).isZero();

    List<Event> events = EventFiles.read(EventFiles.only(logs));
    assertThat(events.get(0).getFileVersion()).isEqualTo("brain.Event:2");
    Map<String, List<Long>> steps = new TreeMap<>();
    for (Event e : events.subList(1, events.size())) {
      e.getSummary().getValueList().forEach(v -> steps.computeIfAbsent(v.getTag(), t -> new ArrayList<>())
          .add(e.getStep()));
    }
    List<Long> everyTenAndEpochEnds = List.of(10L, 20L, 28L, 30L, 40L, 50L, 56L);
    assertThat(steps).containsOnlyKeys("loss", "accuracy", "learning_rate", "images_per_second", "test_accuracy",
        "epoch_loss", "epoch_accuracy", "epoch_seconds");
    for (String t : List.of("loss", "accuracy", "learning_rate", "images_per_second")) {
      assertThat(steps.get(t)).as(t).isEqualTo(everyTenAndEpochEnds);
    }
    for (String t : List.of("test_accuracy", "epoch_loss", "epoch_accuracy", "epoch_seconds")) {
      assertThat(steps.get(t)).as(t).containsExactly(28L, 56L);
    }
    float lastLr = events.get(events.size() - 2).getSummary().getValue(2).getSimpleValue();
    assertThat(lastLr).isPositive().isLessThan(2e-3f);

    // bit for bit the same weights, statistics and Adam moments with and without --logdir
    Checkpoint a = Checkpoint.read(tmp.resolve("with.bin"));
    Checkpoint b = Checkpoint.read(tmp.resolve("without.bin"));
    assertThat(a.state().keySet()).containsExactlyElementsOf(b.state().keySet());
    for (String k : a.state().keySet()) {
      assertThat(a.state().get(k)).as(k).containsExactly(b.state().get(k));
    }
    assertThat(epochLines(with.out())).isEqualTo(epochLines(without.out())).hasSize(2);
  }

  /** The per-epoch lines without their timings. */
  private static List<String> epochLines(String out) {
    return out.lines().filter(l -> l.startsWith("epoch ")).map(l -> l.replaceAll("\\s+[0-9.]+ s .*", "")).toList();
  }

  @Test
  void aBadLogdirIsRefusedBeforeTraining() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 250, 40);
    Path file = Files.writeString(tmp.resolve("file"), "mine");
    for (Path bad : new Path[] {file, file.resolve("logs")}) {
      Run r = tiny(data, "m", "--logdir", bad.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
      assertThat(r.err().strip()).startsWith("digit-trainer: --logdir").contains(file + " is a file")
          .doesNotContain("\n");
      assertThat(r.out()).doesNotContain("data ready");
    }
    Run inside = tiny(data, "m", "--logdir", tmp.resolve("m/logs").toString());
    assertThat(inside.code()).isEqualTo(Main.USAGE);
    assertThat(inside.err()).contains("is inside --out");
    assertThat(tmp.resolve("m")).doesNotExist();
    assertThat(tmp.resolve("m.bin")).doesNotExist();
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void theModelDirectoryHoldsThePicturesAndIsStillReplaceable() throws Exception {
    Path data = MnistFixture.write(tmp.resolve("data"), 250, 40);
    Run r = tiny(data, "m");
    assertThat(r.code()).as(r.err()).isZero();
    Path model = tmp.resolve("m");
    List<String> pictures = List.of("training.png", "confusion.png", "per-class.png", "misread.png");
    String card = Files.readString(model.resolve("MODEL.md"));
    String manifest = Files.readString(model.resolve("MANIFEST.txt"));
    for (String p : pictures) {
      assertThat(ImageIO.read(model.resolve(p).toFile())).as(p).isNotNull();
      assertThat(card).contains("](" + p + ")");
      assertThat(manifest).contains(p);
    }
    assertThat(ImageIO.read(model.resolve("training.png").toFile()).getWidth()).isEqualTo(1000);

    // again over the previous model (random data: the accuracy gate is forced)
    Run again = tiny(data, "m", "--seed", "5", "--force");
    assertThat(again.code()).as(again.err()).isZero();
    for (String p : pictures) {
      assertThat(model.resolve(p)).exists();
    }
    // a foreign file beside them still makes the directory off limits
    Files.writeString(model.resolve("notes.txt"), "mine");
    Run refused = tiny(data, "m", "--force");
    assertThat(refused.code()).isEqualTo(Main.USAGE);
    assertThat(refused.err()).contains("notes.txt");
    assertThat(Files.readString(model.resolve("notes.txt"))).isEqualTo("mine");
  }
}
