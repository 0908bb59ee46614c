package dev.digitarcade.game.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Frame time while the AI speaks: the real app headless in real time, a challenge of short rounds
 * (a prompt, ticks and an ending every few seconds, guesses as the scribbles settle), with OpenAL
 * Soft's mixer running on its {@code null} device unless the environment configures OpenAL.
 */
final class VoiceFrameBench {
  static final long SECONDS = 20;
  private static final long TIMEOUT_SECONDS = 180;

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
    Path tmp = Files.createTempDirectory("digit-arcade-voice-bench");
    Path replay = tmp.resolve("scribble.jsonl");
    Files.write(replay, BenchCommand.scribble(SECONDS));
    Path events = tmp.resolve("events.jsonl");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), "dev.digitarcade.game.app.Main",
        "--headless", "--real-time", "--mode", "challenge", "--rounds", "100", "--round-seconds", "3",
        "--model", model.toString(), "--replay", replay.toString(), "--exit-after", Long.toString(SECONDS),
        "--events", events.toString(), "--scores", tmp.resolve("scores.json").toString(),
        "--settings", tmp.resolve("settings.json").toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("app.log").toFile());
    if (drivers != null) {
      pb.environment().remove("ALSOFT_CONF");
      pb.environment().put("ALSOFT_DRIVERS", drivers);
    } else if (!pb.environment().containsKey("ALSOFT_DRIVERS") && !pb.environment().containsKey("ALSOFT_CONF")) {
      pb.environment().put("ALSOFT_DRIVERS", "null");
    }
    String what = drivers != null ? "no sound device" : "the voice on (" + pb.environment()
        .getOrDefault("ALSOFT_DRIVERS", "ALSOFT_CONF") + ")";
    Process p = pb.start();
    if (!p.waitFor(SECONDS + TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      err.println("bench: the app with voice did not finish; see " + tmp.resolve("app.log"));
      return false;
    }
    if (p.exitValue() != 0) {
      err.println("bench: the app with voice exited with " + p.exitValue() + "; see " + tmp.resolve("app.log"));
      return false;
    }
    ObjectMapper json = new ObjectMapper();
    int said = 0;
    JsonNode exit = null;
    for (String line : Files.readAllLines(events)) {
      JsonNode e = json.readTree(line);
      if (e.path("type").asText().equals("say")) {
        said++;
      } else if (e.path("type").asText().equals("exit")) {
        exit = e;
      }
    }
    if (exit == null) {
      err.println("bench: the app with voice wrote no exit event; see " + tmp);
      return false;
    }
    out.printf(Locale.ROOT, "app, headless, real time, challenge with %s for %d s: frame p50 %.2f ms"
            + "  p99 %.2f ms  max %.2f ms  (%d frames, %d phrases said)%n",
        what, SECONDS, exit.path("frameP50Ms").asDouble(),
        exit.path("frameP99Ms").asDouble(), exit.path("frameMaxMs").asDouble(), exit.path("frames").asLong(), said);
    out.flush();
    for (String f : List.of("scribble.jsonl", "events.jsonl", "scores.json", "settings.json", "app.log")) {
      Files.deleteIfExists(tmp.resolve(f));
    }
    Files.deleteIfExists(tmp);
    return true;
  }
}
