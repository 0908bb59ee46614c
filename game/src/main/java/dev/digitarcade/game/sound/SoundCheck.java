package dev.digitarcade.game.sound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whether opening a sound device is worth trying. On Linux with neither a sound card nor a sound
 * server, OpenAL Soft's ALSA backend makes the ALSA library print several lines of its own on
 * stderr before it gives up; the game then skips OpenAL and says why in one line instead.
 * Whenever OpenAL Soft is configured by hand ({@code ALSOFT_DRIVERS}, {@code ALSOFT_CONF}, a
 * configuration file), it is always tried.
 */
final class SoundCheck {
  private SoundCheck() {}

  /** Why there can be no device, or null when one may be there. */
  static String noDevice(Map<String, String> env, String osName, Path root, String userHome) {
    if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
      return null;
    }
    if (env.containsKey("ALSOFT_DRIVERS") || env.containsKey("ALSOFT_CONF")
        || Files.exists(root.resolve("etc/openal/alsoft.conf"))
        || userHome != null && Files.exists(Path.of(userHome, ".alsoftrc"))) {
      return null;
    }
    if (env.containsKey("PULSE_SERVER") || env.containsKey("PIPEWIRE_REMOTE")) {
      return null;
    }
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && (Files.exists(Path.of(runtime, "pulse", "native"))
        || Files.exists(Path.of(runtime, "pipewire-0")))) {
      return null;
    }
    Path cards = root.resolve("proc/asound/cards");
    try {
      if (Files.isReadable(cards) && !Files.readString(cards).contains("no soundcards")) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    return "no sound card and no sound server found";
  }
}
