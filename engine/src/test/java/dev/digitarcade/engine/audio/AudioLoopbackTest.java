package dev.digitarcade.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real mixing through OpenAL Soft's loopback device: the test asks for samples and looks at
 * them. 48 kHz mono, rendered in 256-frame blocks like a device's periods.
 */
class AudioLoopbackTest {
  static final int RATE = 48_000;
  static final int BLOCK = 256;
  static final Path VOICE = Path.of(System.getProperty("digitarcade.assets", "../assets"), "audio", "voice");

  /**
   * OpenAL Soft dithers 16-bit output, so its silence is +-1 LSB of noise: peaks up to this many
   * LSB (-84 dBFS) count as silence.
   */
  static final int SILENCE = 2;

  Audio audio;

  @BeforeEach
  void open() {
    audio = Audio.loopback(RATE, 1);
  }

  @AfterEach
  void close() {
    audio.close();
  }

  /** Renders {@code seconds} of output. */
  short[] render(double seconds) {
    int frames = (int) Math.ceil(seconds * RATE / BLOCK) * BLOCK;
    short[] out = new short[frames];
    short[] block = new short[BLOCK];
    for (int at = 0; at < frames; at += BLOCK) {
      audio.render(block);
      System.arraycopy(block, 0, out, at, BLOCK);
    }
    return out;
  }

  @Test
  void nothingPlayingRendersSilence() {
    assertThat(audio.isSilent()).isFalse();
    assertThat(audio.outputRate()).isEqualTo(RATE);
    assertThat(Signals.peak(render(0.1))).isLessThanOrEqualTo(SILENCE);
  }

  @Test
  void aSpokenPhraseRendersSoundForItsLength() {
    Clip phrase = audio.load(VOICE.resolve("draw-7.wav"));
    audio.voice().say(phrase);
    assertThat(audio.voice().isSpeaking()).isTrue();
    short[] out = render(phrase.seconds() + 0.2);
    double rms = Signals.rms(out, 0, (int) (phrase.seconds() * RATE));
    System.out.printf("loopback: %s rendered with RMS %.3f of full scale%n", phrase.name(), rms);
    assertThat(rms).isGreaterThan(0.03);
    // It played to completion, once: the sound ends by the clip's end (its last 20 ms are a
    // quiet tail), then silence.
    int length = (int) (phrase.seconds() * RATE);
    assertThat(Signals.endAbove(out, 0.001)).isBetween(length - RATE / 20, length + 2 * BLOCK);
    assertThat(Signals.peak(Arrays.copyOfRange(out, length + 2 * BLOCK, out.length))).isLessThanOrEqualTo(SILENCE);
    assertThat(audio.voice().isSpeaking()).isFalse();
  }

  @Test
  void mutedRendersSilenceAndUnmutingBringsTheSoundBack() {
    Clip tone = audio.clip("tone", Signals.tone(RATE, 440, 1.0, 0.5));
    audio.setMuted(true);
    audio.voice().say(tone);
    assertThat(audio.voice().isSpeaking()).as("still playing, unheard").isTrue();
    assertThat(Signals.peak(render(0.2))).isLessThanOrEqualTo(SILENCE);
    assertThat(audio.toggleMute()).isFalse();
    short[] out = render(0.2);
    assertThat(Signals.rms(out, out.length / 2, out.length)).isGreaterThan(0.3);
  }

