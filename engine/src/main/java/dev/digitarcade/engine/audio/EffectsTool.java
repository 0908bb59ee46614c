package dev.digitarcade.engine.audio;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the {@link SoundEffects} as WAV files into a directory ({@code assets/audio/effects/}),
 * or checks that the files there are exactly what it would write.
 *
 * <pre>EffectsTool DIR [--check | --force]</pre>
 *
 * A file that exists and differs is replaced only with {@code --force}. Exit codes: 0 done (or
 * all equal), 1 a file differs or could not be written, 2 bad usage.
 */
public final class EffectsTool {
  private EffectsTool() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean check = Arrays.asList(args).contains("--check");
    boolean force = Arrays.asList(args).contains("--force");
    String[] rest = Arrays.stream(args).filter(a -> !a.equals("--check") && !a.equals("--force")).toArray(String[]::new);
    if (rest.length != 1 || rest[0].startsWith("-") || (check && force)) {
      err.println("usage: EffectsTool DIR [--check | --force]");
      return 2;
    }
    Path dir = Path.of(rest[0]);
    if (!Files.isDirectory(dir)) {
      err.println("not a directory: " + dir);
      return 2;
    }
    int failures = 0;
    for (SoundEffects effect : SoundEffects.values()) {
      Path file = dir.resolve(effect.fileName());
      byte[] wanted = Wav.encode(effect.render());
      try {
        boolean exists = Files.exists(file);
        boolean same = exists && Arrays.equals(Files.readAllBytes(file), wanted);
        if (same) {
          out.println("unchanged " + file + " (" + wanted.length + " bytes)");
        } else if (check) {
          err.println((exists ? "differs from the generator's output: " : "missing: ") + file);
          failures++;
        } else if (exists && !force) {
          err.println("exists and differs, not replaced (use --force): " + file);
          failures++;
        } else {
          Wav.write(file, effect.render());
          out.println("wrote " + file + " (" + wanted.length + " bytes)");
        }
      } catch (IOException e) {
        err.println("could not write " + file + ": " + e.getMessage());
        failures++;
      }
    }
    return failures == 0 ? 0 : 1;
  }
}
