package dev.digitarcade.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrayImageTest {

  @Test
  void bytesAreUnsignedLevelsOutOf255() {
    GrayImage.Bytes b = new GrayImage.Bytes(new byte[] {0, 26, (byte) 200, (byte) 255}, 2, 2);
    assertThat(b.unit()).isEqualTo(255f);
    assertThat(b.level(2)).isEqualTo(200f);
    assertThat(b.level(3)).isEqualTo(255f);
    assertThat(b.sum(0, 4)).isEqualTo(481f);
  }

  @Test
  void theByteThresholdIsTheLevelAboveWhichAPixelIsInk() {
    GrayImage.Bytes b = new GrayImage.Bytes(new byte[1], 1, 1);
    // 0.1 of 255 is 25.5: 25 is background, 26 is ink, as 26 / 255 > 0.1 > 25 / 255.
    assertThat(b.threshold(0.1f)).isEqualTo(25f);
    assertThat(b.threshold(0f)).isZero();
    assertThat(new GrayImage.Floats(new float[1], 1, 1).threshold(0.1f)).isEqualTo(0.1f);
  }

  @Test
  void eightBlankBytesAreSeenAtOnceAndAnyInkAmongThemIsNot() {
    byte[] px = new byte[16];
    GrayImage.Bytes b = new GrayImage.Bytes(px, 16, 1);
    assertThat(b.blank8(0)).isTrue();
    assertThat(b.blank8(8)).isTrue();
    for (int i = 0; i < 8; i++) {
      px[3 + i] = 1;
      assertThat(b.blank8(3)).as("ink at %d", 3 + i).isFalse();
      px[3 + i] = 0;
    }
    assertThat(new GrayImage.Floats(new float[8], 8, 1).blank8(0)).isFalse();
  }

  @Test
  void floatSumsClampEachPixelToFullInk() {
    GrayImage.Floats f = new GrayImage.Floats(new float[] {-1f, 2f, 0.5f, 0.25f}, 4, 1);
    assertThat(f.sum(0, 4)).isEqualTo(1.75f);
    assertThat(f.sum(1, 2)).isEqualTo(1f);
    assertThat(f.level(0)).isEqualTo(-1f);
  }

  @Test
  void refusesMissingPixelsAndImpossibleSizes() {
    assertThatThrownBy(() -> new GrayImage.Floats(null, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("image must not be null");
    assertThatThrownBy(() -> new GrayImage.Bytes(new byte[15], 4, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image of 4x4 needs 16 pixels, got 15");
    assertThatThrownBy(() -> new GrayImage.Bytes(new byte[1], 0, 1))
        .hasMessageContaining("1..65535");
    assertThatThrownBy(() -> new GrayImage.Floats(new float[65536], 65536, 1))
        .hasMessageContaining("1..65535");
  }
}
