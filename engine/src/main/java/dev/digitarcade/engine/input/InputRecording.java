package dev.digitarcade.engine.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.engine.EngineException;
import dev.digitarcade.engine.io.InputFiles;
import dev.digitarcade.engine.io.IoErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON-lines format of recorded input. An optional first line is a header
 * {@code {"format":"digit-arcade-input","version":1,"width":W,"height":H}}; every other line is
 * one event, e.g. {@code {"t":0.5,"type":"cursor","x":10.0,"y":20.5}}. Types: {@code cursor},
 * {@code button} (button, action, mods, x, y), {@code key} (key, scancode, action, mods), {@code
 * char} (codepoint), {@code scroll} (dx, dy, x, y). Actions are {@code press}, {@code release},
 * {@code repeat}. Times are seconds since loop start, non-decreasing. Recordings the engine writes
 * also carry {@code "tick"}: the number of updates before the one that received the event. A
 * recording whose every event has a tick is replayed by tick (each event reaches exactly the same
 * update as when it was recorded, whatever the frame timing was); otherwise by time.
 */
public final class InputRecording {
  public static final String FORMAT = "digit-arcade-input";
  public static final int VERSION = 1;
  /** Recordings larger than this are refused (an hour of drawing is about 20 MB). */
  public static final long MAX_BYTES = 64L << 20;

  /**
   * A loaded recording: the window size it was made at (0 if unknown), its events in order and,
   * per event, its tick (-1 where the line has none).
   */
  public record Loaded(int width, int height, List<InputEvent> events, List<Long> ticks) {
    /** True if every event has a tick, so the recording can be replayed tick by tick. */
    public boolean hasTicks() {
      return !ticks.isEmpty() && ticks.stream().allMatch(t -> t >= 0);
    }

    public InputReplay replay() {
      return hasTicks() ? InputReplay.byTick(events, ticks) : new InputReplay(events);
    }
  }

  private final ObjectMapper json = new ObjectMapper();

  public String headerLine(int width, int height) {
    ObjectNode n = json.createObjectNode();
    n.put("format", FORMAT);
    n.put("version", VERSION);
    n.put("width", width);
    n.put("height", height);
    return n.toString();
  }

  public String toLine(InputEvent event) {
    return toLine(event, -1);
  }

  /** One line; {@code tick < 0} leaves the tick out. */
  public String toLine(InputEvent event, long tick) {
    ObjectNode n = json.createObjectNode();
    n.put("t", event.time());
    if (tick >= 0) {
      n.put("tick", tick);
    }
    if (event instanceof InputEvent.CursorMoved c) {
      n.put("type", "cursor");
      n.put("x", c.x());
      n.put("y", c.y());
    } else if (event instanceof InputEvent.MouseButton b) {
      n.put("type", "button");
      n.put("button", b.button());
      n.put("action", name(b.action()));
      n.put("mods", b.mods());
      n.put("x", b.x());
      n.put("y", b.y());
    } else if (event instanceof InputEvent.Key k) {
      n.put("type", "key");
      n.put("key", k.key());
      n.put("scancode", k.scancode());
      n.put("action", name(k.action()));
      n.put("mods", k.mods());
    } else if (event instanceof InputEvent.CharTyped c) {
      n.put("type", "char");
      n.put("codepoint", c.codepoint());
    } else if (event instanceof InputEvent.Scrolled sc) {
      n.put("type", "scroll");
      n.put("dx", sc.dx());
      n.put("dy", sc.dy());
      n.put("x", sc.x());
      n.put("y", sc.y());
    } else {
      throw new IllegalArgumentException("unknown event " + event);
    }
    return n.toString();
  }

