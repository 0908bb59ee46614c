package dev.digitarcade.engine.ui;

import dev.digitarcade.engine.EngineException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a TrueType file before NanoVG sees it. NanoVG's font reader trusts the file's table
 * directory and reads wherever it points, so a truncated or damaged font crashes the process
 * instead of failing. Here the directory is read with bounds checks: every table must lie inside
 * the file and the tables text drawing needs must be there.
 */
final class FontFile {
  /** The tables NanoVG's reader uses to lay out and draw glyphs. */
  static final Set<String> REQUIRED = Set.of("cmap", "head", "hhea", "hmtx", "loca", "glyf", "maxp");

  /** The largest font file read (the shipped ones are under 1 MB). */
  static final int MAX_BYTES = 64 << 20;

  private FontFile() {}

  /** Throws an {@link EngineException} naming {@code file} unless {@code bytes} look like a complete TrueType font. */
  static void check(Path file, byte[] bytes) {
    String problem = problem(bytes);
    if (problem != null) {
      throw new EngineException("not a usable TrueType font: " + file + " (" + problem + ")");
    }
  }

  /** What is wrong with {@code bytes} as a TrueType font, or null when nothing is. */
  static String problem(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return bytes.length + " bytes, expected at most " + MAX_BYTES;
    }
    if (bytes.length < 12) {
      return "only " + bytes.length + " bytes";
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    int version = b.getInt(0);
    if (version != 0x00010000 && version != 0x74727565) { // 1.0 or 'true'
      return "no TrueType header";
    }
    int tables = Short.toUnsignedInt(b.getShort(4));
    if (tables == 0 || 12L + 16L * tables > bytes.length) {
      return "table directory of " + tables + " tables does not fit in " + bytes.length + " bytes";
    }
    Set<String> found = new HashSet<>();
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      String tag = new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
      long offset = Integer.toUnsignedLong(b.getInt(at + 8));
      long length = Integer.toUnsignedLong(b.getInt(at + 12));
      if (offset + length > bytes.length) {
        return "table '" + tag + "' ends at byte " + (offset + length) + " of " + bytes.length + " (truncated?)";
      }
      found.add(tag);
    }
    for (String tag : REQUIRED) {
      if (!found.contains(tag)) {
        return "no '" + tag + "' table";
      }
    }
    return null;
  }
}
