package dev.digitarcade.game.results;

import dev.digitarcade.game.settings.Settings;

/** The name typed on the results screen: printable characters, at most {@value Settings#MAX_NAME}. */
final class NameEntry {
  private final StringBuilder text = new StringBuilder();
  private boolean editing = true;

  /** @param start the name offered (the last one used) */
  NameEntry(String start) {
    text.append(Settings.cleanName(start));
  }

  boolean editing() {
    return editing;
  }

  String text() {
    return text.toString();
  }

  void type(int codepoint) {
    if (!editing || Character.isISOControl(codepoint) || !Character.isDefined(codepoint)
        || text.codePointCount(0, text.length()) >= Settings.MAX_NAME || text.length() == 0 && codepoint == ' ') {
      return;
    }
    text.appendCodePoint(codepoint);
  }

  void backspace() {
    if (editing && text.length() > 0) {
      text.setLength(text.offsetByCodePoints(text.length(), -1));
    }
  }

  /** Stops typing; returns the name, trimmed. */
  String finish() {
    editing = false;
    String s = Settings.cleanName(text.toString());
    text.setLength(0);
    text.append(s);
    return s;
  }
}
