package dev.digitarcade.training.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.training.model.Network;
import dev.digitarcade.training.model.NetworkSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
      assertThat(c.predict(image())).containsExactly(java.util.Arrays.copyOf(inferenceBranch(1, image()), 10),
          org.assertj.core.data.Offset.offset(1e-5f));
    }
    String graph = new String(Files.readAllBytes(out.resolve("saved_model.pb")), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(graph).doesNotContain("adam").doesNotContain("Adam").doesNotContain("keep");
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
    })).hasMessage("killed");
    try (DigitClassifier c = DigitClassifier.load(out)) {
      assertThat(c.predict(image())).containsExactly(before, org.assertj.core.data.Offset.offset(0f));
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("model");
    }
    // and a completed export does replace it
    ModelExporter.export(SMALL, state(2), out, size -> Map.of());
    try (DigitClassifier c = DigitClassifier.load(out)) {
      assertThat(c.predict(image())).containsExactly(java.util.Arrays.copyOf(inferenceBranch(2, image()), 10),
          org.assertj.core.data.Offset.offset(1e-5f));
    }
  }

  @Test
  void leftoversOfAKilledExportAreCleanedAndAMovedAsideModelIsRestored() throws Exception {
    Path out = tmp.resolve("model");
    ModelExporter.export(SMALL, state(1), out, size -> Map.of());
    // A run killed between its two renames: the old model moved aside, a half-written temp dir.
    Path aside = tmp.resolve(".model.old-1-1");
    Files.move(out, aside);
    Files.createDirectories(tmp.resolve(".model.tmp-1-2"));
    Files.writeString(tmp.resolve(".model.tmp-1-2").resolve("saved_model.pb"), "half");
    assertThatThrownBy(() -> ModelExporter.export(SMALL, state(2), out, size -> Map.of(), tmpDir -> {
      throw new IOException("killed again");
    })).hasMessage("killed again");
    assertThat(out.resolve("saved_model.pb")).exists();
    try (DigitClassifier c = DigitClassifier.load(out)) {
      assertThat(c.predict(image())).containsExactly(java.util.Arrays.copyOf(inferenceBranch(1, image()), 10),
          org.assertj.core.data.Offset.offset(1e-5f));
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("model");
    }
  }
}
