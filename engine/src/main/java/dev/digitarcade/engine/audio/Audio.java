package dev.digitarcade.engine.audio;

import dev.digitarcade.engine.EngineException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sound output: a {@link Voice} that says one phrase at a time, an {@link Effects} channel, a
 * master volume and mute. Opened on OpenAL's default device; with no device, or when anything
 * about OpenAL fails, it is silent instead: it reports one warning line and behaves the same way
 * otherwise (clips are still decoded and checked, nothing sounds, nothing throws).
 *
 * <p>OpenAL Soft reads {@code ALSOFT_DRIVERS} (e.g. {@code null}: a device that plays nowhere)
 * and {@code ALSOFT_CONF} (a configuration file; its {@code wave} backend writes a WAV file)
 * from the environment when it first opens a device.
 *
 * <p>Playing calls are cheap enough for the render thread: a few OpenAL calls under this
 * object's lock (measured with the null backend's mixer running: {@code say} p50 about 10 us,
 * p99 about 30 us; OpenAL Soft may wait for a mix update in progress, so a rare call takes a
 * few ms on a loaded machine: 3.6 ms once in 2,000 calls at a load average of 8). Opening loads the library and costs about 100 ms: do it
 * before the first frame or on another thread; every method may be called from any thread.
 * Clips belong to the audio that made them.
 *
 * <p>A loopback audio reports OpenAL errors by throwing, so tests see them; an opened one
 * reports the first to its warnings callback and plays on.
 */
public final class Audio implements AutoCloseable {
  private final Backend backend;
  private final Consumer<String> warnings;
  private final String warning;
  private final Voice voice;
  private final Effects effects;
  private final List<Clip> clips = new ArrayList<>();
  private float masterVolume = 1f;
  private boolean muted;
  private boolean runtimeErrorReported;
  private boolean closed;

  private Audio(Backend backend, String warning, Consumer<String> warnings) {
    this.backend = backend;
    this.warning = warning;
    this.warnings = warnings;
    int voiceSource = backend.createSource();
    int[] effectSources = new int[Effects.SOURCES];
    for (int i = 0; i < effectSources.length; i++) {
      effectSources[i] = backend.createSource();
    }
    this.voice = new Voice(this, voiceSource);
    this.effects = new Effects(this, effectSources);
    warmUp(voiceSource, effectSources);
  }

  /**
   * Starts and stops every source once on a silent one-frame buffer: OpenAL Soft sets up a
   * source's voice on its first play (about 1.5 ms measured), which then happens here and not
   * during the first frame that speaks.
   */
  private void warmUp(int voiceSource, int[] effectSources) {
    if (backend instanceof SilentBackend) {
      return;
    }
    int buffer = backend.createBuffer(new Pcm(Pcm.MIN_RATE, 1, new short[1]));
    try {
      backend.sourceGain(voiceSource, 0f);
      backend.play(voiceSource, new int[] {buffer});
      backend.stop(voiceSource);
      backend.sourceGain(voiceSource, 1f);
      for (int source : effectSources) {
        backend.sourceGain(source, 0f);
        backend.play(source, new int[] {buffer});
        backend.stop(source);
        backend.sourceGain(source, 1f);
      }
    } finally {
      backend.deleteBuffer(buffer);
    }
  }

  /** {@link #open(String, Consumer)} on the default device. */
  public static Audio open(Consumer<String> warnings) {
    return open(null, warnings);
  }

  /**
   * Opens a device, or a silent output if that fails for any reason; never throws.
   *
   * @param deviceName OpenAL's name of the device, or null for the default one
   * @param warnings receives the one line that says why the audio is silent, if it is
   */
  public static Audio open(String deviceName, Consumer<String> warnings) {
    return openWith(() -> OpenAlBackend.open(deviceName), warnings);
  }

  /** How a device is opened (a test can make it fail in every way it can). */
  @FunctionalInterface
  interface Opener {
    Backend open() throws OpenAlBackend.Unavailable;
  }

  static Audio openWith(Opener opener, Consumer<String> warnings) {
    Objects.requireNonNull(warnings, "warnings");
    Backend backend = null;
    String reason;
    try {
      backend = opener.open();
      return new Audio(backend, null, warnings);
    } catch (OpenAlBackend.Unavailable e) {
      reason = e.getMessage();
    } catch (RuntimeException | LinkageError e) {
      reason = "OpenAL failed (" + oneLine(e) + ")";
      if (backend != null) {
        closeQuietly(backend);
      }
    }
    String line = "audio: " + reason + "; sound is off";
    warnings.accept(line);
    return new Audio(new SilentBackend(reason), line, warnings);
  }

  /** An output that plays nothing, for {@code --no-sound} and for tests; no warning. */
  public static Audio silent() {
    return new Audio(new SilentBackend("silent"), null, w -> {});
  }

