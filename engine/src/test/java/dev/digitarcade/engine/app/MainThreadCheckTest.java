package dev.digitarcade.engine.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digitarcade.engine.EngineException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The macOS first-thread rule, with the OS name and the environment faked. */
class MainThreadCheckTest {
  private static final long PID = 4242;
  private static final Map<String, String> MARKED = Map.of("JAVA_STARTED_ON_FIRST_THREAD_" + PID, "1");

  @Test
  void macWithoutTheMarkIsRefusedInOneLineNamingTheOption() {
    assertThat(MainThreadCheck.problem("Mac OS X", Map.of(), PID)).hasValueSatisfying(message -> {
      assertThat(message).contains("-XstartOnFirstThread").contains("macOS").doesNotContain("\n");
    });
    assertThat(MainThreadCheck.problem("Darwin", Map.of("HOME", "/Users/a"), PID)).isPresent();
  }

  @Test
  void macStartedOnTheFirstThreadIsAllowed() {
    assertThat(MainThreadCheck.problem("Mac OS X", MARKED, PID)).isEmpty();
  }

  @Test
  void theMarkOfAnotherProcessDoesNotCount() {
    // A child inherits its parent's mark, but the child's main is not on its own first thread.
    assertThat(MainThreadCheck.problem("Mac OS X", MARKED, PID + 1)).isPresent();
    assertThat(MainThreadCheck.problem("Mac OS X", Map.of("JAVA_STARTED_ON_FIRST_THREAD_" + PID, "0"), PID))
        .isPresent();
  }

  @Test
  void otherSystemsNeedNoMark() {
    assertThat(MainThreadCheck.problem("Linux", Map.of(), PID)).isEmpty();
    assertThat(MainThreadCheck.problem("Windows 11", Map.of(), PID)).isEmpty();
    assertThat(MainThreadCheck.problem(null, Map.of(), PID)).isEmpty();
  }

  @Test
  void requireThrowsWithTheUsageExitCode() {
    assertThatThrownBy(() -> MainThreadCheck.require("Mac OS X", Map.of(), PID))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("-XstartOnFirstThread")
        .satisfies(e -> assertThat(((EngineException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void theEngineChecksBeforeOpeningAWindow() {
    EngineConfig config = EngineConfig.builder("test").headless(true).simulated().size(320, 240).build();
    boolean[] ranBeforeContext = {false};
    assertThatThrownBy(() -> Engine.create(config, Map.of(), "Mac OS X", () -> ranBeforeContext[0] = true))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("-XstartOnFirstThread")
        .satisfies(e -> assertThat(((EngineException) e).exitCode()).isEqualTo(2));
    assertThat(ranBeforeContext[0]).as("GLFW was not started").isFalse();

    Map<String, String> marked = Map.of(MainThreadCheck.MARK + ProcessHandle.current().pid(), "1");
    try (Engine engine = Engine.create(config, marked, "Mac OS X", () -> ranBeforeContext[0] = true)) {
      assertThat(ranBeforeContext[0]).isTrue();
      assertThat(engine.config().headless()).isTrue();
    }
  }
}
