package dev.digitarcade.game.session;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.engine.io.IoErrors;
import dev.digitarcade.engine.io.OutputFile;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.reading.Readings;
import dev.digitarcade.game.rules.RoundResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The app's event stream for scripts and tests: one JSON object a line, written whole and
 * flushed as it happens. {@link #NONE} discards everything.
 *
 * <p>Writing never throws: the first failure (a full disk, a closed pipe) ends the stream, a
 * regular file is cut back to its last whole line, and {@link #failure()} says what happened so
 * the app can report it in one line and exit non-zero.
 */
public final class EventLog implements AutoCloseable {

  public static final EventLog NONE = new EventLog(null, "nothing");

  /** Where the lines go. */
  interface Sink extends AutoCloseable {
    /** Writes one whole line (with its newline) or fails leaving no part of it. */
    void line(byte[] utf8) throws IOException;

    @Override
    void close() throws IOException;
  }

  private final ObjectMapper json = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  private final Sink out;
  private final String name;
  private String failure;

  EventLog(Sink out, String name) {
    this.out = out;
    this.name = name;
  }

  /** Events to a writer the caller owns (e.g. standard output); flushed, never closed. */
  public static EventLog to(Writer writer) {
    return new EventLog(new WriterSink(writer), "standard output");
  }

  /**
   * Events to a file, written in place as they happen: a regular file is truncated and written, a symbolic link
   * is followed, a device or FIFO is written to directly.
   */
  public static EventLog toFile(Path file) throws IOException {
    OutputFile f = OutputFile.stream(file);
    return new EventLog(new Sink() {
      @Override
      public void line(byte[] utf8) throws IOException {
        f.write(utf8);
      }

      @Override
      public void close() throws IOException {
        f.close();
      }
    }, file.toString());
  }

  /**
   * Why the stream stopped ("cannot write events to F: no space left on device"), or null while
   * every event has been written.
   */
  public synchronized String failure() {
    return failure;
  }

  public ObjectNode event(String type) {
    return json.createObjectNode().put("type", type);
  }

  public void ready(boolean modelLoaded, String screen, float x, float y, float w, float h) {
    ObjectNode e = event("ready").put("modelLoaded", modelLoaded).put("screen", screen);
    e.putObject("canvas").put("x", x).put("y", y).put("w", w).put("h", h);
    emit(e);
  }

  public void prediction(Reading p) {
    ObjectNode e = event("prediction");
    e.put("verdict", Readings.wireVerdict(p.verdict()));
    p.text().ifPresentOrElse(t -> e.put("reading", t), () -> e.putNull("reading"));
    // "digit" is the one digit's top guess (null for none or a number); "confidence" that of the
    // whole reading; the probabilities and scores are the first digit's (each digit is in "digits").
    if (p.digits().size() == 1) {
      e.put("digit", p.digit());
    } else {
      e.putNull("digit");
    }
    e.put("confidence", Readings.round(p.numberConfidence()));
    ArrayNode probs = e.putArray("probabilities");
    for (int d = 0; d < 10; d++) {
      probs.add(Readings.round(p.probability(d)));
    }
    p.first().ifPresent(d -> e.put("notDigit", Readings.round(d.notDigit())).put("fragment", Readings.round(d.fragment())));
    ArrayNode digits = e.putArray("digits");
    for (DigitReading d : p.digits()) {
      ObjectNode n = digits.addObject();
      n.put("digit", d.digit()).put("confidence", Readings.round(d.confidence())).put("verdict", Readings.wireVerdict(d.verdict()));
      n.putObject("box").put("x", d.box().x()).put("y", d.box().y()).put("w", d.box().width()).put("h", d.box().height());
    }
    e.put("profile", p.profileHelped());
    e.put("seq", p.seq());
    e.put("latencyMs", Math.round(p.latencyNanos() / 1e3) / 1e3);
    emit(e);
  }


  public void round(RoundResult r) {
    round(r, false);
  }

  /** How a round ended; {@code skipped} (the player skipped it, a loss) is written only when true. */
  public void round(RoundResult r, boolean skipped) {
    ObjectNode e = event("round")
        .put("round", r.index() + 1)
        .put("target", r.target().answer())
        .put("won", r.won());
    if (r.finalGuess() == null) {
      e.putNull("guess");
    } else {
      e.put("guess", r.finalGuess());
    }
    e.put("confidence", Readings.round(r.confidence()))
        .put("seconds", Math.round(r.seconds() * 100) / 100.0)
        .put("points", r.points())
        .put("streak", r.streak());
    if (skipped) {
      e.put("skipped", true);
    }
    emit(e);
  }

  /** A phrase the AI said (heard or not: muted, no device). */
  public void say(String text) {
    emit(event("say").put("text", text));
  }

  public void cleared() {
    emit(event("cleared"));
  }

  /** Writes one event and flushes it; after a failure, nothing (see {@link #failure()}). */
  public synchronized void emit(ObjectNode e) {
    if (out == null || failure != null) {
      return;
    }
    byte[] line;
    try {
      line = (json.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("event cannot be encoded: " + ex.getMessage(), ex);
    }
    try {
      out.line(line);
    } catch (IOException ex) {
      failure = "cannot write events to " + name + ": " + IoErrors.describe(ex);
    }
  }

  @Override
  public synchronized void close() {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException ex) {
      if (failure == null) {
        failure = "cannot write events to " + name + ": " + IoErrors.describe(ex);
      }
    }
  }

  /** A writer owned by someone else; a {@link PrintWriter}'s swallowed errors are checked. */
  private record WriterSink(Writer writer) implements Sink {
    @Override
    public void line(byte[] utf8) throws IOException {
      writer.write(new String(utf8, StandardCharsets.UTF_8));
      writer.flush();
      if (writer instanceof PrintWriter p && p.checkError()) {
        throw new IOException("write error");
      }
    }

    @Override
    public void close() throws IOException {
      writer.flush();
    }
  }
}
