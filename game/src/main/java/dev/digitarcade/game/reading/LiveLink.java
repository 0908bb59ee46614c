package dev.digitarcade.game.reading;

import dev.digitarcade.model.segment.Stroke;
import java.util.List;
import java.util.function.Consumer;

/**
 * Connects one drawing to the {@link DigitReader}: each update, if the drawing changed, a
 * snapshot is read back and handed over; newer readings of this drawing are passed on. In
 * lock-step mode (replays, tests, benchmarks: simulated time) each snapshot is awaited, so
 * every run of the same input sees the same readings.
 */
public final class LiveLink {

  /** Where the pixels come from: the canvas's change counter and a read-back. */
  public interface Source {
    long version();

    int width();

    int height();

    /** Fills {@code dst} with the drawing, white ink on black, row 0 at the top. */
    void read(byte[] dst);

    /** The ink strokes that made the drawing, in drawing order, with their times (none: read from pixels). */
    default List<Stroke> strokes() {
      return List.of();
    }
  }

  private static final long LOCKSTEP_TIMEOUT_MS = 10_000;

  private final DigitReader reader;
  private final Source source;
  private final boolean lockstep;
  private final Consumer<Reading> onReading;
  private final Consumer<DigitReader.Failure> onFailure;
  private DigitReader.Failure reportedFailure;
  private long firstSeq = Long.MAX_VALUE;
  private long sentVersion = -1;
  private Reading current;
  private Reading lastPublished;

  public LiveLink(DigitReader reader, Source source, boolean lockstep, Consumer<Reading> onReading) {
    this(reader, source, lockstep, onReading, failure -> { });
  }

  /** @param onFailure told of each reading of this drawing that failed, once */
  public LiveLink(DigitReader reader, Source source, boolean lockstep, Consumer<Reading> onReading,
      Consumer<DigitReader.Failure> onFailure) {
    this.reader = reader;
    this.source = source;
    this.lockstep = lockstep;
    this.onReading = onReading;
    this.onFailure = onFailure;
  }

  /** Sends the drawing if it changed and takes any newer reading. Call once per update. */
  public void update() {
    long v = source.version();
    if (v != sentVersion && reader.isReady()) {
      long changed = System.nanoTime();
      byte[] gray = reader.buffer(source.width() * source.height());
      source.read(gray);
      long seq = reader.submit(gray, source.width(), source.height(), source.strokes(), changed);
      firstSeq = Math.min(firstSeq, seq);
      sentVersion = v;
      if (lockstep) {
        try {
          reader.await(seq, LOCKSTEP_TIMEOUT_MS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    DigitReader.Failure f = reader.lastFailure();
    if (f != null && f != reportedFailure && f.seq() >= firstSeq) {
      reportedFailure = f;
      onFailure.accept(f);
    }
    Reading p = reader.latest();
    if (p != null && p.seq() >= firstSeq && (current == null || p.seq() > current.seq())) {
      current = p;
      // A reading that says exactly what the last one said is not passed on again.
      if (lastPublished == null || lastPublished.verdict() != p.verdict() || !lastPublished.digits().equals(p.digits())) {
        lastPublished = p;
        onReading.accept(p);
      }
    }
  }

  /** Forgets the readings so far, e.g. when a new challenge round starts on a cleared canvas. */
  public void reset() {
    firstSeq = Long.MAX_VALUE;
    sentVersion = -1;
    current = null;
    reportedFailure = null;
    lastPublished = null;
  }

  /** The newest failure of this drawing's readings when it is newer than its newest reading, else null. */
  public DigitReader.Failure failure() {
    DigitReader.Failure f = reportedFailure;
    return f != null && (current == null || f.seq() > current.seq()) ? f : null;
  }

  /** The newest reading of this drawing, or null before the first. */
  public Reading current() {
    return current;
  }
}
