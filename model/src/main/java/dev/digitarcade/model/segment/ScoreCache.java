package dev.digitarcade.model.segment;

import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.InputMemory;

/**
 * A {@link NumberReader.Scorer} that remembers the model's scores of the last few model inputs
 * and asks the model only for inputs it has not seen: while a number is written, the digits
 * already finished give the same 28x28 input frame after frame, so only the digit being drawn
 * (and the pairs it may join) goes to the model. Inputs are compared by content, so the scores are
 * exactly the model's for that input (a deterministic model: the same input gives the same
 * scores). Wrap the model's scorer in it, beneath anything that changes scores by other state
 * (a player's profile).
 *
 * <p>Not thread-safe: one caller at a time (the reading worker).
 */
public final class ScoreCache implements NumberReader.Scorer {

  /** Enough for a six-digit number, its joinable pairs and cuts, and the previous frame's. */
  public static final int DEFAULT_CAPACITY = 48;

  private final NumberReader.Scorer model;
  private final InputMemory<DigitClassifier.Scores> recent;
  private long asked;
  private long answered;

  public ScoreCache(NumberReader.Scorer model) {
    this(model, DEFAULT_CAPACITY);
  }

  public ScoreCache(NumberReader.Scorer model, int capacity) {
    if (model == null || capacity < 1) {
      throw new IllegalArgumentException("need a scorer and a capacity of at least 1, got " + capacity);
    }
    this.model = model;
    this.recent = new InputMemory<>(capacity);
  }

  @Override
  public DigitClassifier.Scores[] scoreBatch(float[][] images) {
    DigitClassifier.Scores[] out = new DigitClassifier.Scores[images.length];
    asked += images.length;
    answered += recent.fill(images, out, batch -> {
      DigitClassifier.Scores[] fresh = model.scoreBatch(batch);
      if (fresh.length != batch.length) {
        throw new IllegalStateException("the model returned " + fresh.length + " rows for " + batch.length + " images");
      }
      return fresh;
    });
    return out;
  }

  /** Inputs scored so far, and of those how many the model was asked for (the rest came from memory). */
  public long[] counts() {
    return new long[] {asked, answered};
  }
}
