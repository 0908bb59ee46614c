package dev.digitarcade.game.challenge;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.rules.Challenge;
import dev.digitarcade.game.rules.RoundResult;
import java.util.Optional;

/**
 * Pause, skip and give up, apart from any window: {@code P} (or {@code Space} away from the
 * canvas) pauses and resumes, {@code S} skips the round being drawn (it counts as lost), {@code
 * Esc} asks "give up this game?" ({@code Y} or {@code Enter} gives up, {@code N} or {@code Esc}
 * plays on). The clock runs only while playing: paused or asking, {@link #step} leaves the
 * challenge as it is.
 */
final class PlayControls {
  /** Where the player is. */
  enum State { PLAYING, PAUSED, ASKING }

  /** What a key asks the screen to do. */
  enum Action { NONE, PAUSED, RESUMED, SKIP, ASK, GIVE_UP }

  private State state = State.PLAYING;
  private State beforeAsking = State.PLAYING;

  State state() {
    return state;
  }

  boolean clockRuns() {
    return state == State.PLAYING;
  }

  /**
   * @param onCanvas whether the cursor is over the canvas (Space there is left to drawing)
   * @param drawing whether a round is being drawn (S skips only then)
   */
  Action key(InputEvent.Key k, boolean onCanvas, boolean drawing) {
    if (state == State.ASKING) {
      if (k.isPress(Keys.letter('Y')) || k.isPress(Keys.ENTER) || k.isPress(Keys.KP_ENTER)) {
        return Action.GIVE_UP;
      }
      if (k.isPress(Keys.letter('N')) || k.isPress(Keys.ESCAPE)) {
        state = beforeAsking;
        return state == State.PLAYING ? Action.RESUMED : Action.NONE;
      }
      return Action.NONE;
    }
    if (k.isPress(Keys.ESCAPE)) {
      beforeAsking = state;
      state = State.ASKING;
      return Action.ASK;
    }
    if (k.isPress(Keys.letter('P')) || k.isPress(Keys.SPACE) && !onCanvas) {
      state = state == State.PLAYING ? State.PAUSED : State.PLAYING;
      return state == State.PAUSED ? Action.PAUSED : Action.RESUMED;
    }
    if (k.isPress(Keys.letter('S')) && state == State.PLAYING && drawing) {
      return Action.SKIP;
    }
    return Action.NONE;
  }

  /** Advances the challenge's clock by {@code dt}, unless paused or asking. */
  Optional<RoundResult> step(Challenge c, double dt, boolean penDown) {
    return clockRuns() ? c.update(dt, penDown) : Optional.empty();
  }
}
