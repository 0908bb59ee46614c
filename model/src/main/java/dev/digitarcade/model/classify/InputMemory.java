package dev.digitarcade.model.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What was computed for the last few model inputs (28x28 images), remembered by their content:
 * the values the most recently used inputs gave, so that only inputs not seen go to the model,
 * in one batch. Right for anything that depends on nothing but the input and a fixed model (its
 * scores, its saliency). Not thread-safe: one caller at a time.
 *
 * @param <V> what is remembered per input
 */
public final class InputMemory<V> {

  private record Key(float[] image, int hash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && Arrays.equals(k.image, image);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private final Map<Key, V> recent;

  /** @param capacity how many inputs are remembered, at least 1 */
  public InputMemory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("need a capacity of at least 1, got " + capacity);
    }
    this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * Fills {@code out} with each input's value: remembered ones as they are, the others from one
   * call of {@code compute} on those inputs (in order; it returns one value per input), which are
   * then remembered (of a copy of the input).
   *
   * @return how many inputs went to {@code compute}
   */
  public int fill(float[][] inputs, V[] out, Function<float[][], V[]> compute) {
    Key[] keys = new Key[inputs.length];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < inputs.length; i++) {
      keys[i] = new Key(inputs[i], Arrays.hashCode(inputs[i]));
      out[i] = recent.get(keys[i]);
      if (out[i] == null) {
        missing.add(i);
      }
    }
    if (missing.isEmpty()) {
      return 0;
    }
    float[][] batch = new float[missing.size()][];
    for (int k = 0; k < batch.length; k++) {
      batch[k] = inputs[missing.get(k)];
    }
    V[] fresh = compute.apply(batch);
    for (int k = 0; k < batch.length; k++) {
      int i = missing.get(k);
      out[i] = fresh[k];
      recent.put(new Key(inputs[i].clone(), keys[i].hash()), fresh[k]);
    }
    return batch.length;
  }
}
