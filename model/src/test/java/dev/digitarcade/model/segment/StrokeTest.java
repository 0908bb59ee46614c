package dev.digitarcade.model.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrokeTest {

  @Test
  void aStrokeKeepsACopyOfItsPointsAndKnowsItsTimes() {
    List<Stroke.Point> pts = new ArrayList<>(List.of(new Stroke.Point(1, 2, 0.5), new Stroke.Point(3, 4, 0.75)));
    Stroke s = new Stroke(pts, 6f);
    pts.clear();
    assertThat(s.points()).hasSize(2);
    assertThat(s.startTime()).isEqualTo(0.5);
    assertThat(s.endTime()).isEqualTo(0.75);
    Stroke moved = s.shifted(10, -1, 2);
    assertThat(moved.points().get(1)).isEqualTo(new Stroke.Point(13, 3, 2.75));
    assertThat(moved.radius()).isEqualTo(6f);
  }

  @Test
  void badStrokesAreRefused() {
    assertThatThrownBy(() -> new Stroke(List.of(), 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one point");
    assertThatThrownBy(() -> new Stroke(List.of(new Stroke.Point(0, 0, 0)), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius");
    assertThatThrownBy(() -> new Stroke.Point(Float.NaN, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRasterPaintsARoundAntiAliasedBrush() {
    byte[] c = new byte[40 * 40];
    StrokeRaster.paint(c, 40, 40, new Stroke(List.of(new Stroke.Point(20, 20, 0)), 5));
    assertThat(c[19 * 40 + 19] & 0xff).isEqualTo(255);
    // A pixel centre 4.95 px from the brush's centre is about half covered; 6.5 px away, not at all.
    assertThat(c[23 * 40 + 23] & 0xff).isBetween(100, 180);
    assertThat(c[19 * 40 + 26] & 0xff).isZero();
    byte[] line = new byte[40 * 40];
    StrokeRaster.paint(line, 40, 40, new Stroke(List.of(new Stroke.Point(5, 20, 0), new Stroke.Point(35, 20, 1)), 2));
    for (int x = 5; x < 35; x++) {
      assertThat(line[19 * 40 + x] & 0xff).as("x=%d", x).isEqualTo(255);
    }
  }
}