  /** Reads a recording; any problem is an {@link EngineException} naming the file and line. */
  public Loaded read(Path file) {
    Parser parser = new Parser(file.toString());
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(InputFiles.open(file, MAX_BYTES), StandardCharsets.UTF_8.newDecoder()))) {
      for (String line; (line = in.readLine()) != null; ) {
        parser.line(line);
      }
    } catch (NoSuchFileException e) {
      throw new EngineException("recording not found: " + file);
    } catch (CharacterCodingException e) {
      throw new EngineException("cannot read recording " + file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new EngineException("cannot read recording " + file + ": " + IoErrors.describe(e), e);
    }
    return parser.result();
  }

  public Loaded parse(String source, List<String> lines) {
    Parser parser = new Parser(source);
    lines.forEach(parser::line);
    return parser.result();
  }

  /** Reads lines one at a time, so a long recording is never held as text. */
  private final class Parser {
    private final String source;
    private int width;
    private int height;
    private final List<InputEvent> events = new ArrayList<>();
    private final List<Long> ticks = new ArrayList<>();
    private double last = Double.NEGATIVE_INFINITY;
    private long lastTick = -1;
    private int lineNo;

    Parser(String source) {
      this.source = source;
    }

    void line(String raw) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty()) {
        return;
      }
      String where = source + " line " + lineNo;
      JsonNode n;
      try {
        n = json.readTree(line);
      } catch (JsonProcessingException e) {
        throw new EngineException(where + ": not valid JSON");
      }
      if (n == null || !n.isObject()) {
        throw new EngineException(where + ": expected a JSON object");
      }
      if (n.has("format")) {
        if (!FORMAT.equals(n.get("format").asText()) || n.path("version").asInt() != VERSION) {
          throw new EngineException(
              where + ": expected format \"" + FORMAT + "\" version " + VERSION);
        }
        width = n.path("width").asInt(0);
        height = n.path("height").asInt(0);
        return;
      }
      InputEvent e = event(where, n);
      if (e.time() < last) {
        throw new EngineException(where + ": time " + e.time() + " goes backwards (previous " + last + ")");
      }
      last = e.time();
      long tick = -1;
      if (n.has("tick")) {
        JsonNode t = n.get("tick");
        if (!t.canConvertToLong() || t.asLong() < 0 || !t.isIntegralNumber()) {
          throw new EngineException(where + ": expected \"tick\" to be an integer >= 0, got " + t);
        }
        tick = t.asLong();
        if (tick < lastTick) {
          throw new EngineException(where + ": tick " + tick + " goes backwards (previous " + lastTick + ")");
        }
        lastTick = tick;
      }
      events.add(e);
      ticks.add(tick);
    }

    Loaded result() {
      return new Loaded(width, height, List.copyOf(events), List.copyOf(ticks));
    }
  }

  private static InputEvent event(String where, JsonNode n) {
    double t = num(where, n, "t");
    if (t < 0 || !Double.isFinite(t)) {
      throw new EngineException(where + ": expected \"t\" to be a time >= 0, got " + n.get("t"));
    }
    String type = n.path("type").asText("");
    return switch (type) {
      case "cursor" -> new InputEvent.CursorMoved(t, num(where, n, "x"), num(where, n, "y"));
      case "button" -> new InputEvent.MouseButton(
          t, integer(where, n, "button"), action(where, n), n.path("mods").asInt(0),
          num(where, n, "x"), num(where, n, "y"));
      case "key" -> new InputEvent.Key(
          t, integer(where, n, "key"), n.path("scancode").asInt(0), action(where, n),
          n.path("mods").asInt(0));
      case "char" -> new InputEvent.CharTyped(t, integer(where, n, "codepoint"));
      case "scroll" -> new InputEvent.Scrolled(
          t, num(where, n, "dx"), num(where, n, "dy"), n.path("x").asDouble(0), n.path("y").asDouble(0));
      default -> throw new EngineException(
          where + ": expected \"type\" to be one of cursor, button, key, char, scroll, got "
              + (n.has("type") ? n.get("type").toString() : "nothing"));
    };
  }

  private static double num(String where, JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber()) {
      throw new EngineException(where + ": expected a number in \"" + field + "\"");
    }
    return v.asDouble();
  }

  private static int integer(String where, JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.canConvertToInt()) {
      throw new EngineException(where + ": expected an integer in \"" + field + "\"");
    }
    return v.asInt();
  }

  private static Action action(String where, JsonNode n) {
    String a = n.path("action").asText("");
    return switch (a) {
      case "press" -> Action.PRESS;
      case "release" -> Action.RELEASE;
      case "repeat" -> Action.REPEAT;
      default -> throw new EngineException(
          where + ": expected \"action\" to be press, release or repeat, got \"" + a + "\"");
    };
  }

  private static String name(Action a) {
    return switch (a) {
      case PRESS -> "press";
      case RELEASE -> "release";
      case REPEAT -> "repeat";
    };
  }
}
