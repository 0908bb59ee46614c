package dev.digitarcade.game.predict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digitarcade.game.reading.DigitReading;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.reading.Readings;
import java.util.Locale;

/** How {@code predict} prints a reading: a CSV row or a JSON object. */
final class ReadingFormat {
  static final String CSV_HEADER = "file,reading,confidence";

  /** The reading column of an image without ink. */
  static final String EMPTY = "empty";

  /** The reading column when the app would not claim a digit. */
  static final String UNCLAIMED = "?";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReadingFormat() {}

  /**
   * {@code file,reading,confidence}; the confidence is that of the claimed reading or of the best
   * guess, for a number the product over its digits.
   */
  static String csv(String file, Reading r) {
    if (r.isEmpty()) {
      return field(file) + "," + EMPTY + ",";
    }
    return field(file) + "," + r.text().orElse(UNCLAIMED) + ","
        + String.format(Locale.ROOT, "%.4f", r.numberConfidence());
  }

  /** One line of JSON with every figure of the reading. */
  static String json(String file, Reading r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("file", file);
    o.put("reading", r.isEmpty() ? EMPTY : r.text().orElse(UNCLAIMED));
    o.put("verdict", Readings.wireVerdict(r.verdict()));
    o.put("profile", r.profileHelped()); // as the prediction event: the player's profile changed a digit's reading
    ArrayNode digits = o.putArray("digits");
    for (DigitReading d : r.digits()) {
      ObjectNode n = digits.addObject();
      n.put("digit", d.digit());
      n.put("confidence", Readings.round(d.confidence()));
      n.put("verdict", Readings.wireVerdict(d.verdict()));
      n.put("notDigit", Readings.round(d.notDigit()));
      n.put("fragment", Readings.round(d.fragment()));
      n.put("profile", d.profile());
      ArrayNode p = n.putArray("probabilities");
      for (int k = 0; k < 10; k++) {
        p.add(Readings.round(d.probability(k)));
      }
      n.putObject("box").put("x", d.box().x()).put("y", d.box().y()).put("w", d.box().width())
          .put("h", d.box().height());
    }
    if (r.digits().size() == 1) {
      o.put("digit", r.digit());
    } else {
      o.putNull("digit");
    }
    if (r.isEmpty()) {
      o.putNull("confidence");
    } else {
      o.put("confidence", Readings.round(r.numberConfidence()));
    }
    return o.toString();
  }

  /** A CSV field, quoted when it holds a comma, a quote or a line break. */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
