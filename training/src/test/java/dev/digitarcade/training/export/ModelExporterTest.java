package dev.digitarcade.training.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.training.model.Network;
import dev.digitarcade.training.model.NetworkSpec;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelExporterTest {

  private static final NetworkSpec SMALL = new NetworkSpec(3, 4, 4, 4, 8);

  @TempDir Path tmp;

  private static Map<String, float[]> state(long seed) {
    try (Network n = new Network(SMALL, 1)) {
      n.initialize(seed);
      return n.state(true);
    }
  }

  private static float[] image() {
    float[] img = new float[784];
    for (int i = 0; i < 784; i++) {
      img[i] = ((i * 13) % 29) / 29f;
    }
    return img;
  }

  private static float[] inferenceBranch(long seed, float[] img) {
    try (Network n = new Network(SMALL, 1)) {
      n.initialize(seed);
      return n.predict(img, 1);
    }
  }

  @Test
  void exportMatchesTheTrainingGraphAndHoldsNoOptimizerState() throws Exception {
    Path out = tmp.resolve("model");
    ModelExporter.export(SMALL, state(1), out, size -> Map.of("MODEL.md", "size " + size));
    assertThat(Files.readString(out.resolve("MODEL.md"))).startsWith("size ");
    try (DigitClassifier c = DigitClassifier.load(out)) {
      assertThat(c.predict(image())).containsExactly(Arrays.copyOf(inferenceBranch(1, image()), 10),
          offset(1e-5f));
    }
    String graph = new String(Files.readAllBytes(out.resolve("saved_model.pb")), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(graph).doesNotContain("adam").doesNotContain("Adam");
    // No dropout: no node named for it (the gradient's reductions carry a "keep_dims" attribute).
    var nodes = org.tensorflow.proto.SavedModel.parseFrom(Files.readAllBytes(out.resolve("saved_model.pb")))
        .getMetaGraphs(0).getGraphDef().getNodeList();
    assertThat(nodes).isNotEmpty().noneMatch(n -> n.getName().contains("keep"));
  }

  @Test
  void interruptedExportLeavesThePreviousModelIntact() throws Exception {
    Path out = tmp.resolve("model");
    ModelExporter.export(SMALL, state(1), out, size -> Map.of());
    float[] before;
    try (DigitClassifier c = DigitClassifier.load(out)) {
      before = c.predict(image());
    }
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state(2), out, size -> Map.of(), tmpDir -> {
      assertThat(tmpDir.resolve("saved_model.pb")).exists();
      throw new IOException("killed");
    })).hasMessageContaining("(killed)").hasMessageContaining("the previous model is unchanged");
    try (DigitClassifier c = DigitClassifier.load(out)) {
      assertThat(c.predict(image())).containsExactly(before, offset(0f));
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("model");
    }
    // and a completed export does replace it
    ModelExporter.export(SMALL, state(2), out, size -> Map.of());
    try (DigitClassifier c = DigitClassifier.load(out)) {
      assertThat(c.predict(image())).containsExactly(Arrays.copyOf(inferenceBranch(2, image()), 10),
          offset(1e-5f));
    }
  }

  @Test
  void leftoversOfAKilledExportAreCleanedAndAMovedAsideModelIsRestored() throws Exception {
    Path out = tmp.resolve("model");
    ModelExporter.export(SMALL, state(1), out, size -> Map.of());
    // A run killed between its two renames: the old model moved aside, a half-written temp dir.
    long dead = deadPid();
    Path aside = tmp.resolve(".model.old-" + dead + "-1");
    Files.move(out, aside);
    Files.createDirectories(tmp.resolve(".model.tmp-" + dead + "-2"));
    Files.writeString(tmp.resolve(".model.tmp-" + dead + "-2").resolve("saved_model.pb"), "half");
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state(2), out, size -> Map.of(), tmpDir -> {
      throw new IOException("killed again");
    })).hasMessageContaining("killed again");
    assertThat(out.resolve("saved_model.pb")).exists();
    try (DigitClassifier c = DigitClassifier.load(out)) {
      assertThat(c.predict(image())).containsExactly(Arrays.copyOf(inferenceBranch(1, image()), 10),
          offset(1e-5f));
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("model");
    }
  }

  /** The id of a process that has finished (a killed run's). */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  private static Set<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void aDirectoryHoldingOtherFilesIsRefusedAndNothingInItIsTouched() throws Exception {
    Path out = tmp.resolve("mine");
    Files.createDirectories(out.resolve("sub"));
    Files.writeString(out.resolve("notes.txt"), "my notes");
    Files.writeString(out.resolve("sub").resolve("data.csv"), "1,2");
    Set<String> before = listing(tmp);
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state(1), out, size -> Map.of("MODEL.md", "card")))
        .isInstanceOf(ExportRefusedException.class)
        .hasMessageContaining(out.toString()).hasMessageContaining("notes.txt").hasMessageNotContaining("\n");
    assertThat(listing(tmp)).isEqualTo(before);
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("my notes");
    // The same for a previous model the user added a file to, and for a file in the way.
    Path model = tmp.resolve("model");
    ModelExporter.export(SMALL, state(1), model, size -> Map.of("MODEL.md", "card"));
    Files.writeString(model.resolve("notes.txt"), "about this model");
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state(2), model, size -> Map.of()))
        .isInstanceOf(ExportRefusedException.class).hasMessageContaining("notes.txt");
    assertThat(model.resolve("notes.txt")).hasContent("about this model");
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state(1), file, size -> Map.of()))
        .isInstanceOf(ExportRefusedException.class).hasMessageContaining("is a file");
    assertThat(file).hasContent("x");
    assertThatThrownBy(() -> ModelExporter.check(file.resolve("model")))
        .isInstanceOf(ExportRefusedException.class).hasMessageContaining(file + " is a file");
  }

  @Test
  void theWorkingDirectoryAndItsParentsAreRefused() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("work"));
    assertThatThrownBy(() -> ModelDirectory.inspect(work, work)).isInstanceOf(ExportRefusedException.class)
        .hasMessageContaining("working directory");
    assertThatThrownBy(() -> ModelDirectory.inspect(tmp, work)).isInstanceOf(ExportRefusedException.class);
    assertThat(ModelDirectory.inspect(work.resolve("model"), work)).isEqualTo(ModelDirectory.State.ABSENT);
  }

  @Test
  void anEmptyOrMissingDirectoryIsFilledAndTheExportListsItsFiles() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    ModelExporter.export(SMALL, state(1), empty, size -> Map.of("MODEL.md", "card"));
    assertThat(Files.readAllLines(empty.resolve(ModelDirectory.MANIFEST))).first().isEqualTo("digit-trainer model export");
    assertThat(Files.readString(empty.resolve(ModelDirectory.MANIFEST))).contains("\nsaved_model.pb\n")
        .contains("\nMODEL.md\n");
    ModelExporter.export(SMALL, state(1), tmp.resolve("a").resolve("b"), size -> Map.of());
    assertThat(tmp.resolve("a").resolve("b").resolve("saved_model.pb")).exists();
    assertThat(ModelDirectory.inspect(empty)).isEqualTo(ModelDirectory.State.PREVIOUS_MODEL);
  }

  @Test
  void aModelExportedWithoutAManifestLikeTheShippedOneIsReplaced() throws Exception {
    // A model as exports wrote them before they had a manifest (and pictures): the shipped
    // model's SavedModel and card, an empty variables directory, nothing else.
    Path shipped = Installation.current().resolve(ModelContract.SHIPPED_MODEL);
    Path copy = Files.createDirectories(tmp.resolve("model"));
    for (String name : List.of("saved_model.pb", "MODEL.md")) {
      Files.copy(shipped.resolve(name), copy.resolve(name));
    }
    Files.createDirectories(copy.resolve("variables"));
    assertThat(ModelDirectory.inspect(copy)).isEqualTo(ModelDirectory.State.PREVIOUS_MODEL);
    ModelExporter.export(SMALL, state(2), copy, size -> Map.of("MODEL.md", "new card"));
    assertThat(copy.resolve("MODEL.md")).hasContent("new card");
    try (DigitClassifier c = DigitClassifier.load(copy)) {
      assertThat(c.predict(image())).containsExactly(Arrays.copyOf(inferenceBranch(2, image()), 10), offset(1e-5f));
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("model");
    }
  }

  @Test
  void aFileAddedDuringTheExportStopsTheSwapAndIsKept() throws Exception {
    Path out = tmp.resolve("model");
    ModelExporter.export(SMALL, state(1), out, size -> Map.of());
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state(2), out, size -> Map.of(),
        tmpDir -> Files.writeString(out.resolve("notes.txt"), "written meanwhile")))
        .isInstanceOf(ExportRefusedException.class);
    assertThat(out.resolve("notes.txt")).hasContent("written meanwhile");
    try (DigitClassifier c = DigitClassifier.load(out)) {
      assertThat(c.predict(image())).containsExactly(Arrays.copyOf(inferenceBranch(1, image()), 10), offset(1e-5f));
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("model");
    }
  }

  @Test
  void aFullDiskIsOneLineAndLeavesThePreviousModelAndNoScratch() throws Exception {
    Path out = tmp.resolve("model");
    ModelExporter.export(SMALL, state(1), out, size -> Map.of("MODEL.md", "old card"));
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state(2), out, size -> Map.of(), tmpDir -> {
      throw new FileSystemException(tmpDir.resolve("MODEL.md").toString(), null, "No space left on device");
    })).isInstanceOf(IOException.class).isNotInstanceOf(ExportRefusedException.class)
        .hasMessageContaining("cannot write the model to " + out.toRealPath())
        .hasMessageContaining("No space left on device").hasMessageContaining("the previous model is unchanged")
        .hasMessageNotContaining("\n");
    assertThat(out.resolve("MODEL.md")).hasContent("old card");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("model");
    }
  }

  @Test
  void aStagedModelIsInstalledLikeAnExportOrDiscardedWithoutATrace() throws Exception {
    Path out = tmp.resolve("model");
    ModelExporter.export(SMALL, state(1), out, size -> Map.of());
    Path staged = ModelExporter.stage(out);
    ModelExporter.export(SMALL, state(2), staged, size -> Map.of("MODEL.md", "staged"));
    ModelExporter.install(staged, out);
    assertThat(out.resolve("MODEL.md")).hasContent("staged");
    Path again = ModelExporter.stage(out);
    ModelExporter.export(SMALL, state(3), again, size -> Map.of("MODEL.md", "rejected"));
    ModelExporter.discard(again);
    assertThat(out.resolve("MODEL.md")).hasContent("staged");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("model");
    }
  }
}
