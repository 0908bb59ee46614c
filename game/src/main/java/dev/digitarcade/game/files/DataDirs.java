package dev.digitarcade.game.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps the user's data, by the conventions of each system. */
public final class DataDirs {
  private DataDirs() {
  }

  /** The per-user data directory for Digit Arcade, given the environment and {@code user.home}. */
  public static Path userData(Map<String, String> env, String osName, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming"))
          .resolve("DigitArcade");
    }
    if (os.contains("mac")) {
      return Path.of(userHome, "Library", "Application Support", "DigitArcade");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(userHome, ".local", "share");
    return base.resolve("digit-arcade");
  }

  /** The data directory of the running user. */
  public static Path userData() {
    return userData(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
  }
}
