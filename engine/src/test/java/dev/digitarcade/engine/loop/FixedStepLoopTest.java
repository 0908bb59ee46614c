package dev.digitarcade.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedStepLoopTest {
  private static final long STEP = FixedStepLoop.DEFAULT_STEP_NANOS;

  private static final class Recorder implements FixedStepLoop.Callbacks {
    int updates;
    final List<Double> dts = new ArrayList<>();
    final List<Double> alphas = new ArrayList<>();
    final List<String> order = new ArrayList<>();
    int stopAfter = Integer.MAX_VALUE;

    @Override
    public void update(double dt) {
      updates++;
      dts.add(dt);
      order.add("u");
    }

    @Override
    public void render(double alpha) {
      alphas.add(alpha);
      order.add("r");
    }

    @Override
    public boolean running() {
      return updates < stopAfter;
    }
  }

  @Test
  void firstFrameAtTimeZeroRendersWithoutUpdating() {
    ManualClock clock = new ManualClock(5_000_000_000L);
    FixedStepLoop loop = new FixedStepLoop(clock);
    Recorder r = new Recorder();
    loop.start();
    FixedStepLoop.Frame f = loop.frame(r);
    assertThat(f.updates()).isZero();
    assertThat(r.alphas).containsExactly(0.0);
  }

  @Test
  void updatesMatchWholeStepsOfElapsedTimeAndCarryTheRemainder() {
    ManualClock clock = new ManualClock();
    FixedStepLoop loop = new FixedStepLoop(clock);
    Recorder r = new Recorder();
    loop.start();
    clock.advanceNanos(STEP * 3 + STEP / 2);
    FixedStepLoop.Frame f = loop.frame(r);
    assertThat(f.updates()).isEqualTo(3);
    assertThat(f.alpha()).isCloseTo(0.5, within(1e-6));
    assertThat(r.dts).allSatisfy(dt -> assertThat(dt).isCloseTo(1.0 / 60, within(1e-9)));
    // The half step left over plus another half makes exactly one more update.
    clock.advanceNanos(STEP - STEP / 2);
    f = loop.frame(r);
    assertThat(f.updates()).isEqualTo(1);
    assertThat(f.alpha()).isCloseTo(0.0, within(1e-6));
    assertThat(loop.ticks()).isEqualTo(4);
    assertThat(r.order).containsExactly("u", "u", "u", "r", "u", "r");
  }

  @Test
  void oneSecondOfSmallIrregularFramesGivesSixtyUpdates() {
    ManualClock clock = new ManualClock();
    FixedStepLoop loop = new FixedStepLoop(clock);
    Recorder r = new Recorder();
    loop.start();
    long[] pattern = {3_000_000, 11_000_000, 7_000_000, 25_000_000, 1_000_000};
    long elapsed = 0;
    int i = 0;
    while (elapsed + pattern[i % pattern.length] <= STEP * 60) {
      clock.advanceNanos(pattern[i % pattern.length]);
      elapsed += pattern[i % pattern.length];
      loop.frame(r);
      i++;
    }
    clock.advanceNanos(STEP * 60 - elapsed);
    loop.frame(r);
    assertThat(r.updates).isEqualTo(60);
    assertThat(loop.simulatedSeconds()).isCloseTo(60 * STEP / 1e9, within(1e-12));
  }

  @Test
  void alphaIsTheFractionOfAStepLeftInTheAccumulator() {
    ManualClock clock = new ManualClock();
    FixedStepLoop loop = new FixedStepLoop(clock);
    Recorder r = new Recorder();
    loop.start();
    clock.advanceNanos(STEP / 4);
    assertThat(loop.frame(r).alpha()).isCloseTo(0.25, within(1e-6));
    clock.advanceNanos(STEP / 2);
    assertThat(loop.frame(r).alpha()).isCloseTo(0.75, within(1e-6));
    assertThat(r.updates).isZero();
    for (double a : r.alphas) {
      assertThat(a).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }
  }

  @Test
  void aLongStallIsClampedToTheMaximumFrameTime() {
    ManualClock clock = new ManualClock();
    long max = 100_000_000L;
    FixedStepLoop loop = new FixedStepLoop(clock, STEP, max);
    Recorder r = new Recorder();
    loop.start();
    clock.advanceSeconds(5.0);
    FixedStepLoop.Frame f = loop.frame(r);
    assertThat(f.clamped()).isTrue();
    assertThat(f.elapsedNanos()).isEqualTo(5_000_000_000L);
    // 100 ms of 16.67 ms steps: 6 updates, not 300.
    assertThat(f.updates()).isEqualTo((int) (max / STEP));
    assertThat(f.alpha()).isCloseTo((max % STEP) / (double) STEP, within(1e-9));
  }

  @Test
  void aClockAdvancingOneStepPerFrameGivesExactlyOneUpdatePerFrame() {
    ManualClock clock = new ManualClock();
    FixedStepLoop loop = new FixedStepLoop(clock);
    Recorder r = new Recorder();
    loop.start();
    loop.frame(r);
    for (int i = 0; i < 1000; i++) {
      clock.advanceNanos(STEP);
      assertThat(loop.frame(r).updates()).isEqualTo(1);
    }
    assertThat(r.alphas).allSatisfy(a -> assertThat(a).isZero());
  }

  @Test
  void stoppingMidFrameSkipsTheRemainingUpdatesAndDropsTheBacklog() {
    ManualClock clock = new ManualClock();
    FixedStepLoop loop = new FixedStepLoop(clock);
    Recorder r = new Recorder();
    r.stopAfter = 2;
    loop.start();
    clock.advanceNanos(STEP * 5);
    FixedStepLoop.Frame f = loop.frame(r);
    assertThat(f.updates()).isEqualTo(2);
    assertThat(f.alpha()).isLessThan(1.0);
    assertThat(r.alphas).hasSize(1);
  }

  @Test
  void aClockGoingBackwardsAddsNoTime() {
    long[] now = {1_000_000_000L};
    FixedStepLoop loop = new FixedStepLoop(() -> now[0]);
    Recorder r = new Recorder();
    loop.start();
    now[0] -= 500_000_000L;
    assertThat(loop.frame(r).updates()).isZero();
  }

  @Test
  void rejectsNonsenseSteps() {
    assertThatThrownBy(() -> new FixedStepLoop(new ManualClock(), 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FixedStepLoop(new ManualClock(), STEP, STEP - 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ManualClock().advanceNanos(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
