package dev.digitarcade.game.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoomedTest {
  @Test
  void biggerTextNeverLaysAScreenOutSmallerThanTheSmallestWindow() {
    assertThat(Zoomed.forWindow(Zoomed.BIGGER, 800, 600)).isEqualTo(1f);
    assertThat(Zoomed.forWindow(Zoomed.BIGGER, 1120, 720)).isEqualTo(1.2f);
    assertThat(Zoomed.forWindow(Zoomed.BIGGER, 1920, 1080)).isEqualTo(1.25f);
    assertThat(Zoomed.forWindow(Zoomed.BIGGER, 3840, 2160)).isEqualTo(1.25f);
    assertThat(Zoomed.forWindow(1f, 3840, 2160)).isEqualTo(1f);
  }
}
