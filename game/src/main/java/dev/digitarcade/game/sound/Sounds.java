package dev.digitarcade.game.sound;

import dev.digitarcade.engine.audio.Audio;
import dev.digitarcade.engine.audio.Clip;
import dev.digitarcade.engine.audio.ClipException;
import dev.digitarcade.engine.audio.SoundEffects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The game's voice and sound effects on the engine's {@link Audio}: speaks {@link Phrase}s from
 * the shipped clips, plays the effects, mutes, sets the volumes. Every phrase goes to the
 * {@code said} callback (the game writes it to the event stream as {@code
 * {"type":"say","text":...}}) whether or not it can be heard (muted, no device), so the stream is
 * the same on every machine.
 *
 * <p>Call from the game thread; the calls cost microseconds (see {@link Audio}).
 */
public final class Sounds implements AutoCloseable {
  private final Audio audio;
  private final Consumer<String> said;
  private final Map<String, Clip> voice = new HashMap<>();
  private final Map<SoundEffects, Clip> effects = new EnumMap<>(SoundEffects.class);
  private Phrase last;

  private Sounds(Audio audio, Consumer<String> said) {
    this.audio = audio;
    this.said = said;
  }

  /**
   * Opens the default sound device, or goes silent with one warning line when there is none;
   * loads the clips in {@code audioDir} ({@code voice/*.wav}, {@code effects/*.wav}). Never
   * throws: a clip that cannot be loaded is one more warning and its phrases are not heard.
   */
  public static Sounds open(Path audioDir, Consumer<String> said, Consumer<String> warnings) {
    String none = SoundCheck.noDevice(System.getenv(), System.getProperty("os.name", ""), Path.of("/"),
        System.getProperty("user.home"));
    Audio audio;
    if (none != null) {
      warnings.accept("audio: " + none + "; sound is off");
      audio = Audio.silent();
    } else {
      audio = Audio.open(warnings);
    }
    return withAudio(audio, audioDir, said, warnings);
  }

  /** Sounds on an audio the caller made (a loopback one in tests); takes ownership of it. */
  public static Sounds withAudio(Audio audio, Path audioDir, Consumer<String> said, Consumer<String> warnings) {
    Sounds s = new Sounds(audio, said);
    s.load(audioDir, warnings);
    return s;
  }

  /** Nothing heard; phrases still go to {@code said}. */
  public static Sounds silent(Consumer<String> said) {
    return new Sounds(Audio.silent(), said);
  }

  private void load(Path dir, Consumer<String> warnings) {
    List<String> problems = new ArrayList<>();
    Path voiceDir = dir.resolve("voice");
    try (Stream<Path> files = Files.list(voiceDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".wav")).sorted().toList()) {
        String name = f.getFileName().toString();
        try {
          voice.put(name.substring(0, name.length() - 4), audio.load(f));
        } catch (ClipException e) {
          problems.add(e.getMessage());
        }
      }
    } catch (IOException e) {
      problems.add("no voice clips in " + voiceDir);
    }
    for (SoundEffects e : SoundEffects.values()) {
      try {
        effects.put(e, audio.load(dir.resolve("effects").resolve(e.fileName())));
      } catch (ClipException ex) {
        problems.add(ex.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      warnings.accept("audio: " + problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
          + " more)" : "") + "; what needs them is not heard");
    }
  }

  /**
   * Says {@code phrase} at once (replacing what is being said) and writes it to the event stream.
   * A phrase with a clip that is not there is written, not heard.
   */
  public void say(Phrase phrase) {
    last = phrase;
    said.accept(phrase.text());
    List<Clip> clips = new ArrayList<>(phrase.clips().size());
    for (String name : phrase.clips()) {
      Clip c = voice.get(name);
      if (c == null) {
        return;
      }
      clips.add(c);
    }
    if (!clips.isEmpty()) {
      audio.voice().say(clips);
    }
  }

  /**
   * How long {@code phrase} takes to say: its clips' length, or (for words only shown, or clips
   * not there) about as long as reading them takes.
   */
  public double seconds(Phrase phrase) {
    double total = 0;
    for (String name : phrase.clips()) {
      Clip c = voice.get(name);
      if (c == null) {
        return Math.max(1.0, phrase.text().length() * 0.06);
      }
      total += c.seconds();
    }
    return phrase.clips().isEmpty() ? Math.max(1.0, phrase.text().length() * 0.06) : total;
  }

  /** Plays an effect (nothing when its clip is not there). */
  public void play(SoundEffects effect) {
    Clip c = effects.get(effect);
    if (c != null) {
      audio.effects().play(c);
    }
  }

  /** Whether a phrase is still being heard; a silent output is never speaking. */
  public boolean speaking() {
    return audio.voice().isSpeaking();
  }

  /** Stops the voice (e.g. when a challenge is paused or left). */
  public void hush() {
    audio.voice().stop();
  }

  /** The phrase said last, or null. */
  public Phrase last() {
    return last;
  }

  public boolean muted() {
    return audio.isMuted();
  }

  public void setMuted(boolean on) {
    audio.setMuted(on);
  }

  /** Flips mute; returns the new state. */
  public boolean toggleMute() {
    return audio.toggleMute();
  }

  /** @param effectsVolume the effects' volume in [0, 1]; @param voiceVolume the voice's */
  public void setVolumes(float effectsVolume, float voiceVolume) {
    audio.effects().setVolume(effectsVolume);
    audio.voice().setVolume(voiceVolume);
  }

  /** Whether nothing can ever be heard (no device). */
  public boolean silent() {
    return audio.isSilent();
  }

  /** The engine's audio underneath (for measurements). */
  public Audio audio() {
    return audio;
  }

  @Override
  public void close() {
    audio.close();
  }
}