  /**
   * OpenAL Soft's loopback device: nothing reaches a speaker, {@link #render} mixes the next
   * samples on request. For tests and measurements.
   *
   * @param channels 1 or 2 (interleaved in {@link #render})
   * @throws EngineException if the library has no loopback device
   */
  public static Audio loopback(int sampleRate, int channels) {
    Backend backend = null;
    try {
      backend = OpenAlBackend.loopback(sampleRate, channels);
      return new Audio(backend, null, w -> {
        throw new IllegalStateException(w);
      });
    } catch (OpenAlBackend.Unavailable e) {
      throw new EngineException("audio: " + e.getMessage());
    } catch (RuntimeException | LinkageError e) {
      if (backend != null) {
        closeQuietly(backend);
      }
      throw new EngineException("audio: OpenAL failed (" + oneLine(e) + ")", e);
    }
  }

  /** Whether nothing will ever sound (no device). */
  public boolean isSilent() {
    return backend instanceof SilentBackend;
  }

  /** The warning reported when the audio turned silent, if it did. */
  public Optional<String> warning() {
    return Optional.ofNullable(warning);
  }

  /** The device's name, or why there is none. */
  public String device() {
    return backend.description();
  }

  /** The device's output rate in Hz (0 when silent). */
  public int outputRate() {
    return backend.outputRate();
  }

  public Voice voice() {
    return voice;
  }

  public Effects effects() {
    return effects;
  }

  /**
   * Decodes a 16-bit PCM WAV file into a clip.
   *
   * @throws ClipException naming the file when it is missing, unreadable or not such a WAV file
   */
  public Clip load(Path file) {
    return clip(file.toString(), Wav.read(file));
  }

  /** A clip of {@code pcm} (e.g. synthesised), called {@code name}. */
  public synchronized Clip clip(String name, Pcm pcm) {
    if (closed) {
      throw new IllegalStateException("audio is closed");
    }
    int buffer;
    try {
      buffer = backend.createBuffer(pcm);
    } catch (IllegalStateException e) {
      throw new ClipException("sound " + name + " could not be loaded: " + e.getMessage());
    }
    Clip clip = new Clip(this, name, pcm, buffer);
    clips.add(clip);
    return clip;
  }

  /** The master volume in [0, 1]; the channels' volumes are under it. */
  public synchronized float masterVolume() {
    return masterVolume;
  }

  public synchronized void setMasterVolume(float volume) {
    masterVolume = clampVolume(volume);
    applyListenerGain();
  }

  public synchronized boolean isMuted() {
    return muted;
  }

  /** Mutes or unmutes; what plays goes on playing, unheard. */
  public synchronized void setMuted(boolean muted) {
    this.muted = muted;
    applyListenerGain();
  }

  /** Flips mute and returns the new state. */
  public synchronized boolean toggleMute() {
    setMuted(!muted);
    return muted;
  }

  /**
   * Mixes the next {@code out.length / channels} frames of the loopback device into {@code out}
   * (interleaved 16-bit samples).
   *
   * @throws IllegalStateException unless this is a {@link #loopback} audio
   */
  public synchronized void render(short[] out) {
    if (!backend.loopback()) {
      throw new IllegalStateException("only a loopback audio renders on request");
    }
    if (closed) {
      throw new IllegalStateException("audio is closed");
    }
    backend.render(out);
  }

  /** Stops everything, frees the clips, sources, context and device. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    try {
      voice.close();
      effects.close();
      for (Clip clip : clips) {
        clip.markClosed();
        backend.deleteBuffer(clip.buffer);
      }
      clips.clear();
    } finally {
      closed = true;
      backend.close();
    }
  }

  // --- for the channels and clips (under this object's lock) ---

  Backend backend() {
    return backend;
  }

  boolean closedOrNot() {
    return closed;
  }

  synchronized void release(Clip clip) {
    if (clip.closed() || closed) {
      return;
    }
    voice.release(clip);
    effects.release(clip);
    backend.deleteBuffer(clip.buffer);
    clip.markClosed();
    clips.remove(clip);
  }

  void checkPhrase(List<Clip> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a phrase needs at least one clip");
    }
    Clip first = parts.get(0);
    for (Clip part : parts) {
      if (part.owner() != this) {
        throw new IllegalArgumentException("clip " + part.name() + " belongs to another audio output");
      }
      if (part.closed()) {
        throw new IllegalStateException("clip " + part.name() + " is closed");
      }
      if (!part.sameFormat(first)) {
        throw new IllegalArgumentException("the clips of a phrase must share one format: " + first.name() + " is "
            + first.format() + ", " + part.name() + " is " + part.format());
      }
    }
  }

  /** Reports the first OpenAL error seen while playing (once per audio; playing goes on). */
  void checkError(String what) {
    String error = backend.takeError();
    if (error != null && !runtimeErrorReported) {
      runtimeErrorReported = true;
      warnings.accept("audio: OpenAL error " + error + " in " + what + " (reported once)");
    }
  }

  static float clampVolume(float volume) {
    if (Float.isNaN(volume)) {
      throw new IllegalArgumentException("volume is not a number");
    }
    return Math.max(0f, Math.min(1f, volume));
  }

  private void applyListenerGain() {
    if (!closed) {
      backend.listenerGain(muted ? 0f : masterVolume);
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static void closeQuietly(Backend backend) {
    try {
      backend.close();
    } catch (RuntimeException | LinkageError ignored) {
      // Already failing; the warning says why.
    }
  }
}
