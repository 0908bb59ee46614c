/**
 * Sound through OpenAL (OpenAL Soft, shipped in LWJGL's natives): buffers and sources, nothing
 * about what a game says.
 *
 * <pre>{@code
 * Audio audio = Audio.open(warning -> System.err.println(warning)); // silent + one line if no device
 * Clip drawSeven = audio.load(assets.resolve("audio/voice/draw-7.wav")); // ClipException names a bad file
 * Clip iSee = audio.load(...), three = audio.load(...);
 * Clip win = audio.load(assets.resolve("audio/effects/win.wav"));
 *
 * audio.voice().say(drawSeven);       // replaces whatever was being said; never queues
 * audio.voice().say(iSee, three);     // one phrase of two clips, back to back
 * audio.voice().isSpeaking();
 * audio.effects().play(win);          // a separate channel, up to four effects at once
 * audio.setMasterVolume(0.8f); audio.voice().setVolume(1f); audio.effects().setVolume(0.6f);
 * audio.toggleMute();
 * audio.close();                      // idempotent; closes the clips too
 * }</pre>
 *
 * <p>{@link dev.digitarcade.engine.audio.Audio#loopback} mixes on request into an array, for
 * tests that look at the samples. {@link dev.digitarcade.engine.audio.Wav} reads and writes
 * 16-bit PCM WAV; {@link dev.digitarcade.engine.audio.Synth} and {@link
 * dev.digitarcade.engine.audio.SoundEffects} make the shipped effects.
 */
package dev.digitarcade.engine.audio;
