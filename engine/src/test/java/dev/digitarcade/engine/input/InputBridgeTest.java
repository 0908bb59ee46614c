package dev.digitarcade.engine.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lwjgl.glfw.GLFW.GLFW_PRESS;
import static org.lwjgl.glfw.GLFW.GLFW_RELEASE;
import static org.lwjgl.glfw.GLFW.GLFW_REPEAT;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputBridgeTest {
  private double now;
  private final InputQueue queue = new InputQueue();
  private final InputBridge bridge = new InputBridge(queue, () -> now);

  @Test
  void everyCursorSampleWhileAButtonIsHeldArrivesInOrder() {
    bridge.cursor(10, 10);
    bridge.mouseButton(Keys.MOUSE_LEFT, GLFW_PRESS, 0);
    // A burst of samples in one poll, some repeated, some tiny steps: none may be merged.
    for (int i = 0; i < 500; i++) {
      bridge.cursor(10 + i * 0.25, 10 + (i % 3));
    }
    bridge.cursor(134.75, 11); // same as the previous sample
    bridge.mouseButton(Keys.MOUSE_LEFT, GLFW_RELEASE, 0);

    List<InputEvent> got = new ArrayList<>();
    queue.drain(got::add);
    assertThat(got).hasSize(1 + 1 + 500 + 1 + 1);
    assertThat(got.get(1)).isEqualTo(new InputEvent.MouseButton(0, Keys.MOUSE_LEFT, Action.PRESS, 0, 10, 10));
    for (int i = 0; i < 500; i++) {
      assertThat(got.get(2 + i)).isEqualTo(new InputEvent.CursorMoved(0, 10 + i * 0.25, 10 + (i % 3)));
    }
    assertThat(got.get(502)).isEqualTo(new InputEvent.CursorMoved(0, 134.75, 11));
    assertThat(got.get(503))
        .isEqualTo(new InputEvent.MouseButton(0, Keys.MOUSE_LEFT, Action.RELEASE, 0, 134.75, 11));
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void mixedEventsKeepArrivalOrderAndTimestamps() {
    now = 0.5;
    bridge.key(Keys.letter('Z'), 52, GLFW_PRESS, Keys.MOD_CONTROL);
    now = 0.6;
    bridge.character('z');
    now = 0.7;
    bridge.cursor(3, 4);
    bridge.scroll(0, -1);
    bridge.key(Keys.letter('Z'), 52, GLFW_REPEAT, 0);
    List<InputEvent> got = new ArrayList<>();
    queue.drain(got::add);
    assertThat(got).containsExactly(
        new InputEvent.Key(0.5, Keys.letter('Z'), 52, Action.PRESS, Keys.MOD_CONTROL),
        new InputEvent.CharTyped(0.6, 'z'),
        new InputEvent.CursorMoved(0.7, 3, 4),
        new InputEvent.Scrolled(0.7, 0, -1, 3, 4),
        new InputEvent.Key(0.7, Keys.letter('Z'), 52, Action.REPEAT, 0));
    assertThat(((InputEvent.CharTyped) got.get(1)).text()).isEqualTo("z");
  }

  @Test
  void eventsQueuedWhileDrainingAreDeliveredInTheSameDrain() {
    bridge.cursor(1, 1);
    List<InputEvent> got = new ArrayList<>();
    int n = queue.drain(e -> {
      got.add(e);
      if (got.size() == 1) {
        bridge.cursor(2, 2);
      }
    });
    assertThat(n).isEqualTo(2);
    assertThat(got).extracting(InputEvent::time).hasSize(2);
  }
}
