package dev.digitarcade.game.challenge;

import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.ui.Color;
import dev.digitarcade.engine.ui.TextStyle;
import dev.digitarcade.engine.ui.Ui;
import dev.digitarcade.game.drawing.DrawingPad;
import dev.digitarcade.game.drawing.DrawingScreen;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.rules.Challenge;
import dev.digitarcade.game.rules.ChallengeConfig;
import dev.digitarcade.game.rules.Digits;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.rules.RoundResult;
import dev.digitarcade.game.rules.Target;
import dev.digitarcade.game.rules.Thumbnail;
import dev.digitarcade.game.scores.HighScore;
import dev.digitarcade.game.scores.Saved;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.ui.Layouts;
import dev.digitarcade.game.ui.Painter;
import dev.digitarcade.game.ui.Theme;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** "Draw the target digit" rounds against the clock, the AI thinking out loud. */
public final class ChallengeScreen extends DrawingScreen {
  private static final int THUMB = 112;
  /** The keys under the canvas, the challenge's first; what does not fit is in the help (F1). */
  private static final List<String> KEYS = Stream.concat(
      Stream.of("P: pause", "S: skip", "Esc: give up", "F1: help"),
      Arrays.stream(DrawingPad.shortcuts().split(" {4}"))).toList();

  private final Challenge challenge;
  private final ChallengeSounds sounds;
  private final PlayControls controls = new PlayControls();
  private final Painter painter;
  private ChallengeLayout layout = ChallengeLayout.of(1120, 720);
  private double cursorX = -1;
  private double cursorY = -1;
  private final byte[] snapshot = new byte[DrawingPad.SIZE * DrawingPad.SIZE];
  private int shownRound;
  private int announcedRound = -1;

  public ChallengeScreen(Arcade arcade, ChallengeConfig config) {
    super(arcade, "challenge");
    this.challenge = new Challenge(config, this::thumbnail);
    this.sounds = new ChallengeSounds(arcade.sounds());
    this.painter = arcade.painter();
  }

  private Thumbnail thumbnail() {
    pad.read(snapshot);
    return Thumbnail.of(snapshot, DrawingPad.SIZE, DrawingPad.SIZE, THUMB);
  }

  @Override
  protected void onReading(Reading p) {
    arcade.events().prediction(p);
    challenge.onReading(p);
    sounds.reading(p, arcade.engine().loopTime());
  }

  private void roundOver(RoundResult r, boolean skipped) {
    // The round's drawing, labelled with the target only when the round was won.
    keepDrawing("challenge", r.won() ? Optional.of(r.target().answer()) : Optional.empty(),
        Optional.of(r.target().answer()), Optional.empty());
    arcade.events().round(r, skipped);
    sounds.roundOver(r, skipped, arcade.engine().loopTime());
    pad.setEnabled(false);
  }

  /** P or Space pauses, S skips, Esc asks before giving up (see {@link PlayControls}); the rest draws. */
  @Override
  public void handle(InputEvent event) {
    if (event instanceof InputEvent.CursorMoved c) {
      cursorX = c.x();
      cursorY = c.y();
    }
    if (event instanceof InputEvent.Key k && arcade.reader().isReady() && !challenge.isFinished()) {
      boolean onCanvas = cursorX >= pad.x() && cursorY >= pad.y() && cursorX < pad.x() + pad.size()
          && cursorY < pad.y() + pad.size();
      PlayControls.Action a = controls.key(k, onCanvas, challenge.phase() == Challenge.Phase.DRAWING);
      switch (a) {
        case PAUSED, ASK -> {
          pad.setEnabled(false);
          sounds.hush();
          arcade.events().emit(arcade.events().event(a == PlayControls.Action.ASK ? "confirm-give-up" : "pause")
              .put("paused", true));
        }
        case RESUMED -> {
          pad.setEnabled(challenge.phase() == Challenge.Phase.DRAWING);
          arcade.events().emit(arcade.events().event("pause").put("paused", false));
        }
        case SKIP -> challenge.skip().ifPresent(r -> roundOver(r, true));
        case GIVE_UP -> {
          sounds.hush();
          arcade.events().emit(arcade.events().event("gave-up").put("round", challenge.round() + 1)
              .put("score", challenge.score()));
          arcade.navigator().back();
        }
        case NONE -> { }
      }
      if (a != PlayControls.Action.NONE || controls.state() != PlayControls.State.PLAYING) {
        if (a == PlayControls.Action.NONE) {
          arcade.sharedKey(event); // M still mutes while paused
        }
        return;
      }
    }
    if (controls.state() != PlayControls.State.PLAYING && !(event instanceof InputEvent.CursorMoved)) {
      return; // the canvas is hidden
    }
    super.handle(event);
  }

