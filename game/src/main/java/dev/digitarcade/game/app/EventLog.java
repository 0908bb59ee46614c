package dev.digitarcade.game.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.game.challenge.RoundResult;
import dev.digitarcade.game.live.Prediction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The app's event stream for scripts and tests: one JSON object a line, flushed as it
 * happens. {@link #NONE} discards everything.
 */
public final class EventLog implements AutoCloseable {

  public static final EventLog NONE = new EventLog(null, false);

  private final ObjectMapper json = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  private final Writer out;
  private final boolean owned;

  private EventLog(Writer out, boolean owned) {
    this.out = out;
    this.owned = owned;
  }

  /** Events to a writer the caller owns (e.g. standard output); flushed, never closed. */
  public static EventLog to(Writer writer) {
    return new EventLog(writer, false);
  }

  /** Events to a new file (replaced if it exists). */
  public static EventLog toFile(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new EventLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
  }

  public ObjectNode event(String type) {
    return json.createObjectNode().put("type", type);
  }

  public void ready(boolean modelLoaded, String screen, float x, float y, float w, float h) {
    ObjectNode e = event("ready").put("modelLoaded", modelLoaded).put("screen", screen);
    e.putObject("canvas").put("x", x).put("y", y).put("w", w).put("h", h);
    emit(e);
  }

  public void prediction(Prediction p) {
    ObjectNode e = event("prediction");
    if (p.isEmpty()) {
      e.putNull("digit").put("confidence", 0.0);
    } else {
      e.put("digit", p.digit()).put("confidence", round(p.confidence()));
    }
    ArrayNode probs = e.putArray("probabilities");
    for (int d = 0; d < 10; d++) {
      probs.add(round(p.probability(d)));
    }
    e.put("canvasVersion", p.canvasVersion());
    e.put("latencyMs", Math.round(p.latencyNanos() / 1e3) / 1e3);
    emit(e);
  }

  public void round(RoundResult r) {
    ObjectNode e = event("round")
        .put("round", r.index() + 1)
        .put("target", r.target())
        .put("won", r.won());
    if (r.finalGuess() < 0) {
      e.putNull("guess");
    } else {
      e.put("guess", r.finalGuess());
    }
    e.put("confidence", round(r.confidence()))
        .put("seconds", Math.round(r.seconds() * 100) / 100.0)
        .put("points", r.points())
        .put("streak", r.streak());
    emit(e);
  }

  public void cleared() {
    emit(event("cleared"));
  }

  private static double round(float v) {
    return Math.round(v * 1e4) / 1e4;
  }

  /** Writes one event and flushes it. */
  public synchronized void emit(ObjectNode e) {
    if (out == null) {
      return;
    }
    try {
      out.write(json.writeValueAsString(e));
      out.write('\n');
      out.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the event stream: " + ex.getMessage(), ex);
    }
  }

  @Override
  public synchronized void close() {
    if (out == null) {
      return;
    }
    try {
      if (owned) {
        out.close();
      } else {
        out.flush();
      }
    } catch (IOException ignored) {
      // Nothing more can be reported through a stream that failed.
    }
  }
}
