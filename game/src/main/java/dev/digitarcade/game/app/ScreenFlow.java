package dev.digitarcade.game.app;

import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.screen.ScreenStack;
import dev.digitarcade.game.challenge.ChallengeScreen;
import dev.digitarcade.game.freedraw.FreeDrawScreen;
import dev.digitarcade.game.help.HelpScreen;
import dev.digitarcade.game.highscores.HighScoresScreen;
import dev.digitarcade.game.profile.screen.ProfileScreen;
import dev.digitarcade.game.results.ResultsScreen;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.rules.RoundResult;
import dev.digitarcade.game.scores.HighScore;
import dev.digitarcade.game.scores.Saved;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.session.Navigator;
import dev.digitarcade.game.settings.screen.SettingsScreen;
import java.util.List;

/** The game's screens and how one leads to another: the only place that constructs screens. */
final class ScreenFlow implements Navigator {
  private final Arcade arcade;

  ScreenFlow(Arcade arcade) {
    this.arcade = arcade;
  }

  private ScreenStack screens() {
    return arcade.engine().screens();
  }

  /** Every screen, drawn larger when the settings ask for bigger text. */
  Screen zoomed(Screen screen) {
    return new Zoomed(screen, () -> arcade.settings().biggerText() ? Zoomed.BIGGER : 1f, arcade.engine());
  }

  private void push(Screen s) {
    screens().push(zoomed(s));
  }

  private void replace(Screen s) {
    screens().replace(zoomed(s));
  }

  @Override
  public void freeDraw() {
    push(new FreeDrawScreen(arcade));
  }

  @Override
  public void challenge(Level level) {
    push(new ChallengeScreen(arcade, arcade.nextChallenge(level)));
  }

  @Override
  public void playAgain() {
    replace(new ChallengeScreen(arcade, arcade.nextChallenge()));
  }

  @Override
  public void results(List<RoundResult> rounds, HighScore score, Saved saved) {
    replace(new ResultsScreen(arcade, rounds, score, saved));
  }

  @Override
  public void highScores() {
    push(new HighScoresScreen(arcade));
  }

  @Override
  public void help() {
    if (!(screens().top() instanceof Zoomed z && z.inner() instanceof HelpScreen)) {
      push(new HelpScreen(arcade));
    }
  }

  @Override
  public void settings() {
    push(new SettingsScreen(arcade));
  }

  @Override
  public void profile() {
    push(new ProfileScreen(arcade));
  }

  @Override
  public void back() {
    screens().pop();
  }

  @Override
  public void quit() {
    arcade.engine().quit();
  }
}