  @Override
  public void update(double dt) {
    super.update(dt);
    if (!arcade.reader().isReady()) {
      return; // the clock starts when the model can read
    }
    if (challenge.phase() == Challenge.Phase.DRAWING && challenge.round() != announcedRound) {
      announcedRound = challenge.round();
      Target t = challenge.target();
      var event = arcade.events().event("target").put("round", challenge.round() + 1).put("target", t.answer())
          .put("level", challenge.level().wireName());
      if (t.isQuestion()) {
        event.put("question", t.prompt());
      }
      arcade.events().emit(event);
    }
    if (challenge.phase() == Challenge.Phase.DRAWING) {
      link.update();
      updateWhy();
    }
    if (controls.clockRuns()) {
      sounds.update(challenge, arcade.engine().loopTime());
    }
    Optional<RoundResult> ended = controls.step(challenge, dt, pad.isStroking());
    ended.ifPresent(r -> roundOver(r, false));
    if (challenge.isFinished()) {
      finish();
    } else if (challenge.round() != shownRound && challenge.phase() == Challenge.Phase.DRAWING) {
      shownRound = challenge.round();
      pad.clear();
      link.reset();
      pad.setEnabled(true);
    }
  }

  private void finish() {
    HighScore hs = new HighScore(challenge.score(), challenge.roundsWon(), challenge.rounds(),
        challenge.bestStreak(), Instant.now(), arcade.settings().playerName());
    Saved saved = arcade.scores().save(hs); // a failure is also a notice; never throws
    var done = arcade.events().event("finished")
        .put("score", hs.score()).put("roundsWon", hs.roundsWon()).put("rounds", hs.rounds())
        .put("bestStreak", hs.bestStreak());
    if (saved instanceof Saved.Ranked r) {
      done.put("rank", r.rank());
    } else {
      done.putNull("rank");
    }
    if (saved instanceof Saved.Failed f) {
      done.put("saveError", f.message());
    }
    arcade.events().emit(done);
    sounds.finished(saved, arcade.engine().loopTime());
    arcade.navigator().results(challenge.results(), hs, saved);
  }

  @Override
  public void resize(int w, int h) {
    super.resize(w, h);
    layout = ChallengeLayout.of(w, h);
    pad.layout(layout.canvas().x(), layout.canvas().y(), layout.canvas().w());
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    Painter p = painter;
    p.begin(width, height);
    renderCommon(p, "Challenge", challenge.phase() == Challenge.Phase.DRAWING ? emptyHint(challenge.target()) : null,
        layout.hintsY(), KEYS);
    String status = String.format(Locale.ROOT, "Score %d    Streak ×%s", challenge.score(),
        formatMultiplier(challenge.streak()));
    p.text(width - 40, 36, status, Theme.right(Theme.body()));

    renderTarget(p, layout.target());
    Layouts.Box says = layout.says();
    p.card(says.x(), says.y(), says.w(), says.h(), Theme.ACCENT.withAlpha(0.6f));
    p.text(says.x() + 20, says.y() + 12, "The AI says", Theme.small());
    TextStyle words = says.w() < 340 ? Theme.heading().size(16f) : Theme.heading();
    p.wrapped(says.x() + 20, says.y() + 32, says.w() - 40, challenge.announcement(), words, 2);
    p.endCard();
    Layouts.Box r = layout.reading();
    Reading reading = pad.isEmpty() ? null : link.current();
    whyToPanel(reading);
    panel.render(ui, reading, r.x(), r.y(), r.w(), r.h(), statusLine(), r.h() < 460 || r.w() < 420);
    p.region(r.x(), r.y(), r.w(), r.h());

    challenge.verdict().ifPresent(v -> renderVerdict(p, v));
    if (controls.state() != PlayControls.State.PLAYING) {
      renderCover(p);
    }
    arcade.layoutProblems("challenge", p);
  }

