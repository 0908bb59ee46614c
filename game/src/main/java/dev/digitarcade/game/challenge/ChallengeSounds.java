package dev.digitarcade.game.challenge;

import dev.digitarcade.engine.audio.SoundEffects;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.rules.Challenge;
import dev.digitarcade.game.rules.RoundResult;
import dev.digitarcade.game.scores.Saved;
import dev.digitarcade.game.sound.Commentator;
import dev.digitarcade.game.sound.Phrase;
import dev.digitarcade.game.sound.Sounds;
import java.util.List;

/**
 * What a challenge sounds like: the {@link Commentator}'s phrases through the game's {@link
 * Sounds}, and the effects (round start, the last seconds' ticks, win, time-out, new best).
 *
 * <p>Whether the voice is still speaking is judged by loop time and the phrase's length, not by
 * asking the device: the same input then gives the same phrases on every machine, with sound or
 * without, and in simulated time.
 */
final class ChallengeSounds {
  private final Sounds sounds;
  private final Commentator commentator = new Commentator();
  private int startedRound = -1;
  private double busyUntil = Double.NEGATIVE_INFINITY;

  ChallengeSounds(Sounds sounds) {
    this.sounds = sounds;
  }

  private void say(Phrase p, double now) {
    sounds.say(p);
    busyUntil = now + sounds.seconds(p);
  }

  /** One step of a running clock at loop time {@code now}: a new round's prompt, ticks, a settled guess. */
  void update(Challenge c, double now) {
    if (c.phase() != Challenge.Phase.DRAWING) {
      return;
    }
    if (c.round() != startedRound) {
      startedRound = c.round();
      sounds.play(SoundEffects.ROUND_START);
      say(commentator.roundStarted(c.target()), now);
    }
    if (commentator.tick(c.secondsLeft()).isPresent()) {
      sounds.play(SoundEffects.TICK);
    }
    commentator.guess(now, now < busyUntil).ifPresent(p -> say(p, now));
  }

  void reading(Reading r, double now) {
    commentator.hear(r, now);
  }

  void roundOver(RoundResult r, boolean skipped, double now) {
    sounds.play(r.won() ? SoundEffects.WIN : SoundEffects.TIME_OUT);
    say(commentator.roundEnded(r.won(), r.target(), skipped), now);
  }

  /** The game ended; a new best score gets its fanfare. */
  void finished(Saved saved, double now) {
    if (saved instanceof Saved.Ranked r && r.rank() == 1) {
      sounds.play(SoundEffects.NEW_BEST);
      say(new Phrase("New best score!", List.of("new-best")), now);
    }
  }

  /** Paused or left: the voice stops mid-phrase. */
  void hush() {
    sounds.hush();
    busyUntil = Double.NEGATIVE_INFINITY;
  }
}
