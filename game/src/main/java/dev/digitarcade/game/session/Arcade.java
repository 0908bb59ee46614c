package dev.digitarcade.game.session;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.game.profile.ProfileStore;
import dev.digitarcade.game.reading.DigitReader;
import dev.digitarcade.game.rules.ChallengeConfig;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.scores.HighScoreStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What every screen of the game shares, passed explicitly: the engine, the live reader, the
 * event stream, the high-score table and the settings of this run.
 */
public final class Arcade {
  private final EngineContext engine;
  private final Navigator navigator;
  private final PrintWriter err;
  private final DigitReader reader;
  private final EventLog events;
  private final HighScoreStore scores;
  private final Settings settings;
  private final ProfileStore profile;
  private final List<String> notices = new ArrayList<>();
  private long challenges;
  private Level lastLevel;

  /**
   * @param lockstep await every reading (simulated time: replays, tests, benchmarks)
   * @param seed first challenge's seed; later challenges in the same run use the next ones
   * @param rounds rounds per challenge
   * @param roundSeconds seconds per round
   * @param level what the challenge asks for unless the player picks another in the menu
   */
  public record Settings(boolean lockstep, long seed, int rounds, double roundSeconds, Level level) {
    public Settings(boolean lockstep, long seed, int rounds, double roundSeconds) {
      this(lockstep, seed, rounds, roundSeconds, Level.DIGITS);
    }

    public ChallengeConfig challenge(long n, Level level) {
      return new ChallengeConfig(rounds, roundSeconds, ChallengeConfig.DEFAULT_WIN_CONFIDENCE,
          ChallengeConfig.DEFAULT_PAUSE_SECONDS, seed + n, level);
    }
  }

  /** @param scoresFile the high-score table; problems with it become {@link #notice notices} */
  public Arcade(EngineContext engine, DigitReader reader, EventLog events, Path scoresFile, Settings settings,
      Function<Arcade, Navigator> navigator, PrintWriter err) {
    this(engine, reader, events, scoresFile, settings, navigator, err, ProfileStore.inMemory());
  }

  /** @param profile the player's handwriting profile (what free draw teaches, what the reader reads with) */
  public Arcade(EngineContext engine, DigitReader reader, EventLog events, Path scoresFile, Settings settings,
      Function<Arcade, Navigator> navigator, PrintWriter err, ProfileStore profile) {
    this.err = err;
    this.profile = profile;
    this.engine = engine;
    this.navigator = navigator.apply(this);
    this.reader = reader;
    this.events = events;
    this.scores = new HighScoreStore(scoresFile, this::notice);
    this.settings = settings;
    this.lastLevel = settings.level();
  }

  /** Where screens send the player. */
  public Navigator navigator() {
    return navigator;
  }

  public EngineContext engine() {
    return engine;
  }

  public DigitReader reader() {
    return reader;
  }

  public EventLog events() {
    return events;
  }

  public HighScoreStore scores() {
    return scores;
  }

  public Settings settings() {
    return settings;
  }

  /** The player's handwriting profile. */
  public ProfileStore profile() {
    return profile;
  }

  /** The rules for the next challenge of this run. */
  public ChallengeConfig nextChallenge() {
    return nextChallenge(lastLevel);
  }

  /** The rules of the next challenge at {@code level}; {@link #nextChallenge()} then plays that level again. */
  public ChallengeConfig nextChallenge(Level level) {
    lastLevel = level;
    return settings.challenge(challenges++, level);
  }

  /** A warning for the player (e.g. a high-score file set aside); also written to stderr. */
  public void notice(String message) {
    err.println("digit-arcade: " + message);
    err.flush();
    notices.add(message);
  }

  public List<String> notices() {
    return List.copyOf(notices);
  }

  /** The line shown where a reading would be when there is no model yet, or null when there is one. */
  public String modelStatusLine() {
    DigitReader.Status s = reader.status();
    if (s instanceof DigitReader.Status.Failed f) {
      return "No model: " + f.message();
    }
    return s instanceof DigitReader.Status.Loading ? "Loading the model…" : null;
  }
}
