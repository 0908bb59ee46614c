package dev.digitarcade.game.bench;

import dev.digitarcade.engine.audio.Audio;
import dev.digitarcade.engine.audio.SoundEffects;
import dev.digitarcade.game.rules.Target;
import dev.digitarcade.game.sound.Commentator;
import dev.digitarcade.game.sound.Phrase;
import dev.digitarcade.game.sound.Sounds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How soon the game's phrases and effects are heard after their trigger, through OpenAL Soft's
 * loopback device: the samples rendered from the call to the first one above 1 % of full scale,
 * in 256-frame blocks at 48 kHz like a device's periods. A real device adds its own buffer.
 */
final class SoundBench {
  static final int RATE = 48_000;
  static final int BLOCK = 256;
  static final double THRESHOLD = 0.01;

  private SoundBench() {}

  /** Prints the figures; returns false when the loopback device is not there. */
  static boolean run(Path audioDir, PrintWriter out, PrintWriter err) {
    Audio audio;
    try {
      audio = Audio.loopback(RATE, 1);
    } catch (RuntimeException e) {
      err.println("bench: sound not measured: " + e.getMessage());
      return false;
    }
    try (Sounds sounds = Sounds.withAudio(audio, audioDir, t -> { }, w -> err.println("bench: " + w))) {
      Commentator c = new Commentator();
      List<Phrase> phrases = List.of(c.roundStarted(Target.digit(7)), new Phrase("I see 3…", List.of("i-see", "digit-3")),
          new Phrase("or 8…", List.of("or", "digit-8")), new Phrase("Hmm, that's not a number.", List.of("not-a-number")),
          c.roundEnded(true, Target.digit(5), false), c.roundEnded(false, Target.digit(2), false));
      int rounds = 20;
      double[] voice = new double[rounds * phrases.size()];
      double[] effects = new double[rounds * SoundEffects.values().length];
      long[] calls = new long[voice.length + effects.length];
      int v = 0;
      int e = 0;
      for (int r = -2; r < rounds; r++) { // two rounds to warm up
        for (Phrase p : phrases) {
          long[] ns = new long[1];
          double ms = start(sounds, () -> sounds.say(p), ns);
          if (r >= 0) {
            calls[v + e] = ns[0];
            voice[v++] = ms;
          }
        }
        for (SoundEffects fx : SoundEffects.values()) {
          long[] ns = new long[1];
          double ms = start(sounds, () -> sounds.play(fx), ns);
          if (r >= 0) {
            calls[v + e] = ns[0];
            effects[e++] = ms;
          }
        }
      }
      Arrays.sort(voice);
      Arrays.sort(effects);
      Arrays.sort(calls);
      out.printf(Locale.ROOT, "sound start after its trigger (loopback, 48 kHz, 256-frame blocks): voice p50 %.2f ms"
          + "  max %.2f ms (%d phrases); effects p50 %.2f ms  max %.2f ms (%d)%n", voice[voice.length / 2],
          voice[voice.length - 1], voice.length, effects[effects.length / 2], effects[effects.length - 1],
          effects.length);
      out.printf(Locale.ROOT, "say()/play() on the game thread: p50 %.1f us  p99 %.1f us  max %.1f us%n",
          calls[calls.length / 2] / 1e3, calls[(int) (calls.length * 0.99)] / 1e3, calls[calls.length - 1] / 1e3);
      out.flush();
      return true;
    }
  }

  /** Silence, then the trigger, then blocks until the sound is heard; in ms of samples. */
  private static double start(Sounds sounds, Runnable trigger, long[] callNs) {
    sounds.hush();
    sounds.audio().effects().stopAll();
    short[] block = new short[BLOCK];
    for (int i = 0; i < 8; i++) {
      sounds.audio().render(block);
    }
    long t0 = System.nanoTime();
    trigger.run();
    callNs[0] = System.nanoTime() - t0;
    for (int rendered = 0; rendered < RATE; rendered += BLOCK) {
      sounds.audio().render(block);
      for (int i = 0; i < BLOCK; i++) {
        if (Math.abs(block[i]) > THRESHOLD * 32768) {
          return (rendered + i) * 1000.0 / RATE;
        }
      }
    }
    return Double.NaN;
  }
}
