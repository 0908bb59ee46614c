package dev.digitarcade.model.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputMemoryTest {

  private static float[] input(float v) {
    float[] in = new float[784];
    in[100] = v;
    return in;
  }

  @Test
  void onlyInputsNotSeenAreComputedInOneBatchAndAChangedCallerArrayDoesNotChangeWhatIsRemembered() {
    InputMemory<String> m = new InputMemory<>(4);
    List<Integer> batches = new ArrayList<>();
    java.util.function.Function<float[][], String[]> compute = batch -> {
      batches.add(batch.length);
      String[] out = new String[batch.length];
      for (int k = 0; k < batch.length; k++) {
        out[k] = "v" + batch[k][100];
      }
      return out;
    };
    float[] a = input(1);
    String[] out = new String[2];
    assertThat(m.fill(new float[][] {a, input(2)}, out, compute)).isEqualTo(2);
    assertThat(out).containsExactly("v1.0", "v2.0");
    a[100] = 9; // the caller reuses its array: the memory kept a copy
    out = new String[3];
    assertThat(m.fill(new float[][] {input(1), input(2), a}, out, compute)).isEqualTo(1);
    assertThat(out).containsExactly("v1.0", "v2.0", "v9.0");
    assertThat(batches).containsExactly(2, 1);
  }

  @Test
  void theLeastRecentlyUsedIsForgottenPastTheCapacity() {
    InputMemory<Float> m = new InputMemory<>(2);
    java.util.function.Function<float[][], Float[]> compute = batch -> {
      Float[] out = new Float[batch.length];
      for (int k = 0; k < batch.length; k++) {
        out[k] = batch[k][100];
      }
      return out;
    };
    Float[] one = new Float[1];
    m.fill(new float[][] {input(1)}, one, compute);
    m.fill(new float[][] {input(2)}, one, compute);
    m.fill(new float[][] {input(1)}, one, compute); // 1 used again: 2 is now the eldest
    m.fill(new float[][] {input(3)}, one, compute);
    assertThat(m.fill(new float[][] {input(1)}, one, compute)).isZero();
    assertThat(m.fill(new float[][] {input(2)}, one, compute)).isEqualTo(1);
    assertThatThrownBy(() -> new InputMemory<Float>(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
