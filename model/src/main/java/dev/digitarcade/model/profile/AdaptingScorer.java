package dev.digitarcade.model.profile;

import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.segment.NumberReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads as for one player: wraps another {@link NumberReader.Scorer} and pulls a row's scores
 * towards a digit the player taught, but only when the drawing is close to the player's examples
 * of that digit and clearly closer to them than to the player's examples of any other digit. A
 * drawing far from every example keeps the model's scores exactly, so a profile cannot make the
 * reading of other drawings worse.
 *
 * <p>The pull: with {@code d} the distance ({@link Embedding}) to the nearest example of the
 * nearest digit {@code k}, and {@code o} that to the nearest example of any other digit, the
 * weight is {@code w = maxPull * clamp((far - d) / (far - near), 0, 1)} when {@code d <= ratio *
 * o}, else 0; the probabilities become {@code (1 - w) p + w onehot(k)}, the not-a-digit and
 * fragment scores {@code (1 - w)} of the model's.
 *
 * <p>Not thread-safe: one caller at a time (the reading worker); the profile is read through the
 * supplier at every call and may be replaced from any thread (a {@link Profile} is immutable).
 */
public final class AdaptingScorer implements NumberReader.Scorer {

  /**
   * When and how hard the profile pulls.
   *
   * @param near distance up to which the pull is at its strongest
   * @param far distance from which there is no pull
   * @param ratio the nearest digit's distance must be at most this share of the next digit's
   * @param maxPull the strongest pull, in (0, 1]
   */
  public record Settings(float near, float far, float ratio, float maxPull) {
    /**
     * Chosen on bench-writers' figures (docs/BENCHMARKS.md, Handwriting): writers' own drawings lie
     * nearer than {@code far} to their examples, and nearly no drawing of the general benchmark lies
     * that near to the examples of a digit it is not.
     */
    public static final Settings DEFAULT = new Settings(0.03f, 0.06f, 0.7f, 0.95f);

    public Settings {
      if (!(near >= 0 && far > near && far <= 2) || !(ratio > 0 && ratio <= 1) || !(maxPull > 0 && maxPull <= 1)) {
        throw new IllegalArgumentException("need 0 <= near < far <= 2, ratio and maxPull in (0, 1], got " + near
            + ", " + far + ", " + ratio + ", " + maxPull);
      }
    }
  }

  /**
   * What the profile makes of one drawing.
   *
   * @param digit the taught digit it is pulled towards, -1 for none
   * @param distance the distance to that digit's nearest example (infinite without examples)
   * @param weight the pull, 0 for none
   */
  public record Pull(int digit, float distance, float weight) {
    static final Pull NONE = new Pull(-1, Float.POSITIVE_INFINITY, 0f);
  }

  private final NumberReader.Scorer inner;
  private final Supplier<Profile> profile;
  private final Settings settings;
  private Set<float[]> helped = Set.of();

  public AdaptingScorer(NumberReader.Scorer inner, Supplier<Profile> profile, Settings settings) {
    if (inner == null || profile == null || settings == null) {
      throw new IllegalArgumentException("inner scorer, profile and settings must not be null");
    }
    this.inner = inner;
    this.profile = profile;
    this.settings = settings;
  }

  public AdaptingScorer(NumberReader.Scorer inner, Supplier<Profile> profile) {
    this(inner, profile, Settings.DEFAULT);
  }

  @Override
  public DigitClassifier.Scores[] scoreBatch(float[][] images) {
    DigitClassifier.Scores[] scores = inner.scoreBatch(images);
    Profile p = profile.get();
    if (p == null || p.isEmpty() || scores.length != images.length) {
      helped = Set.of();
      return scores;
    }
    Set<float[]> rows = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < images.length; i++) {
      Pull pull = pull(p, images[i]);
      if (pull.weight() > 0f) {
        DigitClassifier.Scores before = scores[i];
        scores[i] = apply(before, pull);
        if (changed(before, scores[i], pull.digit())) {
          rows.add(images[i]);
        }
      }
    }
    helped = rows;
    return scores;
  }

  /**
   * Whether the last {@link #scoreBatch} call's row {@code image} (the very array passed in) was
   * read differently because of the profile: its top digit changed, or the taught digit's
   * probability or the digit-ness rose by at least 0.05.
   */
  public boolean helped(float[] image) {
    return helped.contains(image);
  }

  /** What {@code p} makes of a recipe input. */
  public Pull pull(Profile p, float[] image) {
    return p.isEmpty() ? Pull.NONE : decide(p.nearest(p.embedding().of(image)), settings);
  }

  /**
   * The pull for a drawing whose nearest example of each digit lies at {@code nearest[d]} ({@link
   * Profile#nearest}), under {@code s}.
   */
  public static Pull decide(float[] nearest, Settings s) {
    int k = 0;
    for (int d = 1; d < 10; d++) {
      if (nearest[d] < nearest[k]) {
        k = d;
      }
    }
    float other = Float.POSITIVE_INFINITY;
    for (int d = 0; d < 10; d++) {
      if (d != k) {
        other = Math.min(other, nearest[d]);
      }
    }
    float dist = nearest[k];
    if (!(dist < s.far()) || dist > s.ratio() * other) {
      return new Pull(-1, dist, 0f);
    }
    float t = Math.min(1f, (s.far() - dist) / (s.far() - s.near()));
    return new Pull(k, dist, s.maxPull() * t);
  }

  /** {@code s} pulled as {@code pull} says. */
  public static DigitClassifier.Scores apply(DigitClassifier.Scores s, Pull pull) {
    if (pull.weight() <= 0f) {
      return s;
    }
    float w = pull.weight();
    float[] p = s.probabilities().clone();
    for (int d = 0; d < p.length; d++) {
      p[d] = (1 - w) * p[d] + (d == pull.digit() ? w : 0f);
    }
    return new DigitClassifier.Scores(p, (1 - w) * s.notDigit(), (1 - w) * s.fragment());
  }

  private static boolean changed(DigitClassifier.Scores before, DigitClassifier.Scores after, int digit) {
    return top(before.probabilities()) != top(after.probabilities())
        || after.probabilities()[digit] - before.probabilities()[digit] >= 0.05f
        || (before.notDigit() + before.fragment()) - (after.notDigit() + after.fragment()) >= 0.05f;
  }

  private static int top(float[] p) {
    int t = 0;
    for (int d = 1; d < p.length; d++) {
      if (p[d] > p[t]) {
        t = d;
      }
    }
    return t;
  }
}
