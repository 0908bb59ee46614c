package dev.digitarcade.game.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.model.profile.Example;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.segment.Stroke;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One example as a small JSON file: {@code format}, {@code id}, {@code digit}, {@code input} (the
 * 784 recipe values as bytes 0-255, Base64), {@code canvas}, {@code created} (epoch ms) and {@code
 * strokes} ({@code [{"r": radius, "x": [...], "y": [...], "t": [...]}]}, canvas pixels and
 * seconds; empty when not known).
 */
final class ExampleCodec {
  static final String FORMAT = "digit-arcade-example/1";

  private final ObjectMapper json = new ObjectMapper();

  byte[] encode(Example e) throws IOException {
    ObjectNode o = json.createObjectNode().put("format", FORMAT).put("id", e.id()).put("digit", e.digit());
    o.put("input", inputText(e.input()));
    o.put("canvas", e.canvas()).put("created", e.createdMillis());
    putStrokes(o.putArray("strokes"), e.strokes());
    return (json.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The JSON object in {@code bytes} whose "format" is {@code format}.
   *
   * @throws IOException "not JSON", or "not a FORMAT file"
   */
  static JsonNode readTagged(ObjectMapper json, byte[] bytes, String format) throws IOException {
    JsonNode o;
    try {
      o = json.readTree(bytes);
    } catch (IOException e) {
      throw new IOException("not JSON");
    }
    if (o == null || !format.equals(o.path("format").asText())) {
      throw new IOException("not a " + format + " file");
    }
    return o;
  }

  /** @throws IOException with a short reason when the bytes are not an example */
  Example decode(byte[] bytes) throws IOException {
    JsonNode o = ExampleCodec.readTagged(json, bytes, FORMAT);
    float[] in = input(o.path("input").asText());
    try {
      List<Stroke> strokes = strokes(o.path("strokes"));
      if (!o.path("digit").canConvertToInt()) {
        throw new IOException("digit missing");
      }
      return new Example(o.path("id").asText(), o.path("digit").asInt(), in, strokes, o.path("canvas").asInt(0),
          o.path("created").asLong(0));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage());
    }
  }

  /** The 784 recipe values as bytes 0-255 in Base64. */
  static String inputText(float[] in) {
    byte[] px = new byte[MnistInput.SIZE];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) Math.round(in[i] * 255f);
    }
    return Base64.getEncoder().encodeToString(px);
  }

  /** @throws IOException when {@code text} is not 784 values in Base64 */
  static float[] input(String text) throws IOException {
    byte[] px;
    try {
      px = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IOException("input is not Base64");
    }
    if (px.length != MnistInput.SIZE) {
      throw new IOException("input holds " + px.length + " values (expected " + MnistInput.SIZE + ")");
    }
    float[] in = new float[px.length];
    for (int i = 0; i < px.length; i++) {
      in[i] = (px[i] & 0xff) / 255f;
    }
    return in;
  }

  /** Strokes as {@code [{"r": radius, "x": [...], "y": [...], "t": [...]}]}. */
  static void putStrokes(ArrayNode strokes, List<Stroke> list) {
    for (Stroke s : list) {
      ObjectNode so = strokes.addObject().put("r", s.radius());
      ArrayNode xs = so.putArray("x");
      ArrayNode ys = so.putArray("y");
      ArrayNode ts = so.putArray("t");
      for (Stroke.Point p : s.points()) {
        xs.add(Math.round(p.x() * 100) / 100.0);
        ys.add(Math.round(p.y() * 100) / 100.0);
        ts.add(Math.round(p.t() * 1e4) / 1e4);
      }
    }
  }

  /** @throws IOException when a stroke's coordinates and times differ in length */
  static List<Stroke> strokes(JsonNode node) throws IOException {
    List<Stroke> strokes = new ArrayList<>();
    for (JsonNode s : node) {
      JsonNode xs = s.path("x");
      JsonNode ys = s.path("y");
      JsonNode ts = s.path("t");
      if (xs.size() != ys.size() || xs.size() != ts.size()) {
        throw new IOException("a stroke's x, y and t differ in length");
      }
      List<Stroke.Point> pts = new ArrayList<>(xs.size());
      for (int i = 0; i < xs.size(); i++) {
        pts.add(new Stroke.Point((float) xs.get(i).asDouble(), (float) ys.get(i).asDouble(), ts.get(i).asDouble()));
      }
      strokes.add(new Stroke(pts, (float) s.path("r").asDouble()));
    }
    return strokes;
  }
}