  @Test
  void volumesScaleTheOutput() {
    Clip tone = audio.clip("tone", Signals.tone(RATE, 440, 2.0, 0.5));
    audio.voice().say(tone);
    short[] full = render(0.1);
    double fullRms = Signals.rms(full, full.length / 2, full.length);
    audio.setMasterVolume(0.5f);
    audio.voice().setVolume(0.5f);
    short[] quarter = render(0.2);
    double quarterRms = Signals.rms(quarter, quarter.length / 2, quarter.length);
    assertThat(quarterRms / fullRms).isBetween(0.22, 0.28);
    assertThat(audio.masterVolume()).isEqualTo(0.5f);
    audio.setMasterVolume(7f);
    assertThat(audio.masterVolume()).isEqualTo(1f);
    assertThatThrownBy(() -> audio.setMasterVolume(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sayReplacesThePhraseAndNothingOfTheOldOneComesBack() {
    Clip longPhrase = audio.clip("a", Signals.tone(RATE, 440, 1.0, 0.5));
    Clip newPhrase = audio.clip("b", Signals.tone(RATE, 1320, 0.3, 0.5));
    audio.voice().say(longPhrase);
    short[] first = render(0.1);
    assertThat(Signals.amplitudeAt(first, BLOCK, first.length, 440, RATE)).isGreaterThan(0.4);

    audio.voice().say(newPhrase);
    short[] second = render(0.2);
    int settled = RATE / 100; // OpenAL fades the stopped source out over a few samples
    assertThat(Signals.amplitudeAt(second, settled, second.length, 1320, RATE)).isGreaterThan(0.4);
    assertThat(Signals.amplitudeAt(second, settled, second.length, 440, RATE)).isLessThan(0.01);

    short[] after = render(0.6); // the new phrase ends 0.1 s in; the old one must not resume
    assertThat(Signals.peak(Arrays.copyOfRange(after, RATE / 5, after.length))).isLessThanOrEqualTo(SILENCE);
    assertThat(audio.voice().isSpeaking()).isFalse();
  }

  @Test
  void aPhraseOfSeveralClipsPlaysThemBackToBack() {
    Clip low = audio.clip("low", Signals.tone(RATE, 440, 0.2, 0.5));
    Clip high = audio.clip("high", Signals.tone(RATE, 1320, 0.2, 0.5));
    audio.voice().say(low, high);
    short[] out = render(0.6);
    int quarter = RATE / 20;
    assertThat(Signals.amplitudeAt(out, quarter, RATE / 5 - quarter, 440, RATE)).isGreaterThan(0.4);
    assertThat(Signals.amplitudeAt(out, RATE / 5 + quarter, 2 * RATE / 5 - quarter, 1320, RATE)).isGreaterThan(0.4);
    assertThat(Signals.endAbove(out, 0.001)).isBetween(2 * RATE / 5 - BLOCK, 2 * RATE / 5 + BLOCK);
    // No gap where one clip hands over to the next.
    assertThat(Signals.rms(out, RATE / 5 - 64, RATE / 5 + 64)).isGreaterThan(0.2);
  }

  @Test
  void clipsOfAPhraseMustShareAFormat() {
    Clip mono16k = audio.clip("a", Signals.tone(16_000, 440, 0.1, 0.5));
    Clip mono48k = audio.clip("b", Signals.tone(RATE, 440, 0.1, 0.5));
    assertThatThrownBy(() -> audio.voice().say(mono16k, mono48k))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a is 16000 Hz mono, b is 48000 Hz mono");
    assertThatThrownBy(() -> audio.voice().say()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void effectsSoundAlongsideTheVoice() {
    Clip voice = audio.clip("voice", Signals.tone(RATE, 440, 0.5, 0.3));
    Clip effect = audio.clip("effect", Signals.tone(RATE, 1320, 0.5, 0.3));
    audio.voice().say(voice);
    audio.effects().play(effect);
    assertThat(audio.effects().isPlaying()).isTrue();
    short[] out = render(0.2);
    assertThat(Signals.amplitudeAt(out, BLOCK, out.length, 440, RATE)).isGreaterThan(0.25);
    assertThat(Signals.amplitudeAt(out, BLOCK, out.length, 1320, RATE)).isGreaterThan(0.25);
    audio.effects().stopAll();
    assertThat(audio.effects().isPlaying()).isFalse();
    assertThat(audio.voice().isSpeaking()).isTrue();
  }

  @Test
  void aFifthEffectTakesTheSourceStartedFirst() {
    double[] hz = {400, 600, 800, 1000, 1200};
    Clip[] clips = new Clip[hz.length];
    for (int i = 0; i < hz.length; i++) {
      clips[i] = audio.clip("e" + i, Signals.tone(RATE, hz[i], 1.0, 0.15));
    }
    for (Clip c : clips) {
      audio.effects().play(c);
    }
    short[] out = render(0.2);
    int from = RATE / 50;
    assertThat(Signals.amplitudeAt(out, from, out.length, 400, RATE)).as("first, replaced").isLessThan(0.01);
    for (int i = 1; i < hz.length; i++) {
      assertThat(Signals.amplitudeAt(out, from, out.length, hz[i], RATE)).as("%s Hz", hz[i]).isGreaterThan(0.1);
    }
  }

  @Test
  void closingAClipStopsItAndItCannotBeSaidAgain() {
    Clip tone = audio.clip("tone", Signals.tone(RATE, 440, 1.0, 0.5));
    audio.voice().say(tone);
    render(0.05);
    tone.close();
    tone.close();
    assertThat(audio.voice().isSpeaking()).isFalse();
    short[] out = render(0.1);
    assertThat(Signals.peak(Arrays.copyOfRange(out, BLOCK, out.length))).isLessThanOrEqualTo(SILENCE);
    assertThatThrownBy(() -> audio.voice().say(tone)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tone is closed");
  }

  @Test
  void aClipOfAnotherAudioIsRefused() {
    try (Audio other = Audio.silent()) {
      Clip foreign = other.clip("foreign", Signals.tone(RATE, 440, 0.1, 0.5));
      assertThatThrownBy(() -> audio.voice().say(foreign)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("another audio");
      assertThatThrownBy(() -> audio.effects().play(foreign)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void twoLoopbackOutputsMixIndependently() {
    try (Audio second = Audio.loopback(RATE, 1)) {
      audio.voice().say(audio.clip("a", Signals.tone(RATE, 440, 0.5, 0.5)));
      short[] quiet = new short[BLOCK * 8];
      second.render(quiet);
      assertThat(Signals.peak(quiet)).isLessThanOrEqualTo(SILENCE);
      assertThat(Signals.rms(render(0.05), BLOCK, 2 * BLOCK)).isGreaterThan(0.3);
    }
  }

  @Test
  void stereoOutputCarriesAMonoPhraseOnBothChannels() {
    try (Audio stereo = Audio.loopback(RATE, 2)) {
      stereo.voice().say(stereo.clip("a", Signals.tone(RATE, 440, 0.5, 0.5)));
      short[] out = new short[2 * 4096];
      stereo.render(out);
      short[] left = new short[4096];
      short[] right = new short[4096];
      for (int i = 0; i < 4096; i++) {
        left[i] = out[2 * i];
        right[i] = out[2 * i + 1];
      }
      assertThat(Signals.rms(left, BLOCK, 4096)).isGreaterThan(0.1);
      assertThat(Signals.rms(right, BLOCK, 4096)).isGreaterThan(0.1);
    }
  }

  @Test
  void closeIsIdempotentAndLaterCallsDoNothing() {
    Clip tone = audio.clip("tone", Signals.tone(RATE, 440, 0.5, 0.5));
    audio.voice().say(tone);
    audio.close();
    audio.close();
    assertThat(audio.voice().isSpeaking()).isFalse();
    assertThat(audio.effects().isPlaying()).isFalse();
    audio.voice().stop();
    audio.setMuted(true);
    assertThatThrownBy(() -> audio.render(new short[BLOCK])).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> audio.clip("x", Signals.tone(RATE, 440, 0.1, 0.5))).isInstanceOf(IllegalStateException.class);
  }
}
