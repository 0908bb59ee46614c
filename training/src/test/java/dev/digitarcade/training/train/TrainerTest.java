package dev.digitarcade.training.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.training.data.AugmentConfig;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.model.NetworkSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short real training runs on real MNIST (fetched and verified through the same cache as the CLI). */
class TrainerTest {

  private static MnistData mnist;

  @TempDir Path tmp;

  @BeforeAll
  static void loadMnist() throws Exception {
    mnist = MnistData.load(MnistFetcher.standard().ensure());
  }

  private TrainConfig config(String name, int trainLimit, int epochs, boolean resume) {
    return new TrainConfig(tmp.resolve(name + "-model"), tmp.resolve(name + ".ckpt"), epochs, 64, 7L, 2, resume,
        AugmentConfig.DEFAULT, NetworkSpec.DEFAULT, TrainConfig.DEFAULT_LR, TrainConfig.DEFAULT_KEEP, trainLimit, 2000);
  }

  private static Trainer trainer(TrainConfig c, ByteArrayOutputStream log) {
    PrintStream ps = new PrintStream(log, true);
    return new Trainer(c, ps, ps, false);
  }

  private static Trainer.Provenance provenance() {
    return new Trainer.Provenance("test data", "test", System.nanoTime());
  }

  @Test
  void shortRealRunLearnsAndExportsAModelThatReloadsWithTheSameProbabilities() throws Exception {
    TrainConfig c = config("learn", 4000, 3, false);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Trainer.Result r = trainer(c, log).run(mnist, provenance());
    // held out: the first 2000 of the 10k test images, never trained on
    assertThat(r.evaluation().count()).isEqualTo(2000);
    assertThat(r.evaluation().accuracy()).isGreaterThan(0.90);
    assertThat(log.toString()).contains("epoch  3/3").contains("test acc");
    assertThat(r.modelBytes()).isLessThan(5_000_000L);
    assertThat(c.outDir().resolve("MODEL.md")).exists();
    assertThat(Files.readString(c.outDir().resolve("MODEL.md"))).contains("Test accuracy");

    // The exported SavedModel gives the same probabilities as the training graph's inference branch.
    Checkpoint cp = Checkpoint.read(c.checkpoint());
    float[] images = new float[16 * MnistData.PIXELS];
    for (int i = 0; i < images.length; i++) {
      images[i] = (mnist.testImages()[i] & 0xff) / 255f;
    }
    float[] expected;
    try (var net = new dev.digitarcade.training.model.Network(c.spec(), 1)) {
      net.setState(cp.state());
      expected = net.predict(images, 16);
    }
    try (DigitClassifier classifier = DigitClassifier.load(c.outDir())) {
      int agree = 0;
      for (int i = 0; i < 16; i++) {
        float[] one = new float[MnistData.PIXELS];
        System.arraycopy(images, i * MnistData.PIXELS, one, 0, MnistData.PIXELS);
        float[] p = classifier.predict(one);
        for (int k = 0; k < 10; k++) {
          assertThat(p[k]).isCloseTo(expected[i * (ModelContract.CLASSES + 2) + k], org.assertj.core.data.Offset.offset(1e-4f));
        }
        if (Evaluation.argMax(p, 0) == mnist.testLabels()[i]) {
          agree++;
        }
      }
      assertThat(agree).isGreaterThanOrEqualTo(14);
    }
  }

