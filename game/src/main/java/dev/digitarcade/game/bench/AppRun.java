package dev.digitarcade.game.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real app in a child process, headless and in real time, playing a recording for a number
 * of seconds of loop time: what the app benchmarks measure. Its working files (the recording,
 * events, scores, settings, log) live in a new temporary directory, removed afterwards unless
 * the run failed (then the message names the log).
 */
final class AppRun {
  private static final long TIMEOUT_SECONDS = 180;

  private AppRun() {}

  /**
   * @param what what the run is, for messages ("the app", "the app with voice")
   * @param args the app's options beyond the common ones (mode, model, ...)
   * @param replay the recording's lines
   * @param env variables set for the child (an empty value removes one)
   * @return the run's events, the exit event last; null when it failed (said on {@code err})
   */
  static List<JsonNode> events(String what, List<String> args, List<String> replay, long seconds,
      Map<String, String> env, PrintWriter err) throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("digit-arcade-bench");
    Path recording = tmp.resolve("scribble.jsonl");
    Files.write(recording, replay);
    Path events = tmp.resolve("events.jsonl");
    Path log = tmp.resolve("app.log");
    List<String> cmd = new ArrayList<>(BenchCommand.javaCommand());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.digitarcade.game.app.Main",
        "--headless", "--real-time", "--replay", recording.toString(), "--exit-after", Long.toString(seconds),
        "--events", events.toString(), "--scores", tmp.resolve("scores.json").toString(),
        "--settings", tmp.resolve("settings.json").toString()));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    env.forEach((k, v) -> {
      if (v.isEmpty()) {
        pb.environment().remove(k);
      } else {
        pb.environment().put(k, v);
      }
    });
    Process p = pb.start();
    if (!p.waitFor(seconds + TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      err.println("bench: " + what + " did not finish within " + (seconds + TIMEOUT_SECONDS) + " s; see " + log);
      return null;
    }
    if (p.exitValue() != 0) {
      err.println("bench: " + what + " exited with " + p.exitValue() + "; see " + log);
      return null;
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(events)) {
      out.add(json.readTree(line));
    }
    if (out.isEmpty() || !out.get(out.size() - 1).path("type").asText().equals("exit")) {
      err.println("bench: " + what + " wrote no exit event; see " + tmp);
      return null;
    }
    for (String f : List.of("scribble.jsonl", "events.jsonl", "scores.json", "settings.json", "app.log")) {
      Files.deleteIfExists(tmp.resolve(f));
    }
    Files.deleteIfExists(tmp);
    return out;
  }

  /** Events of one type. */
  static List<JsonNode> ofType(List<JsonNode> events, String type) {
    return events.stream().filter(e -> e.path("type").asText().equals(type)).toList();
  }

  /** The {@code q} quantile of {@code values} (sorted in place). */
  static double quantile(double[] values, double q) {
    java.util.Arrays.sort(values);
    return values[Math.min(values.length - 1, (int) (values.length * q))];
  }
}
