package dev.digitarcade.model.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.install.Installation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCheckTest {

  @Test
  void refusesAGraphThatWritesAFileBeforeAnythingRuns(@TempDir Path tmp) throws Exception {
    Path written = tmp.resolve("written.txt");
    Path dir = tmp.resolve("writer");
    DigitClassifierTest.exportBandModel(dir, ModelContract.INPUT, ModelContract.OUTPUT, false, (tf, probs) -> {
      var write = tf.io.writeFile(tf.constant(written.toString()), tf.constant("owned"));
      return tf.withControlDependencies(java.util.List.of(write)).identity(probs);
    });
    assertThatThrownBy(() -> DigitClassifier.load(dir)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("WriteFile").hasMessageContaining("load only models you trust")
        .hasMessageNotContaining("\n");
    assertThat(written).doesNotExist();
  }

  @Test
  void refusesAGraphThatReadsAFile(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("reader");
    DigitClassifierTest.exportBandModel(dir, ModelContract.INPUT, ModelContract.OUTPUT, false, (tf, probs) -> {
      var read = tf.io.readFile(tf.constant("/etc/hostname"));
      return tf.withControlDependencies(java.util.List.of(read)).identity(probs);
    });
    assertThatThrownBy(() -> GraphCheck.check(dir.resolve("saved_model.pb"))).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("ReadFile");
  }

  @Test
  void acceptsThePlainBandModelAndTheShippedOne(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("band");
    DigitClassifierTest.exportBandModel(dir, ModelContract.INPUT, ModelContract.OUTPUT, false, (tf, probs) -> probs);
    GraphCheck.check(dir.resolve("saved_model.pb"));
    Path shipped = Installation.current().resolve("model/saved_model.pb");
    assertThat(shipped).isRegularFile();
    GraphCheck.check(shipped);
  }

  @Test
  void refusesBytesThatAreNotASavedModel(@TempDir Path tmp) throws Exception {
    Path pb = Files.write(tmp.resolve("saved_model.pb"), new byte[] {(byte) 0xff, (byte) 0xff, 7, 1});
    assertThatThrownBy(() -> GraphCheck.check(pb)).isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("not a SavedModel");
  }
}
