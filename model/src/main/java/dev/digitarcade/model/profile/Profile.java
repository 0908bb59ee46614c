package dev.digitarcade.model.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A player's handwriting: the examples taught, per digit, each with its {@link Embedding}.
 * Immutable: {@link #with} and {@link #without} return new profiles, so a reader on another thread
 * always sees a whole one.
 */
public final class Profile {

  private final Embedding kind;
  private final List<Example> examples;
  private final float[][] embeddings;

  private Profile(Embedding kind, List<Example> examples, float[][] embeddings) {
    this.kind = kind;
    this.examples = examples;
    this.embeddings = embeddings;
  }

  /** A profile without examples, describing drawings with {@link Embedding#DEFAULT}. */
  public static Profile empty() {
    return empty(Embedding.DEFAULT);
  }

  public static Profile empty(Embedding kind) {
    return new Profile(kind, List.of(), new float[0][]);
  }

  /** A profile of {@code examples} (in this order). */
  public static Profile of(Embedding kind, List<Example> examples) {
    List<Example> list = List.copyOf(examples);
    float[][] emb = new float[list.size()][];
    for (int i = 0; i < emb.length; i++) {
      emb[i] = kind.of(list.get(i).input());
    }
    return new Profile(kind, list, emb);
  }

  public Embedding embedding() {
    return kind;
  }

  /** This profile with {@code e} added (one with the same id is replaced). */
  public Profile with(Example e) {
    List<Example> list = new ArrayList<>(examples.size() + 1);
    List<float[]> emb = new ArrayList<>(examples.size() + 1);
    for (int i = 0; i < examples.size(); i++) {
      if (!examples.get(i).id().equals(e.id())) {
        list.add(examples.get(i));
        emb.add(embeddings[i]);
      }
    }
    list.add(e);
    emb.add(kind.of(e.input()));
    return new Profile(kind, List.copyOf(list), emb.toArray(new float[0][]));
  }

  /** This profile without the example {@code id} (the same profile when there is none). */
  public Profile without(String id) {
    List<Example> list = new ArrayList<>(examples.size());
    List<float[]> emb = new ArrayList<>(examples.size());
    for (int i = 0; i < examples.size(); i++) {
      if (!examples.get(i).id().equals(id)) {
        list.add(examples.get(i));
        emb.add(embeddings[i]);
      }
    }
    return list.size() == examples.size() ? this : new Profile(kind, List.copyOf(list), emb.toArray(new float[0][]));
  }

  /** Every example, in the order taught. */
  public List<Example> examples() {
    return examples;
  }

  /** The examples of {@code digit}, in the order taught. */
  public List<Example> examples(int digit) {
    return examples.stream().filter(e -> e.digit() == digit).toList();
  }

  public int size() {
    return examples.size();
  }

  public boolean isEmpty() {
    return examples.isEmpty();
  }

  /** How many examples each digit has. */
  public int[] counts() {
    int[] c = new int[10];
    for (Example e : examples) {
      c[e.digit()]++;
    }
    return c;
  }

  /**
   * For each digit, the distance from {@code embedding} to its nearest example of that digit
   * ({@link Float#POSITIVE_INFINITY} for a digit without examples).
   */
  public float[] nearest(float[] embedding) {
    float[] best = new float[10];
    Arrays.fill(best, Float.POSITIVE_INFINITY);
    for (int i = 0; i < embeddings.length; i++) {
      int d = examples.get(i).digit();
      float dist = Embedding.distance(embedding, embeddings[i]);
      if (dist < best[d]) {
        best[d] = dist;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "Profile[" + examples.size() + " examples, " + kind + "]";
  }
}
