package dev.digitarcade.game.app;

import dev.digitarcade.engine.screen.ScreenStack;
import dev.digitarcade.game.challenge.ChallengeScreen;
import dev.digitarcade.game.freedraw.FreeDrawScreen;
import dev.digitarcade.game.highscores.HighScoresScreen;
import dev.digitarcade.game.profile.screen.ProfileScreen;
import dev.digitarcade.game.results.ResultsScreen;
import dev.digitarcade.game.rules.Level;
import dev.digitarcade.game.rules.RoundResult;
import dev.digitarcade.game.scores.HighScore;
import dev.digitarcade.game.scores.Saved;
import dev.digitarcade.game.session.Arcade;
import dev.digitarcade.game.session.Navigator;
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

  @Override
  public void freeDraw() {
    screens().push(new FreeDrawScreen(arcade));
  }

  @Override
  public void challenge(Level level) {
    screens().push(new ChallengeScreen(arcade, arcade.nextChallenge(level)));
  }

  @Override
  public void playAgain() {
    screens().replace(new ChallengeScreen(arcade, arcade.nextChallenge()));
  }

  @Override
  public void results(List<RoundResult> rounds, HighScore score, Saved saved) {
    screens().replace(new ResultsScreen(arcade, rounds, score, saved));
  }

  @Override
  public void highScores() {
    screens().push(new HighScoresScreen(arcade));
  }

  @Override
  public void profile() {
    screens().push(new ProfileScreen(arcade));
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
