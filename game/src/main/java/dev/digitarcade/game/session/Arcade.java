package dev.digitarcade.game.session;

import dev.digitarcade.engine.app.EngineContext;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.profile.ProfileStore;
import dev.digitarcade.game.reading.DigitReader;
import dev.digitarcade.game.rules.ChallengeConfig;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.scores.HighScoreStore;
import dev.digitarcade.game.settings.Settings;
import dev.digitarcade.game.settings.SettingsStore;
import dev.digitarcade.game.sound.Sounds;
import dev.digitarcade.game.ui.Painter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What every screen of the game shares, passed explicitly: the engine, the live reader, the
 * event stream, the high-score table, the sounds, the player's settings and what the command
 * line decided for this run (which overrides the settings without changing them).
 */
public final class Arcade {
  private final EngineContext engine;
  private final Navigator navigator;
  private final PrintWriter err;
  private final DigitReader reader;
  private final EventLog events;
  private final HighScoreStore scores;
  private final Run run;
  private final SettingsStore settingsStore;
  private final Sounds sounds;
  private final ProfileStore profile;
  private Settings settings;
  private final List<String> notices = new ArrayList<>();
  private long challenges;
  private Level lastLevel;

  /**
   * What the command line decided for this run.
   *
   * @param lockstep await every reading (simulated time: replays, tests, benchmarks)
   * @param seed first challenge's seed; later challenges in the same run use the next ones
   * @param rounds rounds per challenge, when given (overrides the settings)
   * @param roundSeconds seconds per round, when given (overrides the settings)
   * @param mute start muted (overrides the settings for this run)
   * @param checkLayout measure what the screens draw and report text outside its card (events)
   * @param level what the challenge asks for unless the player picks another in the menu
   */
  public record Run(boolean lockstep, long seed, OptionalInt rounds, OptionalDouble roundSeconds, boolean mute,
                    boolean checkLayout, Level level) {
    /** A run with the settings' own rounds and round time, of digit challenges. */
    public static Run of(boolean lockstep, long seed) {
      return new Run(lockstep, seed, OptionalInt.empty(), OptionalDouble.empty(), false, false, Level.DIGITS);
    }
  }

  /**
   * @param scoresFile the high-score table; problems with it become {@link #notice notices}
   * @param settingsStore the player's settings, loaded now (a damaged file is a notice)
   * @param sounds the voice and effects; this arcade applies the settings' volumes and mute to them
   */
  public Arcade(EngineContext engine, DigitReader reader, EventLog events, Path scoresFile, Run run,
      SettingsStore settingsStore, Sounds sounds, Function<Arcade, Navigator> navigator, PrintWriter err) {
    this(engine, reader, events, scoresFile, run, settingsStore, sounds, navigator, err, ProfileStore.inMemory());
  }

  /** @param profile the player's handwriting profile (what free draw teaches, what the reader reads with) */
  public Arcade(EngineContext engine, DigitReader reader, EventLog events, Path scoresFile, Run run,
      SettingsStore settingsStore, Sounds sounds, Function<Arcade, Navigator> navigator, PrintWriter err,
      ProfileStore profile) {
    this.err = err;
    this.profile = profile;
    this.engine = engine;
    this.reader = reader;
    this.events = events;
    this.scores = new HighScoreStore(scoresFile, this::notice);
    this.run = run;
    this.settingsStore = settingsStore;
    this.sounds = sounds;
    this.settings = settingsStore.load();
    this.lastLevel = run.level();
    applySound();
    sounds.setMuted(settings.muted() || run.mute());
    this.navigator = navigator.apply(this);
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

  /** The player's handwriting profile. */
  public ProfileStore profile() {
    return profile;
  }

  /** What the command line decided. */
  public Run run() {
    return run;
  }

  /** Whether every reading is awaited (simulated time). */
  public boolean lockstep() {
    return run.lockstep();
  }

  /** The player's settings as stored (the command line's overrides are in {@link #run()}). */
  public Settings settings() {
    return settings;
  }

  /** Rounds per challenge in this run: the command line's, else the settings'. */
  public int rounds() {
    return run.rounds().orElse(settings.rounds());
  }

  /** Seconds per round in this run: the command line's, else the settings'. */
  public double roundSeconds() {
    return run.roundSeconds().orElse(settings.roundSeconds());
  }

  /**
   * Changes the settings, applies them (volumes, mute) and writes them; a failure to write is a
   * notice, and the new settings still hold for this run.
   */
  public void changeSettings(Settings changed) {
    boolean muteChanged = changed.muted() != settings.muted();
    settings = changed;
    applySound();
    if (muteChanged) {
      sounds.setMuted(changed.muted());
    }
    Optional<String> failure = settingsStore.save(changed);
    failure.ifPresent(this::notice);
  }

  /** Where the settings are kept. */
  public String settingsFile() {
    return settingsStore.file().toString();
  }

  private void applySound() {
    sounds.setVolumes(settings.soundVolume(), settings.voiceVolume());
  }

  public Sounds sounds() {
    return sounds;
  }

  /** A painter for a screen's frames; it measures what it draws when this run checks layouts. */
  public Painter painter() {
    return new Painter(engine.ui(), run.checkLayout());
  }

  /** Writes what a painter found wrong with a frame of {@code screen} to the event stream. */
  public void layoutProblems(String screen, Painter painter) {
    if (run.checkLayout()) {
      for (String problem : painter.problems()) {
        events.emit(events.event("layout").put("screen", screen).put("problem", problem));
      }
    }
  }

  /**
   * The keys every screen shares: {@code M} mutes or unmutes (and the settings remember it),
   * {@code F1} or {@code ?} opens the help. Screens call this first with keys they do not use
   * themselves; a screen where the player types (a name) does not.
   *
   * @return whether the event was one of them
   */
  public boolean sharedKey(InputEvent event) {
    if (event instanceof InputEvent.Key k && k.isPress(Keys.letter('M'))) {
      boolean muted = !sounds.muted();
      sounds.setMuted(muted); // also when only --mute had muted this run
      changeSettings(settings.withMuted(muted));
      events.emit(events.event("sound").put("muted", muted));
      return true;
    }
    if (event instanceof InputEvent.Key k && k.isPress(Keys.F1)
        || event instanceof InputEvent.CharTyped c && c.codepoint() == '?') {
      navigator.help();
      return true;
    }
    return false;
  }

  /** The rules for the next challenge of this run, at the level played last. */
  public ChallengeConfig nextChallenge() {
    return nextChallenge(lastLevel);
  }

  /** The rules of the next challenge at {@code level}; {@link #nextChallenge()} then plays that level again. */
  public ChallengeConfig nextChallenge(Level level) {
    lastLevel = level;
    return new ChallengeConfig(rounds(), roundSeconds(), settings.difficulty().winConfidence(),
        ChallengeConfig.DEFAULT_PAUSE_SECONDS, run.seed() + challenges++, level);
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
