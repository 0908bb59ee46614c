package dev.digitarcade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadingRuleTest {

  private static float[] peaked(int digit, float p) {
    float[] out = new float[10];
    for (int k = 0; k < 10; k++) {
      out[k] = k == digit ? p : (1 - p) / 9;
    }
    return out;
  }

  private final ReadingRule rule = new ReadingRule(0.5f, 0.7f);

  @Test
  void aConfidentDigitWithLowOtherScoresIsSure() {
    ReadingRule.Outcome o = rule.judge(peaked(4, 0.95f), 0.1f, 0.05f);
    assertThat(o.verdict()).isEqualTo(Verdict.SURE);
    assertThat(o.reading()).hasValue(4);
    assertThat(o.confidence()).isEqualTo(0.95f);
  }

  @Test
  void aHighNotDigitScoreIsNotADigitWhateverTheDigitProbabilities() {
    ReadingRule.Outcome o = rule.judge(peaked(4, 1f), 0.45f, 0.1f);
    assertThat(o.verdict()).isEqualTo(Verdict.NOT_A_DIGIT);
    assertThat(o.reading()).isEmpty();
  }

  @Test
  void aFragmentScoreAboveTheNotDigitScoreSaysKeepDrawing() {
    assertThat(rule.judge(peaked(7, 1f), 0.2f, 0.4f).verdict()).isEqualTo(Verdict.KEEP_DRAWING);
  }

  @Test
  void aDigitBelowTheConfidenceThresholdIsUnsureButKeepsItsGuess() {
    ReadingRule.Outcome o = rule.judge(peaked(9, 0.6f), 0.1f, 0.1f);
    assertThat(o.verdict()).isEqualTo(Verdict.UNSURE);
    assertThat(o.digit()).isEqualTo(9);
    assertThat(o.reading()).isEmpty();
  }

  @Test
  void aMarginRuleIsUnsureWhenTheSecondDigitIsClose() {
    float[] p = new float[10];
    p[4] = 0.72f;
    p[9] = 0.25f;
    p[1] = 0.03f;
    ReadingRule margin = new ReadingRule(0.5f, 0.7f, 0.5f);
    assertThat(rule.judge(p, 0.1f, 0.1f).verdict()).isEqualTo(Verdict.SURE);
    assertThat(margin.judge(p, 0.1f, 0.1f).verdict()).isEqualTo(Verdict.UNSURE);
    assertThat(margin.judge(peaked(4, 0.72f), 0.1f, 0.1f).verdict()).isEqualTo(Verdict.SURE);
    assertThatThrownBy(() -> new ReadingRule(0.5f, 0.5f, -0.1f)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShippedRuleIsSureFromPointFourWithoutAMarginAndRefusesFromPointSevenTogether() {
    ReadingRule shipped = ReadingRule.DEFAULT;
    float[] close = new float[10];
    close[4] = 0.45f;
    close[9] = 0.40f;
    close[1] = 0.15f;
    assertThat(shipped.judge(close, 0.1f, 0.1f).verdict()).isEqualTo(Verdict.SURE);
    assertThat(shipped.judge(peaked(4, 0.39f), 0.1f, 0.1f).verdict()).isEqualTo(Verdict.UNSURE);
    // Not a digit and fragment count together: 0.4 + 0.3 reaches 0.7, 0.4 + 0.29 does not.
    assertThat(shipped.judge(peaked(4, 1f), 0.4f, 0.3f).verdict()).isEqualTo(Verdict.NOT_A_DIGIT);
    assertThat(shipped.judge(peaked(4, 1f), 0.4f, 0.29f).verdict()).isEqualTo(Verdict.SURE);
  }

  @Test
  void nanScoresAreNeverSure() {
    assertThat(rule.judge(peaked(3, 1f), Float.NaN, 0f).verdict()).isNotEqualTo(Verdict.SURE);
  }

  @Test
  void emptyAndBadInput() {
    assertThat(ReadingRule.empty().verdict()).isEqualTo(Verdict.EMPTY);
    assertThat(Verdict.NOT_A_DIGIT.wireName()).isEqualTo("not-a-digit");
    assertThatThrownBy(() -> rule.judge(new float[11], 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReadingRule(0f, 0.5f)).isInstanceOf(IllegalArgumentException.class);
  }
}
