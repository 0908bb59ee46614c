package dev.digitarcade.training.drawn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrokePainterTest {

  @Test
  void aCanvasByteBecomesExactlyItsValueOver255() {
    for (int v = 0; v < 256; v++) {
      assertThat(Float.floatToRawIntBits(StrokePainter.LEVELS[v])).as("level %d", v)
          .isEqualTo(Float.floatToRawIntBits(v / 255f));
    }
  }
}
