package dev.digitarcade.game.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.game.scores.Saved;
import dev.digitarcade.game.ui.Theme;
import org.junit.jupiter.api.Test;

class ResultsScreenTest {

  @Test
  void aScoreThatCouldNotBeSavedIsSaidSoNotCalledATopTenMiss() {
    ResultsScreen.Headline h = ResultsScreen.Headline.of(new Saved.Failed("permission denied",
        "high scores: could not save to /home/a/.local/share/digit-arcade/scores.json: permission denied"));
    assertThat(h.text()).isEqualTo("Score not saved");
    assertThat(h.detail()).isEqualTo("permission denied");
    assertThat(h.color()).isEqualTo(Theme.BAD);
  }

  @Test
  void aLongReasonIsShortened() {
    String reason = "scores.json could not be read (permission denied) and could not be moved aside (permission denied)";
    ResultsScreen.Headline h = ResultsScreen.Headline.of(new Saved.Failed(reason, "m"));
    assertThat(h.detail()).hasSize(72).endsWith("…").startsWith("scores.json could not be read");
  }

  @Test
  void theOtherOutcomesKeepTheirWords() {
    assertThat(ResultsScreen.Headline.of(new Saved.Ranked(1)).text()).isEqualTo("New best score!");
    assertThat(ResultsScreen.Headline.of(new Saved.Ranked(4)).text()).isEqualTo("High score #4");
    assertThat(ResultsScreen.Headline.of(new Saved.NotRanked()).text()).isEqualTo("Not in the top 10 this time");
    assertThat(ResultsScreen.Headline.of(new Saved.NoPoints()).text()).isEqualTo("No points this time");
    assertThat(ResultsScreen.Headline.of(new Saved.NotRanked()).detail()).isNull();
  }
}
