package dev.digitarcade.game.challenge;

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
import dev.digitarcade.game.ui.Theme;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** "Draw the target digit" rounds against the clock, the AI thinking out loud. */
public final class ChallengeScreen extends DrawingScreen {
  private static final int THUMB = 112;

  private final Challenge challenge;
  private final byte[] snapshot = new byte[DrawingPad.SIZE * DrawingPad.SIZE];
  private int shownRound;
  private int announcedRound = -1;

  public ChallengeScreen(Arcade arcade, ChallengeConfig config) {
    super(arcade, "challenge");
    this.challenge = new Challenge(config, this::thumbnail);
  }

  private Thumbnail thumbnail() {
    pad.read(snapshot);
    return Thumbnail.of(snapshot, DrawingPad.SIZE, DrawingPad.SIZE, THUMB);
  }

  @Override
  protected void onReading(Reading p) {
    arcade.events().prediction(p);
    challenge.onReading(p);
  }

  private void roundOver(RoundResult r) {
    arcade.events().round(r);
    pad.setEnabled(false);
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
    }
    Optional<RoundResult> ended = challenge.update(dt, pad.isStroking());
    ended.ifPresent(this::roundOver);
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
        challenge.bestStreak(), Instant.now());
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
    arcade.navigator().results(challenge.results(), hs, saved);
  }

  @Override
  public void render(double alpha) {
    Ui ui = arcade.engine().ui();
    renderCommon(ui, "Challenge", challenge.phase() == Challenge.Phase.DRAWING ? emptyHint(challenge.target()) : null);
    String status = String.format(Locale.ROOT, "Score %d      Streak ×%s      Esc: give up", challenge.score(),
        formatMultiplier(challenge.streak()));
    ui.text(width - 40, 36, status, Theme.right(Theme.body()));


    Layouts.Box p = Layouts.panel(width, height);
    float cardH = 150;
    renderTarget(ui, p.x(), p.y(), p.w(), cardH);
    float sayY = p.y() + cardH + 14;
    float sayH = 84;
    Theme.card(ui, p.x(), sayY, p.w(), sayH, Theme.ACCENT.withAlpha(0.6f));
    ui.text(p.x() + 20, sayY + 14, "The AI says", Theme.small());
    ui.textBox(p.x() + 20, sayY + 36, p.w() - 40, challenge.announcement(), Theme.heading());
    float readY = sayY + sayH + 14;
    Reading reading = pad.isEmpty() ? null : link.current();
    panel.render(ui, reading, p.x(), readY, p.w(), p.y() + p.h() - readY, statusLine(), true);

    challenge.verdict().ifPresent(r -> renderVerdict(ui, r));
  }

  private void renderTarget(Ui ui, float x, float y, float w, float h) {
    Theme.card(ui, x, y, w, h, Theme.PANEL_BORDER);
    ui.text(x + 20, y + 16, String.format(Locale.ROOT, "Round %d of %d", challenge.round() + 1, challenge.rounds()),
        Theme.small());
    Target t = challenge.target();
    String label = challenge.level() == Level.DIGITS ? "Draw " + Digits.withArticle(t.answer()).split(" ")[0]
        : challenge.level().title();
    ui.text(x + 20, y + 44, label, Theme.heading().size(26f));
    String prompt = t.isQuestion() ? t.prompt() + " = ?" : t.prompt();
    float left = x + 20 + Math.max(110, ui.textWidth(label, Theme.heading().size(26f)) + 20);
    TextStyle big = TextStyle.of(86f, Theme.ACCENT).bold();
    float fit = Math.min(86f, 86f * (x + w - 20 - left) / Math.max(1f, ui.textWidth(prompt, big)));
    ui.text(left, y + 20 + (86f - fit) * 0.6f, prompt, TextStyle.of(fit, Theme.ACCENT).bold());
    double secondsLeft = challenge.secondsLeft();
    float frac = (float) (secondsLeft / challenge.roundSeconds());
    Color c = frac > 0.5f ? Theme.GOOD : frac > 0.25f ? Theme.WARN : Theme.BAD;
    ui.bar(x + 20, y + h - 34, w - 110, 14, frac, Theme.TRACK, c);
    ui.text(x + w - 20, y + h - 38, String.format(Locale.ROOT, "%.0f s", Math.ceil(secondsLeft)), Theme.right(Theme.heading()));
  }

  private void renderVerdict(Ui ui, RoundResult r) {
    float x = pad.x();
    float y = pad.y() + pad.size() / 2 - 70;
    float w = pad.size();
    ui.fillRoundedRect(x + 30, y, w - 60, 140, 14, Theme.BACKGROUND.withAlpha(0.88f));
    TextStyle big = TextStyle.of(40f, r.won() ? Theme.GOOD : Theme.BAD).bold().centered();
    ui.text(x + w / 2, y + 46, r.won() ? "Got it!  +" + r.points() : "Time's up", big);
    String sub = r.won()
        ? (r.streak() > 1 ? r.streak() + " in a row: ×" + formatMultiplier(r.streak()) : "On to the next one")
        : (r.target().isQuestion() ? "The answer was " : "The target was ") + r.target().answer();
    ui.text(x + w / 2, y + 100, sub, Theme.body().centered());
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
