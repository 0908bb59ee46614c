package dev.digitarcade.engine.audio;

import dev.digitarcade.engine.io.OutputFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * RIFF WAVE files of 16-bit PCM, mono or stereo (plain {@code WAVE_FORMAT_PCM} or
 * {@code WAVE_FORMAT_EXTENSIBLE} with the PCM sub-format, as OpenAL Soft's wave backend writes).
 * Every size is checked against the bytes that are really there: a truncated or damaged file is
 * one {@link ClipException} naming it and what was wrong, never an index error.
 */
public final class Wav {
  /** Files larger than this are refused before they are read (a clip is seconds long). */
  public static final long MAX_BYTES = 64L << 20;

  private static final int FORMAT_PCM = 1;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;
  /** The 14 bytes after the 2-byte format code in the PCM sub-format GUID. */
  private static final byte[] PCM_GUID_TAIL = {
    0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
  };

  private Wav() {}

  /** Reads and decodes {@code file}. */
  public static Pcm read(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw bad(file.toString(), size + " bytes is more than the " + MAX_BYTES + " a sound clip may have");
      }
      return decode(file.toString(), Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new ClipException("sound file not found: " + file);
    } catch (IOException e) {
      throw new ClipException("sound file " + file + " could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Decodes the bytes of a WAVE file.
   *
   * @param name what to call the file in an error message
   */
  public static Pcm decode(String name, byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 12 || !tag(bytes, 0, "RIFF") || !tag(bytes, 8, "WAVE")) {
      throw bad(name, "not a RIFF WAVE file (expected \"RIFF\" and \"WAVE\" in the first 12 bytes)");
    }
    long riffEnd = 8 + Integer.toUnsignedLong(b.getInt(4));
    if (riffEnd > bytes.length) {
      throw bad(name, "truncated: the RIFF header declares " + riffEnd + " bytes, the file has " + bytes.length);
    }
    Format format = null;
    int pos = 12;
    while (pos + 8 <= riffEnd) {
      String id = new String(bytes, pos, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      long size = Integer.toUnsignedLong(b.getInt(pos + 4));
      int body = pos + 8;
      if (body + size > riffEnd) {
        throw bad(name, "truncated: chunk \"" + printable(id) + "\" at byte " + pos + " declares " + size
            + " bytes, " + (riffEnd - body) + " are there");
      }
      if (id.equals("fmt ")) {
        format = format(name, b, body, (int) size);
      } else if (id.equals("data")) {
        if (format == null) {
          throw bad(name, "the data chunk comes before the fmt chunk");
        }
        return samples(name, b, body, (int) size, format);
      }
      pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
    }
    throw bad(name, format == null ? "no fmt chunk" : "no data chunk");
  }

  private record Format(int channels, int sampleRate) {}

  private static Format format(String name, ByteBuffer b, int at, int size) {
    if (size < 16) {
      throw bad(name, "the fmt chunk has " + size + " bytes, at least 16 expected");
    }
    int tag = Short.toUnsignedInt(b.getShort(at));
    int channels = Short.toUnsignedInt(b.getShort(at + 2));
    long rate = Integer.toUnsignedLong(b.getInt(at + 4));
    long byteRate = Integer.toUnsignedLong(b.getInt(at + 8));
    int blockAlign = Short.toUnsignedInt(b.getShort(at + 12));
    int bits = Short.toUnsignedInt(b.getShort(at + 14));
    if (tag == FORMAT_EXTENSIBLE) {
      if (size < 40 || Short.toUnsignedInt(b.getShort(at + 16)) < 22) {
        throw bad(name, "the extensible fmt chunk is too short (" + size + " bytes, 40 expected)");
      }
      int validBits = Short.toUnsignedInt(b.getShort(at + 18));
      int subFormat = Short.toUnsignedInt(b.getShort(at + 24));
      if (subFormat != FORMAT_PCM || !guidTailIsPcm(b, at + 26) || validBits > 16) {
        throw bad(name, "extensible format that is not 16-bit integer PCM");
      }
    } else if (tag != FORMAT_PCM) {
      throw bad(name, "format code " + tag + " is not PCM (1); only 16-bit PCM WAV is supported");
    }
    if (bits != 16) {
      throw bad(name, bits + "-bit samples; only 16-bit PCM is supported");
    }
    if (channels != 1 && channels != 2) {
      throw bad(name, channels + " channels; mono or stereo expected");
    }
    if (rate < Pcm.MIN_RATE || rate > Pcm.MAX_RATE) {
      throw bad(name, "sample rate " + rate + " Hz outside " + Pcm.MIN_RATE + ".." + Pcm.MAX_RATE);
    }
    if (blockAlign != channels * 2 || byteRate != rate * blockAlign) {
      throw bad(name, "inconsistent fmt chunk (block align " + blockAlign + ", byte rate " + byteRate + " for "
          + channels + " channel(s) at " + rate + " Hz)");
    }
    return new Format(channels, (int) rate);
  }

  private static boolean guidTailIsPcm(ByteBuffer b, int at) {
    for (int i = 0; i < PCM_GUID_TAIL.length; i++) {
      if (b.get(at + i) != PCM_GUID_TAIL[i]) {
        return false;
      }
    }
    return true;
  }

  private static Pcm samples(String name, ByteBuffer b, int at, int size, Format f) {
    int frameBytes = 2 * f.channels();
    if (size % frameBytes != 0) {
      throw bad(name, "the data chunk's " + size + " bytes are not a whole number of " + frameBytes + "-byte frames");
    }
    if (size == 0) {
      throw bad(name, "no samples");
    }
    short[] samples = new short[size / 2];
    b.position(at);
    b.slice().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
    return new Pcm(f.sampleRate(), f.channels(), samples);
  }

  /** The canonical 44-byte-header WAVE file of {@code pcm}. */
  public static byte[] encode(Pcm pcm) {
    int data = pcm.samples().length * 2;
    ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt(36 + data).put(ascii("WAVE"));
    b.put(ascii("fmt ")).putInt(16).putShort((short) FORMAT_PCM).putShort((short) pcm.channels())
        .putInt(pcm.sampleRate()).putInt(pcm.sampleRate() * pcm.channels() * 2)
        .putShort((short) (pcm.channels() * 2)).putShort((short) 16);
    b.put(ascii("data")).putInt(data);
    b.asShortBuffer().put(pcm.samples());
    return b.array();
  }

  /** Writes {@code pcm} to {@code file} the way every output file is written ({@link OutputFile}). */
  public static void write(Path file, Pcm pcm) throws IOException {
    OutputFile.write(file, encode(pcm));
  }

  private static boolean tag(byte[] bytes, int at, String tag) {
    for (int i = 0; i < 4; i++) {
      if (bytes[at + i] != tag.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static String printable(String id) {
    return id.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? id : "?";
  }

  private static ClipException bad(String name, String why) {
    return new ClipException("bad sound file " + name + ": " + why);
  }
}
