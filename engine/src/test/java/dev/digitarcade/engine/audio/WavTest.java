package dev.digitarcade.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavTest {
  @TempDir Path dir;

  static Pcm stereo() {
    short[] s = new short[200];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) (i * 300 - 30_000);
    }
    return new Pcm(22_050, 2, s);
  }

  @Test
  void encodedPcmDecodesToTheSameSamples() {
    Pcm pcm = stereo();
    byte[] bytes = Wav.encode(pcm);
    assertThat(bytes).hasSize(44 + 400);
    Pcm back = Wav.decode("x.wav", bytes);
    assertThat(back.sampleRate()).isEqualTo(22_050);
    assertThat(back.channels()).isEqualTo(2);
    assertThat(back.frames()).isEqualTo(100);
    assertThat(back.samples()).containsExactly(pcm.samples());
  }

  @Test
  void writeIsAtomicAndReadGivesTheSamplesBack() throws IOException {
    Path file = dir.resolve("a.wav");
    Wav.write(file, stereo());
    assertThat(Wav.read(file).samples()).containsExactly(stereo().samples());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file); // no temporary file left
    }
  }

  /** As OpenAL Soft's wave backend and many tools write it: WAVE_FORMAT_EXTENSIBLE, extra chunks. */
  @Test
  void extensiblePcmAndUnknownChunksAreRead() {
    ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt(0).put(ascii("WAVE"));
    b.put(ascii("fmt ")).putInt(40).putShort((short) 0xFFFE).putShort((short) 1).putInt(48_000).putInt(96_000)
        .putShort((short) 2).putShort((short) 16).putShort((short) 22).putShort((short) 16).putInt(4)
        .putShort((short) 1).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
    b.put(ascii("LIST")).putInt(3).put(new byte[] {1, 2, 3, 0}); // odd size, padded
    b.put(ascii("data")).putInt(6).putShort((short) 1).putShort((short) -2).putShort((short) 3);
    int size = b.position();
    b.putInt(4, size - 8);
    Pcm pcm = Wav.decode("ext.wav", Arrays.copyOf(b.array(), size));
    assertThat(pcm.sampleRate()).isEqualTo(48_000);
    assertThat(pcm.samples()).containsExactly((short) 1, (short) -2, (short) 3);
  }

  @Test
  void everyTruncationIsOneClearError() {
    byte[] whole = Wav.encode(stereo());
    for (int length = 0; length < whole.length; length++) {
      byte[] cut = Arrays.copyOf(whole, length);
      Throwable t = catchThrowable(() -> Wav.decode("cut.wav", cut));
      assertThat(t).as("cut at %d bytes", length).isInstanceOf(ClipException.class);
      assertThat(t.getMessage()).as("cut at %d bytes", length).startsWith("bad sound file cut.wav: ").doesNotContain("\n");
    }
    assertThat(catchThrowable(() -> Wav.decode("cut.wav", Arrays.copyOf(whole, 100))))
        .hasMessage("bad sound file cut.wav: truncated: the RIFF header declares 444 bytes, the file has 100");
  }

  @Test
  void aDataChunkLongerThanTheFileIsTruncation() {
    byte[] bytes = Wav.encode(stereo());
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 100_000);
    assertThatThrownBy(() -> Wav.decode("long.wav", bytes)).isInstanceOf(ClipException.class)
        .hasMessage("bad sound file long.wav: truncated: chunk \"data\" at byte 36 declares 100000 bytes, 400 are there");
  }

  @Test
  void garbageIsRefusedWithoutAnyOtherException() {
    Random random = new Random(12);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(120)];
      random.nextBytes(bytes);
      if (i % 2 == 0 && bytes.length >= 12) { // a plausible header over random chunks
        System.arraycopy(ascii("RIFF"), 0, bytes, 0, 4);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, bytes.length - 8);
        System.arraycopy(ascii("WAVE"), 0, bytes, 8, 4);
      }
      Throwable t = catchThrowable(() -> Wav.decode("junk.wav", bytes));
      if (t != null) {
        assertThat(t).isInstanceOf(ClipException.class);
      }
    }
    assertThatThrownBy(() -> Wav.decode("notes.txt", "just some text, long enough".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("bad sound file notes.txt: not a RIFF WAVE file (expected \"RIFF\" and \"WAVE\" in the first 12 bytes)");
  }

  @Test
  void formatsOtherThan16BitPcmAreNamed() {
    assertThat(withFmt(3, 1, 44_100, 32)).hasMessageContaining("format code 3 is not PCM");
    assertThat(withFmt(1, 1, 44_100, 8)).hasMessageContaining("8-bit samples; only 16-bit PCM");
    assertThat(withFmt(1, 6, 44_100, 16)).hasMessageContaining("6 channels; mono or stereo expected");
    assertThat(withFmt(1, 1, 1_000, 16)).hasMessageContaining("sample rate 1000 Hz outside");
  }

  private static Throwable withFmt(int tag, int channels, int rate, int bits) {
    int align = channels * bits / 8;
    ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt(40).put(ascii("WAVE"));
    b.put(ascii("fmt ")).putInt(16).putShort((short) tag).putShort((short) channels).putInt(rate)
        .putInt(rate * align).putShort((short) align).putShort((short) bits);
    b.put(ascii("data")).putInt(4).putInt(0);
    return catchThrowable(() -> Wav.decode("f.wav", b.array()));
  }

  @Test
  void structuralFaultsAreNamed() {
    byte[] bytes = Wav.encode(stereo());
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(32, (short) 3); // block align
    assertThat(catchThrowable(() -> Wav.decode("a.wav", bytes))).hasMessageContaining("inconsistent fmt chunk");

    byte[] odd = Wav.encode(stereo());
    ByteBuffer.wrap(odd).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 398);
    assertThat(catchThrowable(() -> Wav.decode("b.wav", odd)))
        .hasMessageContaining("398 bytes are not a whole number of 4-byte frames");

    byte[] empty = Wav.encode(new Pcm(16_000, 1, new short[0]));
    assertThat(catchThrowable(() -> Wav.decode("c.wav", empty))).hasMessage("bad sound file c.wav: no samples");

    byte[] noData = Arrays.copyOf(Wav.encode(stereo()), 36);
    ByteBuffer.wrap(noData).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 28);
    assertThat(catchThrowable(() -> Wav.decode("d.wav", noData))).hasMessage("bad sound file d.wav: no data chunk");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.wav");
    assertThatThrownBy(() -> Wav.read(missing)).isInstanceOf(ClipException.class)
        .hasMessage("sound file not found: " + missing);
  }

  @Test
  void pcmRefusesImpossibleShapes() {
    assertThatThrownBy(() -> new Pcm(44_100, 3, new short[3])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pcm(44_100, 2, new short[3])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pcm(100, 1, new short[3])).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
