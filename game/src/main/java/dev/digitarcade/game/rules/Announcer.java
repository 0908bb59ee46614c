package dev.digitarcade.game.rules;

import dev.digitarcade.game.reading.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the stream of readings in a round into what the AI says out loud, Quick-Draw style:
 * "I see 3 … 8 … it's 5!". A guess is announced when the app is sure of a digit it has not just
 * announced; the trail keeps the last few. What is not (yet) a digit gets the verdict's words:
 * "keep going…", "hmm… that's not a number", "hmm…".
 */
final class Announcer {

  private static final int TRAIL = 4;

  private final List<String> said = new ArrayList<>();
  private String ending = "";
  /** What the AI says after the trail about the current drawing ("" when it is sure or empty). */
  private String hint = "";
  private Target target;

  void reset(Target target) {
    this.target = target;
    said.clear();
    ending = "";
    hint = "";
  }

  void hear(Reading p) {
    hint = switch (p.verdict()) {
      case EMPTY, SURE -> "";
      case KEEP_DRAWING -> "keep going…";
      case NOT_A_DIGIT -> "hmm… that's not a number";
      case UNSURE -> "hmm…";
    };
    String text = p.text().orElse(null);
    if (text != null && (said.isEmpty() || !said.get(said.size() - 1).equals(text))) {
      said.add(text);
    }
  }

  void verdict(boolean won, Reading last, boolean skipped) {
    if (skipped) {
      ending = "skipped: it was " + target.answer() + ".";
    } else if (won) {
      ending = "it's " + target.answer() + "!";
    } else if (last.isEmpty()) {
      ending = "time's up: I saw nothing.";
    } else if (last.isSure()) {
      ending = "time's up: I think it's " + last.text().orElseThrow() + ".";
    } else {
      ending = "time's up: I can't tell what that is.";
    }
  }

  String text() {
    List<String> parts = new ArrayList<>(said.subList(Math.max(0, said.size() - TRAIL), said.size()));
    boolean won = ending.startsWith("it's");
    if (won && !parts.isEmpty() && parts.get(parts.size() - 1).equals(target.answer())) {
      parts.remove(parts.size() - 1);
    }
    if (parts.isEmpty()) {
      if (!ending.isEmpty()) {
        return Character.toUpperCase(ending.charAt(0)) + ending.substring(1);
      }
      return hint.isEmpty() ? target.instruction()
          : Character.toUpperCase(hint.charAt(0)) + hint.substring(1);
    }
    StringBuilder sb = new StringBuilder("I see ");
    for (String d : parts) {
      sb.append(d).append(" … ");
    }
    if (!ending.isEmpty()) {
      sb.append(ending);
    } else {
      sb.append(hint);
    }
    return sb.toString().trim();
  }
}