  @Test
  void sameSeedAndThreadsGiveTheSameModelAndResumeContinuesExactly() throws Exception {
    TrainConfig a = config("a", 1500, 2, false);
    trainer(a, new ByteArrayOutputStream()).run(mnist, provenance());
    TrainConfig b = new TrainConfig(tmp.resolve("b-model"), tmp.resolve("b.ckpt"), 2, 64, 7L, 2, false,
        AugmentConfig.DEFAULT, NetworkSpec.DEFAULT, TrainConfig.DEFAULT_LR, TrainConfig.DEFAULT_KEEP, 1500, 2000);
    trainer(b, new ByteArrayOutputStream()).run(mnist, provenance());
    assertSameState(a.checkpoint(), b.checkpoint());
    // (saved_model.pb itself carries export metadata that differs run to run; its outputs must not)
    float[][] images = new float[8][MnistData.PIXELS];
    for (int i = 0; i < 8; i++) {
      for (int p = 0; p < MnistData.PIXELS; p++) {
        images[i][p] = (mnist.testImages()[i * MnistData.PIXELS + p] & 0xff) / 255f;
      }
    }
    try (DigitClassifier ca = DigitClassifier.load(a.outDir()); DigitClassifier cb = DigitClassifier.load(b.outDir())) {
      float[][] pa = ca.predictBatch(images);
      float[][] pb = cb.predictBatch(images);
      for (int i = 0; i < 8; i++) {
        assertThat(pb[i]).containsExactly(pa[i]);
      }
    }

    // Interrupted after one epoch, then resumed: the same final state as the uninterrupted run.
    TrainConfig c = new TrainConfig(tmp.resolve("c-model"), tmp.resolve("c.ckpt"), 2, 64, 7L, 2, false,
        AugmentConfig.DEFAULT, NetworkSpec.DEFAULT, TrainConfig.DEFAULT_LR, TrainConfig.DEFAULT_KEEP, 1500, 2000);
    Trainer interrupted = trainer(c, new ByteArrayOutputStream());
    interrupted.stopAfterEpochs(1);
    assertThatThrownBy(() -> interrupted.run(mnist, provenance())).isInstanceOf(InterruptedException.class);
    assertThat(c.outDir()).doesNotExist();
    assertThat(Checkpoint.read(c.checkpoint()).epochsDone()).isEqualTo(1);
    TrainConfig resumed = new TrainConfig(c.outDir(), c.checkpoint(), 2, 64, 7L, 2, true, AugmentConfig.DEFAULT,
        NetworkSpec.DEFAULT, TrainConfig.DEFAULT_LR, TrainConfig.DEFAULT_KEEP, 1500, 2000);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    trainer(resumed, log).run(mnist, provenance());
    assertThat(log.toString()).contains("resuming after epoch 1 of 2").doesNotContain("epoch  1/2");
    assertSameState(a.checkpoint(), c.checkpoint());
  }

  /** Every weight, statistic and Adam moment bit for bit, and the same step. */
  private static void assertSameState(Path x, Path y) throws Exception {
    Checkpoint cx = Checkpoint.read(x);
    Checkpoint cy = Checkpoint.read(y);
    assertThat(cy.step()).isEqualTo(cx.step());
    assertThat(cy.epochsDone()).isEqualTo(cx.epochsDone());
    assertThat(cy.state().keySet()).containsExactlyElementsOf(cx.state().keySet());
    for (String name : cx.state().keySet()) {
      assertThat(cy.state().get(name)).as(name).containsExactly(cx.state().get(name));
    }
  }

  @Test
  void resumeWithDifferentOptionsIsRefused() throws Exception {
    TrainConfig a = config("d", 500, 1, false);
    trainer(a, new ByteArrayOutputStream()).run(mnist, provenance());
    TrainConfig other = new TrainConfig(a.outDir(), a.checkpoint(), 1, 32, 7L, 2, true, AugmentConfig.DEFAULT,
        NetworkSpec.DEFAULT, TrainConfig.DEFAULT_LR, TrainConfig.DEFAULT_KEEP, 500, 2000);
    assertThatThrownBy(() -> trainer(other, new ByteArrayOutputStream()).run(mnist, provenance()))
        .hasMessageContaining("belongs to a different run");
    TrainConfig missing = new TrainConfig(a.outDir(), tmp.resolve("none.ckpt"), 1, 64, 7L, 2, true,
        AugmentConfig.DEFAULT, NetworkSpec.DEFAULT, TrainConfig.DEFAULT_LR, TrainConfig.DEFAULT_KEEP, 500, 2000);
    assertThatThrownBy(() -> trainer(missing, new ByteArrayOutputStream()).run(mnist, provenance()))
        .hasMessageContaining("no checkpoint at");
  }

  @Test
  void learningRateWarmsUpThenDecays() {
    assertThat(Trainer.learningRate(1f, 0, 100, 10)).isCloseTo(0.1f, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(Trainer.learningRate(1f, 10, 100, 10)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(Trainer.learningRate(1f, 55, 100, 10)).isBetween(0.4f, 0.6f);
    assertThat(Trainer.learningRate(1f, 99, 100, 10)).isLessThan(0.02f);
  }
}
