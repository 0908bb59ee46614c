package dev.digitarcade.game.rules;

import dev.digitarcade.game.reading.Prediction;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the stream of readings in a round into what the AI says out loud, Quick-Draw style:
 * "I see 3 … 8 … it's 5!". A guess is announced when the model is fairly sure of a digit it
 * has not just announced; the trail keeps the last few.
 */
final class Announcer {

  /** Below this a reading is not worth announcing. */
  static final float ANNOUNCE = 0.5f;
  private static final int TRAIL = 4;

  private final List<Integer> said = new ArrayList<>();
  private String ending = "";
  private boolean unsure;
  private int target;

  void reset(int target) {
    this.target = target;
    said.clear();
    ending = "";
    unsure = false;
  }

  void hear(Prediction p) {
    if (p.isEmpty()) {
      unsure = false;
      return;
    }
    unsure = p.confidence() < ANNOUNCE;
    if (!unsure && (said.isEmpty() || said.get(said.size() - 1) != p.digit())) {
      said.add(p.digit());
    }
  }

  void verdict(boolean won, Prediction last) {
    if (won) {
      ending = "it's " + target + "!";
    } else if (last.isEmpty()) {
      ending = "time's up: I saw nothing.";
    } else if (last.isSure()) {
      ending = "time's up: I think it's " + last.digit() + ".";
    } else {
      ending = "time's up: I can't tell what that is.";
    }
  }

  String text() {
    List<Integer> parts = new ArrayList<>(said.subList(Math.max(0, said.size() - TRAIL), said.size()));
    boolean won = ending.startsWith("it's");
    if (won && !parts.isEmpty() && parts.get(parts.size() - 1) == target) {
      parts.remove(parts.size() - 1);
    }
    if (parts.isEmpty()) {
      if (!ending.isEmpty()) {
        return Character.toUpperCase(ending.charAt(0)) + ending.substring(1);
      }
      return unsure ? "Hmm…" : "Draw a " + target + "!";
    }
    StringBuilder sb = new StringBuilder("I see ");
    for (int d : parts) {
      sb.append(d).append(" … ");
    }
    if (!ending.isEmpty()) {
      sb.append(ending);
    } else if (unsure) {
      sb.append("hmm…");
    }
    return sb.toString().trim();
  }
}
