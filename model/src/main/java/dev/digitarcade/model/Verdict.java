package dev.digitarcade.model;

/** What the app can honestly say about a drawing; decided by {@link ReadingRule}. */
public enum Verdict {
  /** No ink: the model is not asked. */
  EMPTY("empty"),
  /** The start of a digit: keep drawing. */
  KEEP_DRAWING("keep-drawing"),
  /** A letter, a shape, a scribble, a mark, two digits: not a digit. */
  NOT_A_DIGIT("not-a-digit"),
  /** A digit, but no single digit is likely enough to claim. */
  UNSURE("unsure"),
  /** A digit the app stands behind. */
  SURE("sure");

  private final String wireName;

  Verdict(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in event streams and JSON output, e.g. {@code not-a-digit}. */
  public String wireName() {
    return wireName;
  }
}
