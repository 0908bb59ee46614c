package dev.digitarcade.game.sound;

import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.rules.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the AI says out loud during a challenge, decided from the same readings the rules see,
 * with time given by the caller (so it is tested with scripted readings and no clock).
 *
 * <p>It does not babble: a guess is spoken only when the reading has <em>settled</em> (the same
 * guess for {@value #SETTLE_SECONDS} s), only when it differs from what was last said, and only
 * when nothing is being said. There is no queue: while the voice speaks, newer readings replace
 * the one waiting, and a guess that no longer holds when the voice falls silent is dropped. The
 * round's prompt and its ending are spoken at once (they replace a guess being said).
 */
public final class Commentator {
  /** How long a guess must hold before it is said. */
  public static final double SETTLE_SECONDS = 0.6;
  /** Ticks sound for the last this many whole seconds of a round. */
  public static final int TICK_SECONDS = 5;

  /** What a reading is worth saying as. */
  private sealed interface Guess {
    record Number(String text) implements Guess { }

    record NotANumber() implements Guess { }

    record KeepGoing() implements Guess { }
  }

  private Guess candidate;
  private double candidateSince;
  private Guess lastSaid;
  private boolean numberSaid;
  private boolean keepGoingSaid;
  private boolean inRound;
  private int lastTick = Integer.MAX_VALUE;

  /**
   * A round begins: forget the last one's guesses; returns the prompt, the words the round
   * shows ("Draw a 7!", "Draw 47!", "What is 7 × 8?"). A question has no clips: it is shown, not
   * heard.
   */
  public Phrase roundStarted(Target target) {
    candidate = null;
    lastSaid = null;
    numberSaid = false;
    keepGoingSaid = false;
    inRound = true;
    lastTick = Integer.MAX_VALUE;
    List<String> clips = target.isQuestion() ? List.of()
        : target.answer().length() == 1 ? List.of("draw-" + target.answer()) : Phrase.digits(target.answer());
    return new Phrase(target.instruction(), clips);
  }

  /** The newest reading, at loop time {@code now}. */
  public void hear(Reading reading, double now) {
    if (!inRound) {
      return;
    }
    Guess g = guessOf(reading);
    if (g == null || !g.equals(candidate)) {
      candidate = g;
      candidateSince = now;
    }
  }

  private static Guess guessOf(Reading r) {
    return switch (r.verdict()) {
      case SURE -> r.text().filter(t -> t.chars().allMatch(Character::isDigit)).<Guess>map(Guess.Number::new)
          .orElse(null);
      case NOT_A_DIGIT -> new Guess.NotANumber();
      case KEEP_DRAWING -> new Guess.KeepGoing();
      case EMPTY, UNSURE -> null;
    };
  }

  /**
   * The guess to say now, if the reading has settled on something new and the voice is free.
   *
   * @param speaking whether the voice is still saying something
   */
  public Optional<Phrase> guess(double now, boolean speaking) {
    if (!inRound || speaking || candidate == null || candidate.equals(lastSaid)
        || now - candidateSince + 1e-9 < SETTLE_SECONDS) {
      return Optional.empty();
    }
    Guess g = candidate;
    Phrase p;
    if (g instanceof Guess.Number n) {
      List<String> clips = new ArrayList<>();
      clips.add(numberSaid ? "or" : "i-see");
      clips.addAll(Phrase.digits(n.text()));
      p = new Phrase((numberSaid ? "or " : "I see ") + n.text() + "…", clips);
      numberSaid = true;
    } else if (g instanceof Guess.NotANumber) {
      p = new Phrase("Hmm, that's not a number.", List.of("not-a-number"));
    } else {
      if (keepGoingSaid) {
        return Optional.empty(); // once a round is enough
      }
      keepGoingSaid = true;
      p = new Phrase("Keep going.", List.of("keep-going"));
    }
    lastSaid = g;
    return Optional.of(p);
  }

  /**
   * The round ended; returns its last words. Nothing more is said until the next round.
   *
   * @param skipped the player skipped it (no "time's up")
   */
  public Phrase roundEnded(boolean won, Target target, boolean skipped) {
    inRound = false;
    candidate = null;
    if (won) {
      String answer = target.answer();
      List<String> clips = answer.length() == 1 ? List.of("i-know-" + answer) : Phrase.digits(answer);
      return new Phrase("Oh, I know, it's " + answer + "!", clips);
    }
    return skipped ? new Phrase("Sorry, I couldn't guess it.", List.of("couldnt-guess"))
        : new Phrase("Time's up! Sorry, I couldn't guess it.", List.of("times-up", "couldnt-guess"));
  }

  /**
   * The whole second to tick for, when the clock has just crossed into one of the last {@value
   * #TICK_SECONDS} (5, 4, 3, 2, 1 left), once each.
   */
  public OptionalInt tick(double secondsLeft) {
    if (!inRound || secondsLeft <= 0) {
      return OptionalInt.empty();
    }
    int whole = (int) Math.ceil(secondsLeft - 1e-9);
    if (whole <= TICK_SECONDS && whole < lastTick) {
      lastTick = whole;
      return OptionalInt.of(whole);
    }
    return OptionalInt.empty();
  }
}
