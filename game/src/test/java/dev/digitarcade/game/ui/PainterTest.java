package dev.digitarcade.game.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.engine.app.Engine;
import dev.digitarcade.engine.app.EngineConfig;
import dev.digitarcade.engine.app.RunOptions;
import dev.digitarcade.engine.screen.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The layout check finds what a player would see as broken, measured with the real font. */
class PainterTest {

  /** Draws one frame of 400x300 with {@code draw}; returns the problems found. */
  private static List<String> problems(Consumer<Painter> draw) {
    List<String> found = new ArrayList<>();
    EngineConfig config = EngineConfig.builder("painter").headless(true).simulated().size(400, 300).build();
    try (Engine engine = Engine.create(config)) {
      Painter p = new Painter(engine.context().ui(), true);
      engine.run(new Screen() {
        @Override
        public void render(double alpha) {
          p.begin(400, 300);
          draw.accept(p);
          found.addAll(p.problems());
        }
      }, RunOptions.untilQuit().exitAfter(1 / 60.0));
    }
    return found;
  }

  @Test
  void textInsideItsCardIsFine() {
    assertThat(problems(p -> {
      p.card(20, 20, 200, 60, Theme.PANEL_BORDER);
      p.text(30, 30, "Round 1 of 10", Theme.body());
      p.text(30, 52, "Score 0", Theme.small());
      p.endCard();
      p.text(20, 100, "a hint under the card", Theme.small());
    })).isEmpty();
  }

  @Test
  void textRunningOutOfItsCardIsFound() {
    assertThat(problems(p -> {
      p.card(20, 20, 120, 40, Theme.PANEL_BORDER);
      p.text(30, 30, "a line much too long for this card", Theme.body());
      p.endCard();
    })).singleElement().asString().contains("a line much too long").contains("outside its card");
  }

  @Test
  void cardsOnEachOtherTextOnACardTextOnTextAndOutsideTheWindowAreFound() {
    List<String> found = problems(p -> {
      p.card(20, 20, 200, 100, Theme.PANEL_BORDER);
      p.text(30, 30, "Target 7", Theme.body());
      p.text(60, 32, "✓ +140", Theme.body());
      p.endCard();
      p.card(150, 80, 200, 100, Theme.PANEL_BORDER);
      p.endCard();
      p.text(30, 110, "key hints", Theme.small());
      p.card(300, 250, 200, 100, Theme.PANEL_BORDER);
      p.endCard();
    });
    assertThat(found).anyMatch(s -> s.contains("\"Target 7\"") && s.contains("overlap"));
    assertThat(found).anyMatch(s -> s.startsWith("cards ") && s.contains("overlap"));
    assertThat(found).anyMatch(s -> s.contains("\"key hints\"") && s.contains("lies on the card"));
    assertThat(found).anyMatch(s -> s.contains("outside the window"));
  }

  @Test
  void wrappingAndFittingKeepTextInsideItsWidth() {
    assertThat(problems(p -> {
      p.card(20, 20, 160, 200, Theme.PANEL_BORDER);
      p.wrapped(30, 30, 140, "Hold the left mouse button and draw one digit, large or small, anywhere", Theme.body(), 9);
      String cut = p.fit("a very long name that cannot fit", Theme.body(), 140);
      assertThat(cut).endsWith("…");
      p.text(30, 190, cut, Theme.body());
      p.endCard();
    })).isEmpty();
  }
}
