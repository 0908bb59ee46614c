package dev.digitarcade.game.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Frame time while the AI speaks: the real app headless in real time, a challenge of short rounds
 * (a prompt, ticks and an ending every few seconds, guesses as the scribbles settle), with OpenAL
 * Soft's mixer running on its {@code null} device unless the environment configures OpenAL.
 */
final class VoiceFrameBench {
  static final long SECONDS = 20;

  private VoiceFrameBench() {}

  /**
   * The same challenge twice: with the voice on, then with no sound device at all (nothing mixed),
   * for comparison.
   *
   * @return false when the app failed (reported on {@code err})
   */
  static boolean run(Path model, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
    return once(model, null, out, err) && once(model, "digit-arcade-no-sound", out, err);
  }

  /** @param drivers ALSOFT_DRIVERS for the app, or null for the environment's (else the null device) */
  private static boolean once(Path model, String drivers, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    String what;
    if (drivers != null) {
      env.put("ALSOFT_CONF", "");
      env.put("ALSOFT_DRIVERS", drivers);
      what = "no sound device";
    } else if (System.getenv("ALSOFT_DRIVERS") == null && System.getenv("ALSOFT_CONF") == null) {
      env.put("ALSOFT_DRIVERS", "null");
      what = "the voice on (null)";
    } else {
      what = "the voice on (" + (System.getenv("ALSOFT_DRIVERS") != null ? System.getenv("ALSOFT_DRIVERS") : "ALSOFT_CONF") + ")";
    }
    List<JsonNode> events = AppRun.events("the app with voice", List.of("--mode", "challenge", "--rounds", "100",
        "--round-seconds", "3", "--model", model.toString()), BenchCommand.scribble(SECONDS), SECONDS, env, err);
    if (events == null) {
      return false;
    }
    JsonNode exit = events.get(events.size() - 1);
    int said = AppRun.ofType(events, "say").size();
    out.printf(Locale.ROOT, "app, headless, real time, challenge with %s for %d s: frame p50 %.2f ms"
            + "  p99 %.2f ms  max %.2f ms  (%d frames, %d phrases said)%n",
        what, SECONDS, exit.path("frameP50Ms").asDouble(),
        exit.path("frameP99Ms").asDouble(), exit.path("frameMaxMs").asDouble(), exit.path("frames").asLong(), said);
    out.flush();
    return true;
  }
}