  /** Paused or asking: the drawing is hidden (no drawing while the clock stands still). */
  private void renderCover(Painter p) {
    float x = pad.x() - 3;
    float y = pad.y() - 3;
    float w = pad.size() + 6;
    p.ui().fillRoundedRect(x, y, w, w, 8, Theme.PANEL);
    boolean asking = controls.state() == PlayControls.State.ASKING;
    TextStyle big = TextStyle.of(asking ? 30f : 40f, Theme.TEXT).bold().centered();
    p.text(x + w / 2, y + w / 2 - 24, p.fit(asking ? "Give up this game?" : "Paused", big, w - 20), big);
    TextStyle small = Theme.body().color(Theme.MUTED).centered();
    p.text(x + w / 2, y + w / 2 + 22, p.fit(asking ? "Y: give up (no score)    N: play on" : "P or Space: play on",
        small, w - 20), small);
  }

  private void renderTarget(Painter p, Layouts.Box box) {
    float x = box.x();
    float y = box.y();
    float w = box.w();
    float h = box.h();
    p.card(x, y, w, h, Theme.PANEL_BORDER);
    p.text(x + 20, y + 14, String.format(Locale.ROOT, "Round %d of %d", challenge.round() + 1, challenge.rounds()),
        Theme.small());
    Target t = challenge.target();
    String label = challenge.level() == Level.DIGITS ? "Draw " + Digits.withArticle(t.answer()).split(" ")[0]
        : challenge.level().title();
    TextStyle labelStyle = Theme.heading().size(w < 340 ? 22f : 26f);
    float labelW = p.ui().textWidth(label, labelStyle);
    String prompt = t.isQuestion() ? t.prompt() + " = ?" : t.prompt();
    float bigMax = Math.min(86f, h - 60);
    float left = x + 20 + Math.max(90, labelW + 20);
    TextStyle big = TextStyle.of(bigMax, Theme.ACCENT).bold();
    float fit = Math.min(bigMax, bigMax * (x + w - 20 - left) / Math.max(1f, p.ui().textWidth(prompt, big)));
    float bigTop = y + 14 + (bigMax - fit) * 0.6f;
    p.text(x + 20, y + 14 + bigMax * 0.3f, label, labelStyle);
    p.text(left, bigTop, prompt, TextStyle.of(fit, Theme.ACCENT).bold());
    double secondsLeft = challenge.secondsLeft();
    float frac = (float) (secondsLeft / challenge.roundSeconds());
    Color c = frac > 0.5f ? Theme.GOOD : frac > 0.25f ? Theme.WARN : Theme.BAD;
    p.ui().bar(x + 20, y + h - 30, w - 110, 14, frac, Theme.TRACK, c);
    p.text(x + w - 20, y + h - 34, String.format(Locale.ROOT, "%.0f s", Math.ceil(secondsLeft)),
        Theme.right(Theme.heading()));
    p.endCard();
  }

  private void renderVerdict(Painter p, RoundResult r) {
    float x = pad.x();
    float y = pad.y() + pad.size() / 2 - 70;
    float w = pad.size();
    p.ui().fillRoundedRect(x + 30, y, w - 60, 140, 14, Theme.BACKGROUND.withAlpha(0.88f));
    p.region(x + 30, y, w - 60, 140);
    p.endCard();
    TextStyle big = TextStyle.of(w < 420 ? 32f : 40f, r.won() ? Theme.GOOD : Theme.BAD).bold().centered();
    p.ui().text(x + w / 2, y + 46, r.won() ? "Got it!  +" + r.points() : "Time's up", big);
    String sub = r.won()
        ? (r.streak() > 1 ? r.streak() + " in a row: ×" + formatMultiplier(r.streak()) : "On to the next one")
        : (r.target().isQuestion() ? "The answer was " : "The target was ") + r.target().answer();
    p.ui().text(x + w / 2, y + 100, sub, Theme.body().centered());
  }

  /** The hint on the empty canvas: "Draw a 7 here", "Draw 47 here", "Draw the answer here". */
  private static String emptyHint(Target t) {
    if (t.isQuestion()) {
      return "Draw the answer here";
    }
    return "Draw " + (t.answer().length() == 1 ? Digits.withArticle(t.answer()) : t.answer()) + " here";
  }

  private static String formatMultiplier(int streak) {
    double m = Challenge.multiplier(streak);
    return m == Math.rint(m) ? Integer.toString((int) m) : String.format(Locale.ROOT, "%.1f", m);
  }

  /** The rules state, for tests. */
  public Challenge challenge() {
    return challenge;
  }
}
