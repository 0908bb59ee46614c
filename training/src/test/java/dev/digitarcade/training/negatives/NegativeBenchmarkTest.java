package dev.digitarcade.training.negatives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.MnistFetcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Generated negatives of every family, through the recipe and the shipped model: not read as a sure digit. */
class NegativeBenchmarkTest {

  @Test
  void theShippedModelDoesNotClaimGeneratedNegativesOfAnyFamily() throws Exception {
    Path model = Installation.current().resolve(ModelContract.SHIPPED_MODEL);
    Assumptions.assumeTrue(Files.isRegularFile(model.resolve("saved_model.pb")), "no shipped model in " + model);
    MnistData mnist = MnistData.load(MnistFetcher.standard().ensure());
    try (DigitClassifier c = DigitClassifier.load(model)) {
      NegativeBenchmark bench = new NegativeBenchmark(images -> {
        DigitClassifier.Scores[] s = c.scoreBatch(images);
        float[][] out = new float[s.length][];
        for (int i = 0; i < s.length; i++) {
          out[i] = Arrays.copyOf(s[i].probabilities(), 12);
          out[i][10] = s[i].notDigit();
          out[i][11] = s[i].fragment();
        }
        return out;
      }, ReadingRule.DEFAULT);
      NegativeGenerator gen = NegativeBenchmark.heldOutGenerator(mnist.testImages(), mnist.testLabels());
      for (Family f : Family.values()) {
        NegativeBenchmark.FamilyResult r = NegativeBenchmark.judge(bench.score(gen, f, 40, 99, null), ReadingRule.DEFAULT);
        assertThat(r.claimed()).as(f.title() + " claimed as a sure (other) digit").isLessThanOrEqualTo(0.35);
      }
    }
  }

  @Test
  void ruleJudgesScoresRowByRow() {
    float[] sureFour = new float[12];
    sureFour[4] = 0.99f;
    float[] letter = new float[12];
    letter[4] = 0.99f;
    letter[10] = 0.9f;
    NegativeBenchmark.Scored s = new NegativeBenchmark.Scored(Family.LETTERS_SERIF,
        java.util.List.of(sureFour, letter), java.util.List.of(-1, -1));
    NegativeBenchmark.FamilyResult r = NegativeBenchmark.judge(s, ReadingRule.DEFAULT);
    assertThat(r.sure()).isEqualTo(1);
    assertThat(r.claimed()).isEqualTo(0.5);
  }
}
