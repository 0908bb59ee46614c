package dev.digitarcade.engine.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures (prints, never asserts on) how soon sound starts after {@code say}/{@code play}:
 * samples the loopback device renders from the call to the first one above 1 % of full scale,
 * in 256-frame blocks at 48 kHz, like a device's periods. What a real device adds on top is its
 * own buffering (OpenAL Soft's null backend reports 40 ms).
 */
class AudioLatencyTest {
  static final int RATE = 48_000;
  static final int BLOCK = 256;
  static final double THRESHOLD = 0.01;
  static final Path AUDIO = Path.of(System.getProperty("digitarcade.assets", "../assets"), "audio");

  @Test
  void soundStartsWithinAFewMillisecondsOfItsTrigger() {
    List<String> figures = new ArrayList<>();
    List<Long> callNs = new ArrayList<>();
    try (Audio audio = Audio.loopback(RATE, 1)) {
      List<Clip> voice = new ArrayList<>();
      for (String name : List.of("draw-0", "digit-3", "i-see", "i-know-5", "not-a-number", "times-up")) {
        voice.add(audio.load(AUDIO.resolve("voice").resolve(name + ".wav")));
      }
      List<Clip> effects = new ArrayList<>();
      for (SoundEffects e : SoundEffects.values()) {
        effects.add(audio.load(AUDIO.resolve("effects").resolve(e.fileName())));
      }
      Clip loudStart = audio.clip("tone starting at full level", Signals.tone(16_000, 440, 0.2, 0.5));

      figures.add(String.format("%s %.2f ms", loudStart.name(), startMs(audio, loudStart, true, null)));
      for (int round = 0; round < 3; round++) {
        List<Long> calls = round == 0 ? null : callNs; // the first round warms the code up
        for (Clip c : voice) {
          double ms = startMs(audio, c, true, calls);
          if (round == 0) {
            figures.add(String.format("%s %.2f ms", Path.of(c.name()).getFileName(), ms));
          }
        }
        for (Clip c : effects) {
          double ms = startMs(audio, c, false, calls);
          if (round == 0) {
            figures.add(String.format("%s %.2f ms", Path.of(c.name()).getFileName(), ms));
          }
        }
      }
    }
    long[] ns = callNs.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(ns);
    System.out.println("audio start latency through the loopback device (48 kHz, 256-frame blocks, first sample"
        + " above 1% of full scale after the call): " + String.join(", ", figures));
    System.out.printf("say()/play() call cost on the loopback device: p50 %.1f us, max %.1f us (%d calls after a warm-up round)%n",
        ns[ns.length / 2] / 1e3, ns[ns.length - 1] / 1e3, ns.length);
  }

  /** Triggers {@code clip} on silence and counts the samples until it is heard, in ms. */
  private static double startMs(Audio audio, Clip clip, boolean voice, List<Long> callNs) {
    audio.voice().stop();
    audio.effects().stopAll();
    short[] block = new short[BLOCK];
    for (int i = 0; i < 8; i++) {
      audio.render(block); // let the stopped sources fade out
    }
    long t0 = System.nanoTime();
    if (voice) {
      audio.voice().say(clip);
    } else {
      audio.effects().play(clip);
    }
    long ns = System.nanoTime() - t0;
    if (callNs != null) {
      callNs.add(ns);
    }
    int rendered = 0;
    while (rendered < RATE) {
      audio.render(block);
      int first = Signals.firstAbove(block, THRESHOLD);
      if (first >= 0) {
        return (rendered + first) * 1000.0 / RATE;
      }
      rendered += BLOCK;
    }
    assertThat(rendered).as("%s was never heard", clip.name()).isLessThan(RATE);
    return Double.NaN;
  }
}
