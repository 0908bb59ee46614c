package dev.digitarcade.engine.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.engine.input.InputEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ScreenStackTest {
  private final List<String> log = new ArrayList<>();

  private final class Probe implements Screen {
    final String name;
    boolean opaque = true;
    Consumer<Probe> onUpdate = p -> {};

    Probe(String name) {
      this.name = name;
    }

    @Override public void show() { log.add(name + ".show"); }
    @Override public void hide() { log.add(name + ".hide"); }
    @Override public void handle(InputEvent e) { log.add(name + ".handle"); }
    @Override public void update(double dt) { log.add(name + ".update"); onUpdate.accept(this); }
    @Override public void render(double alpha) { log.add(name + ".render"); }
    @Override public void resize(int w, int h) { log.add(name + ".resize " + w + "x" + h); }
    @Override public boolean opaque() { return opaque; }
    @Override public void close() { log.add(name + ".close"); }
  }

  @Test
  void pushPopReplacePairShowWithHideAndCloseWhatLeaves() {
    ScreenStack stack = new ScreenStack(800, 600);
    Probe a = new Probe("a");
    Probe b = new Probe("b");
    Probe c = new Probe("c");
    stack.push(a);
    stack.push(b);
    stack.replace(c);
    stack.pop();
    stack.pop();
    assertThat(log).containsExactly(
        "a.resize 800x600", "a.show",
        "a.hide", "b.resize 800x600", "b.show",
        "b.hide", "b.close", "c.resize 800x600", "c.show",
        "c.hide", "c.close", "a.show",
        "a.hide", "a.close");
    assertThat(stack.isEmpty()).isTrue();
  }

  @Test
  void onlyTheTopScreenGetsInputAndUpdates() {
    ScreenStack stack = new ScreenStack(1, 1);
    stack.push(new Probe("a"));
    stack.push(new Probe("b"));
    log.clear();
    stack.handle(new InputEvent.CharTyped(0, 'x'));
    stack.update(1 / 60.0);
    assertThat(log).containsExactly("b.handle", "b.update");
  }

  @Test
  void renderStartsAtTheHighestOpaqueScreen() {
    ScreenStack stack = new ScreenStack(1, 1);
    stack.push(new Probe("a"));
    stack.push(new Probe("b"));
    Probe pause = new Probe("pause");
    pause.opaque = false;
    stack.push(pause);
    log.clear();
    stack.render(0.5);
    assertThat(log).containsExactly("b.render", "pause.render");
  }

  @Test
  void changesRequestedDuringAnUpdateWaitUntilItReturns() {
    ScreenStack stack = new ScreenStack(1, 1);
    Probe a = new Probe("a");
    Probe b = new Probe("b");
    a.onUpdate = p -> {
      stack.replace(b);
      log.add("a.update-end");
    };
    stack.push(a);
    log.clear();
    stack.update(1 / 60.0);
    assertThat(log).containsExactly(
        "a.update", "a.update-end", "a.hide", "a.close", "b.resize 1x1", "b.show");
    assertThat(stack.top()).isSameAs(b);
  }

  @Test
  void resizeReachesEveryScreenAndLaterPushesGetTheNewSize() {
    ScreenStack stack = new ScreenStack(100, 100);
    stack.push(new Probe("a"));
    log.clear();
    stack.resize(300, 200);
    stack.push(new Probe("b"));
    assertThat(log).containsExactly("a.resize 300x200", "a.hide", "b.resize 300x200", "b.show");
  }

  @Test
  void closeHidesTheTopAndClosesAllTopFirstOnce() {
    ScreenStack stack = new ScreenStack(1, 1);
    stack.push(new Probe("a"));
    stack.push(new Probe("b"));
    log.clear();
    stack.close();
    stack.close();
    assertThat(log).containsExactly("b.hide", "b.close", "a.close");
    assertThatThrownBy(() -> stack.push(new Probe("c"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void resetClosesEverythingAndShowsTheNewScreen() {
    ScreenStack stack = new ScreenStack(1, 1);
    stack.push(new Probe("a"));
    stack.push(new Probe("b"));
    log.clear();
    stack.reset(new Probe("m"));
    assertThat(log).containsExactly("b.hide", "b.close", "a.close", "m.resize 1x1", "m.show");
    assertThat(stack.size()).isEqualTo(1);
  }

  @Test
  void theSameScreenCannotBePushedTwice() {
    ScreenStack stack = new ScreenStack(1, 1);
    Probe a = new Probe("a");
    stack.push(a);
    assertThatThrownBy(() -> stack.push(a)).isInstanceOf(IllegalArgumentException.class);
  }
}
