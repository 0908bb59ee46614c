package dev.digitarcade.engine.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.engine.screen.Screen;
import dev.digitarcade.engine.testing.HeadlessGl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process half of clean shutdown; the child-JVM half (real signals) is in the game's tests. */
class ShutdownGuardTest {
  @TempDir Path dir;

  @Test
  void theHookAsksForTheStopAndReturnsOnceTheRunIsClosed() throws Exception {
    ShutdownGuard guard = new ShutdownGuard(Duration.ofMinutes(5));
    Thread hook = new Thread(guard::onShutdown);
    hook.start();
    while (!guard.requested()) {
      Thread.onSpinWait();
    }
    assertThat(hook.isAlive()).isTrue(); // waits for the run, not for the grace period
    guard.close();
    hook.join();
    assertThat(hook.isAlive()).isFalse();
  }

  @Test
  void theHookGivesUpAfterTheGracePeriod() {
    ShutdownGuard guard = new ShutdownGuard(Duration.ZERO);
    guard.onShutdown(); // a run that never finishes cannot hold the JVM
    assertThat(guard.requested()).isTrue();
  }

  @Test
  void anInstalledGuardIsRemovedOnClose() {
    try (ShutdownGuard guard = ShutdownGuard.install(Duration.ofSeconds(1))) {
      assertThat(guard.requested()).isFalse();
      guard.request();
      assertThat(guard.requested()).isTrue();
    }
  }

  @Test
  void aRequestedStopEndsTheRunWithSignalAndTheRecordingIsPutInPlace() {
    Path source = HeadlessGl.root().resolve("engine/src/test/resources/recordings/seven.jsonl");
    Path recorded = dir.resolve("cut.jsonl");
    AtomicInteger updates = new AtomicInteger();
    try (Engine engine = Engine.create(EngineConfig.builder("t").headless(true).simulated().size(960, 640).build());
         ShutdownGuard guard = new ShutdownGuard(Duration.ofSeconds(1))) {
      Screen s = new Screen() {
        @Override
        public void update(double dt) {
          if (updates.incrementAndGet() == 30) { // half a second in: the "signal"
            guard.request();
          }
        }

        @Override
        public void render(double alpha) {
        }
      };
      RunReport r = engine.run(s, RunOptions.untilQuit().replay(source).record(recorded).stopWhen(guard::requested));
      assertThat(r.reason()).isEqualTo(RunReport.StopReason.SIGNAL);
      assertThat(r.updates()).isEqualTo(30);
    }
    InputRecording fmt = new InputRecording();
    var got = fmt.read(recorded);
    var all = fmt.read(source).events();
    // What reached the first 30 updates, nothing after.
    assertThat(got.events()).isNotEmpty().isEqualTo(all.subList(0, got.events().size()));
    assertThat(got.events().get(got.events().size() - 1).time()).isLessThan(0.5);
    assertThat(got.events().size()).isLessThan(all.size());
  }
}
