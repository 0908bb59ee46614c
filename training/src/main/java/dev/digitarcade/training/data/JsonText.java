package dev.digitarcade.training.data;

import java.util.Locale;

/** Text for the JSON the training commands print. */
public final class JsonText {
  private JsonText() {}

  /** {@code v} as a JSON string literal, quotes and control characters escaped. */
  public static String quote(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : v.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
