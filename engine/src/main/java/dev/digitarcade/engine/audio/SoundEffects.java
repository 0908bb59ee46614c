package dev.digitarcade.engine.audio;

import static dev.digitarcade.engine.audio.Synth.Note.of;
import static dev.digitarcade.engine.audio.Synth.Note.rest;

import dev.digitarcade.engine.audio.Synth.Note;
import dev.digitarcade.engine.audio.Synth.Wave;
import java.util.List;

/**
 * An arcade game's stock effects, made with {@link Synth}. The files in {@code
 * assets/audio/effects/} are these, written by {@link EffectsTool}; a test keeps them equal.
 */
public enum SoundEffects {
  /** A round begins: two rising notes. */
  ROUND_START("round-start", List.of(
      of(660, 0.09, Wave.TRIANGLE, 0.6),
      of(990, 0.18, Wave.TRIANGLE, 0.6))),
  /** A clock's tick in the last seconds: a short high blip. */
  TICK("tick", List.of(
      new Note(1760, 1760, 0.04, Wave.SINE, 0.45, 40))),
  /** A win: a rising major arpeggio. */
  WIN("win", List.of(
      of(523.25, 0.07, Wave.SQUARE, 0.35),
      of(659.25, 0.07, Wave.SQUARE, 0.35),
      of(783.99, 0.07, Wave.SQUARE, 0.35),
      new Note(1046.5, 1046.5, 0.30, Wave.SQUARE, 0.35, 4))),
  /** Time ran out: three falling notes, the last sliding down. */
  TIME_OUT("time-out", List.of(
      of(392, 0.16, Wave.SQUARE, 0.3),
      rest(0.03),
      of(370, 0.16, Wave.SQUARE, 0.3),
      rest(0.03),
      new Note(349.23, 233.08, 0.45, Wave.SQUARE, 0.3, 1.5))),
  /** A new best score: a short fanfare. */
  NEW_BEST("new-best", List.of(
      of(783.99, 0.08, Wave.SQUARE, 0.3),
      rest(0.03),
      of(783.99, 0.08, Wave.SQUARE, 0.3),
      rest(0.03),
      of(783.99, 0.08, Wave.SQUARE, 0.3),
      new Note(1046.5, 1046.5, 0.45, Wave.TRIANGLE, 0.6, 2.5)));

  /** The rate the effects are made at. */
  public static final int SAMPLE_RATE = 22_050;

  private final String fileStem;
  private final List<Note> notes;

  SoundEffects(String fileStem, List<Note> notes) {
    this.fileStem = fileStem;
    this.notes = notes;
  }

  /** The file name under {@code assets/audio/effects/}, e.g. {@code round-start.wav}. */
  public String fileName() {
    return fileStem + ".wav";
  }

  /** The samples, mono at {@link #SAMPLE_RATE}. */
  public Pcm render() {
    return Synth.render(SAMPLE_RATE, notes);
  }
}
