package dev.digitarcade.training.negatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NegativeBenchCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new NegativeBenchCommand(new PrintWriter(out, true), new PrintWriter(err, true)))
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aRuleOutOfRangeOrOfTheWrongLengthIsOneLineAndExitCodeTwo() {
    for (String bad : new String[] {"0.5,1.5,0", "0.5,0.7", "0,0.5,0", "0.5,0.5,-0.1"}) {
      Run r = run("--rule", bad, "--model", "/nonexistent-model-dir");
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.err().strip()).as(bad).startsWith("bench-negatives: --rule expects OTHER,SURE,MARGIN")
          .doesNotContain("\n");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void aGoodRuleGetsAsFarAsLoadingTheModel() {
    Run r = run("--rule", "0.6,0.5,0.1", "--model", "/nonexistent-model-dir", "--count", "1");
    assertThat(r.err()).doesNotContain("--rule");
    assertThat(r.code()).isNotEqualTo(2);
  }
}
