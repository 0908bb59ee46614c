package dev.digitarcade.training.writers;

import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.Verdict;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.profile.AdaptingScorer;
import dev.digitarcade.model.profile.Embedding;
import dev.digitarcade.model.profile.Example;
import dev.digitarcade.model.profile.Profile;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.model.segment.NumberReader;
import dev.digitarcade.training.drawn.DrawnDigit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures behind bench-writers: drawings turned into recipe inputs and the model's scores once,
 * then read again under any profile and any {@link AdaptingScorer.Settings} (the pull only
 * post-processes the model's scores, so nothing is scored twice).
 */
final class WritersBenchmark {

  /** The largest batch handed to the model. */
  private static final int BATCH = 128;

  /** One drawing: its label, the recipe input (null without ink) and the model's scores. */
  record Row(int label, float[] input, DigitClassifier.Scores scores) {}

  /** Rows with their embeddings, computed once per kind. */
  static final class Rows {
    final List<Row> rows;
    private final Map<Embedding, float[][]> embeddings = new EnumMap<>(Embedding.class);

    Rows(List<Row> rows) {
      this.rows = List.copyOf(rows);
    }

    float[][] embedded(Embedding kind) {
      return embeddings.computeIfAbsent(kind, k -> {
        float[][] e = new float[rows.size()][];
        for (int i = 0; i < e.length; i++) {
          e[i] = rows.get(i).input() == null ? null : k.of(rows.get(i).input());
        }
        return e;
      });
    }
  }

  /**
   * How a set was read.
   *
   * @param top the model's top digit (after the pull) was the label
   * @param read the app would say the label: a sure reading of it under the rule
   * @param pulled rows the profile pulled
   * @param pulledWrong rows pulled towards a digit that is not their label
   */
  record Tally(int top, int read, int pulled, int pulledWrong, int total) {
    double topShare() {
      return total == 0 ? 0 : top / (double) total;
    }

    double readShare() {
      return total == 0 ? 0 : read / (double) total;
    }
  }

  private final NumberReader.Scorer scorer;
  private final ReadingRule rule;
  private final MnistRecipe recipe = new MnistRecipe();

  WritersBenchmark(NumberReader.Scorer scorer, ReadingRule rule) {
    this.scorer = scorer;
    this.rule = rule;
  }

  /** Reads {@code drawings} through the recipe and the model. */
  Rows rows(List<DrawnDigit> drawings) {
    List<Row> out = new ArrayList<>(drawings.size());
    List<float[]> pending = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    Row[] rows = new Row[drawings.size()];
    for (int i = 0; i < drawings.size(); i++) {
      DrawnDigit d = drawings.get(i);
      Optional<MnistInput> in = recipe.apply(d.canvas(), d.size(), d.size());
      if (in.isEmpty()) {
        rows[i] = new Row(d.label(), null, null);
        continue;
      }
      pending.add(in.get().pixels());
      at.add(i);
      if (pending.size() == BATCH || i == drawings.size() - 1) {
        flush(drawings, pending, at, rows);
      }
    }
    flush(drawings, pending, at, rows);
    for (Row r : rows) {
      out.add(r);
    }
    return new Rows(out);
  }

  private void flush(List<DrawnDigit> drawings, List<float[]> pending, List<Integer> at, Row[] rows) {
    if (pending.isEmpty()) {
      return;
    }
    DigitClassifier.Scores[] s = scorer.scoreBatch(pending.toArray(new float[0][]));
    for (int j = 0; j < s.length; j++) {
      int i = at.get(j);
      rows[i] = new Row(drawings.get(i).label(), pending.get(j), s[j]);
    }
    pending.clear();
    at.clear();
  }

  /** A profile of the first {@code perDigit} rows of each digit of {@code teach}. */
  static Profile profile(Rows teach, int perDigit, Embedding kind) {
    List<Example> examples = new ArrayList<>();
    int[] taken = new int[10];
    for (int i = 0; i < teach.rows.size(); i++) {
      Row r = teach.rows.get(i);
      if (r.input() != null && taken[r.label()] < perDigit) {
        taken[r.label()]++;
        examples.add(new Example("t" + i, r.label(), r.input(), List.of(), 0, 0));
      }
    }
    return Profile.of(kind, examples);
  }

  /** How {@code set} is read with {@code profile} (empty: as the model reads it) under {@code settings}. */
  Tally read(Rows set, Profile profile, AdaptingScorer.Settings settings) {
    float[][] emb = profile.isEmpty() ? null : set.embedded(profile.embedding());
    int top = 0;
    int read = 0;
    int pulled = 0;
    int pulledWrong = 0;
    for (int i = 0; i < set.rows.size(); i++) {
      Row r = set.rows.get(i);
      if (r.input() == null) {
        continue;
      }
      DigitClassifier.Scores s = r.scores();
      if (emb != null) {
        AdaptingScorer.Pull pull = AdaptingScorer.decide(profile.nearest(emb[i]), settings);
        if (pull.weight() > 0f) {
          pulled++;
          pulledWrong += pull.digit() != r.label() ? 1 : 0;
          s = AdaptingScorer.apply(s, pull);
        }
      }
      ReadingRule.Outcome o = rule.judge(s.probabilities(), s.notDigit(), s.fragment());
      top += o.digit() == r.label() ? 1 : 0;
      read += o.verdict() == Verdict.SURE && o.digit() == r.label() ? 1 : 0;
    }
    return new Tally(top, read, pulled, pulledWrong, set.rows.size());
  }
}
