package dev.digitarcade.engine.audio;

import static org.lwjgl.openal.AL10.*;
import static org.lwjgl.openal.ALC10.*;

import org.lwjgl.openal.AL;
import org.lwjgl.openal.ALC;
import org.lwjgl.openal.ALCCapabilities;
import org.lwjgl.openal.SOFTLoopback;

/**
 * An OpenAL device and context (OpenAL Soft, the library LWJGL ships). Every AL call names its
 * context ({@code ALC_EXT_direct_context}), so no context is left current and two instances do
 * not disturb each other.
 */
final class OpenAlBackend implements Backend {
  private final long device;
  private final long context;
  private final boolean loopback;
  private final int channels;
  private final int rate;
  private final String description;
  private boolean closed;

  private OpenAlBackend(long device, long context, boolean loopback, int channels, int rate, String description) {
    this.device = device;
    this.context = context;
    this.loopback = loopback;
    this.channels = channels;
    this.rate = rate;
    this.description = description;
  }

  /** Why OpenAL could not be used; {@link Audio} turns it into its one warning. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  /**
   * Opens a playback device.
   *
   * @param deviceName OpenAL's name of the device, or null for the default one
   */
  static OpenAlBackend open(String deviceName) throws Unavailable {
    long device = deviceName == null ? alcOpenDevice((java.nio.ByteBuffer) null) : alcOpenDevice(deviceName);
    if (device == 0L) {
      throw new Unavailable(deviceName == null ? "no sound device could be opened"
          : "the sound device \"" + deviceName + "\" could not be opened");
    }
    String name = alcGetString(device, ALC_DEVICE_SPECIFIER);
    return withContext(device, null, false, 0, name == null ? "OpenAL device" : name);
  }

  /**
   * Opens OpenAL Soft's loopback device: nothing is played, {@link #render} mixes on request.
   *
   * @param channels 1 or 2
   */
  static OpenAlBackend loopback(int rate, int channels) throws Unavailable {
    if (channels != 1 && channels != 2) {
      throw new IllegalArgumentException("channels must be 1 or 2, not " + channels);
    }
    if (!ALC.getCapabilities().ALC_SOFT_loopback) {
      throw new Unavailable("the OpenAL library has no loopback device (ALC_SOFT_loopback)");
    }
    long device = SOFTLoopback.alcLoopbackOpenDeviceSOFT((java.nio.ByteBuffer) null);
    if (device == 0L) {
      throw new Unavailable("the OpenAL loopback device could not be opened");
    }
    int alChannels = channels == 1 ? SOFTLoopback.ALC_MONO_SOFT : SOFTLoopback.ALC_STEREO_SOFT;
    if (!SOFTLoopback.alcIsRenderFormatSupportedSOFT(device, rate, alChannels, SOFTLoopback.ALC_SHORT_SOFT)) {
      alcCloseDevice(device);
      throw new Unavailable("the loopback device cannot render 16-bit " + channels + "-channel audio at " + rate + " Hz");
    }
    int[] attributes = {
      SOFTLoopback.ALC_FORMAT_CHANNELS_SOFT, alChannels,
      SOFTLoopback.ALC_FORMAT_TYPE_SOFT, SOFTLoopback.ALC_SHORT_SOFT,
      ALC_FREQUENCY, rate,
      0
    };
    return withContext(device, attributes, true, channels, "OpenAL Soft loopback");
  }

  private static OpenAlBackend withContext(long device, int[] attributes, boolean loopback, int channels, String name)
      throws Unavailable {
    long context = 0L;
    try {
      ALCCapabilities caps = ALC.createCapabilities(device);
      if (!caps.ALC_EXT_direct_context) {
        throw new Unavailable("the OpenAL library lacks ALC_EXT_direct_context (OpenAL Soft 1.24 or later is needed)");
      }
      context = attributes == null ? alcCreateContext(device, (java.nio.IntBuffer) null) : alcCreateContext(device, attributes);
      if (context == 0L) {
        throw new Unavailable("OpenAL could not create a context on " + name);
      }
      // LWJGL finds the AL entry points through a current context; none stays current.
      long previous = alcGetCurrentContext();
      alcMakeContextCurrent(context);
      try {
        AL.createCapabilities(caps);
      } finally {
        alcMakeContextCurrent(previous);
      }
      int rate = alcGetInteger(device, ALC_FREQUENCY);
      return new OpenAlBackend(device, context, loopback, channels, rate, name);
    } catch (Unavailable | RuntimeException | LinkageError e) {
      if (context != 0L) {
        alcDestroyContext(context);
      }
      alcCloseDevice(device);
      throw e;
    }
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public int createBuffer(Pcm pcm) {
    int buffer = alGenBuffersDirect(context);
    int format = pcm.channels() == 1 ? AL_FORMAT_MONO16 : AL_FORMAT_STEREO16;
    alBufferDataDirect(context, buffer, format, pcm.samples(), pcm.sampleRate());
    String error = takeError();
    if (error != null) {
      alDeleteBuffersDirect(context, buffer);
      throw new IllegalStateException("OpenAL refused the samples (error " + error + ")");
    }
    return buffer;
  }

  @Override
  public void deleteBuffer(int buffer) {
    alDeleteBuffersDirect(context, buffer);
  }

  @Override
  public int createSource() {
    int source = alGenSourcesDirect(context);
    alSourceiDirect(context, source, AL_SOURCE_RELATIVE, AL_TRUE);
    alSourcefDirect(context, source, AL_ROLLOFF_FACTOR, 0f);
    String error = takeError();
    if (error != null) {
      throw new IllegalStateException("OpenAL could not create a source (error " + error + ")");
    }
    return source;
  }

  @Override
  public void deleteSource(int source) {
    alSourceStopDirect(context, source);
    alDeleteSourcesDirect(context, source);
  }

  @Override
  public void play(int source, int[] buffers) {
    alSourceStopDirect(context, source);
    alSourceiDirect(context, source, AL_BUFFER, 0);
    alSourceQueueBuffersDirect(context, source, buffers);
    alSourcePlayDirect(context, source);
  }

  @Override
  public void stop(int source) {
    alSourceStopDirect(context, source);
    alSourceiDirect(context, source, AL_BUFFER, 0);
  }

  @Override
  public boolean playing(int source) {
    return alGetSourceiDirect(context, source, AL_SOURCE_STATE) == AL_PLAYING;
  }

  @Override
  public void sourceGain(int source, float gain) {
    alSourcefDirect(context, source, AL_GAIN, gain);
  }

  @Override
  public void listenerGain(float gain) {
    alListenerfDirect(context, AL_GAIN, gain);
  }

  @Override
  public boolean loopback() {
    return loopback;
  }

  @Override
  public int outputChannels() {
    return channels;
  }

  @Override
  public int outputRate() {
    return rate;
  }

  @Override
  public void render(short[] out) {
    if (!loopback) {
      throw new IllegalStateException("only the loopback device renders on request");
    }
    SOFTLoopback.alcRenderSamplesSOFT(device, out, out.length / channels);
  }

  @Override
  public String takeError() {
    int error = alGetErrorDirect(context);
    return error == AL_NO_ERROR ? null : "0x" + Integer.toHexString(error).toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (alcGetCurrentContext() == context) {
      alcMakeContextCurrent(0L);
    }
    alcDestroyContext(context);
    alcCloseDevice(device);
  }
}
