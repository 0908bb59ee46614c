package dev.digitarcade.game.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.engine.input.Action;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.engine.input.Keys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "why" view in the real app: free draw headless in real time, {@code W} pressed a second
 * in, four-digit numbers written over and over (as {@code bench --digits 4} writes
 * them). Every reading's explanation is timed by the app itself, from the view's request to the
 * heat ready to upload (the {@code explained} events); the readings' own latency and the frame
 * time are reported beside it, with the view shown.
 */
final class WhyAppBench {
  static final long SECONDS = 20;
  static final int DIGITS = 4;
  /** When {@code W} is pressed, in seconds of loop time. */
  static final double W_AT = 1.0;

  private WhyAppBench() {}

  /** @return false when the app failed (said on {@code err}) */
  static boolean run(Path model, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
    List<String> replay = new ArrayList<>(NumberScribble.recording(SECONDS, DIGITS));
    InputRecording format = new InputRecording();
    // W a second in (the first frames of a loaded machine can be slow enough to hand an earlier
    // key to the menu, before free draw has opened), placed in time order.
    ObjectMapper json = new ObjectMapper();
    int at = 1;
    while (at < replay.size() && json.readTree(replay.get(at)).path("t").asDouble() < W_AT) {
      at++;
    }
    replay.add(at, format.toLine(new InputEvent.Key(W_AT, Keys.letter('W'), 0, Action.PRESS, 0)));
    replay.add(at + 1, format.toLine(new InputEvent.Key(W_AT, Keys.letter('W'), 0, Action.RELEASE, 0)));
    List<JsonNode> events = AppRun.events("the app", List.of("--mode", "free", "--model", model.toString()), replay,
        SECONDS, Map.of(), err);
    if (events == null) {
      return false;
    }
    JsonNode exit = events.get(events.size() - 1);
    List<JsonNode> explained = AppRun.ofType(events, "explained");
    long inked = AppRun.ofType(events, "prediction").stream().filter(e -> e.path("digits").size() > 0).count();
    long failed = explained.stream().filter(e -> e.has("error")).count();
    if (explained.isEmpty()) {
      err.println("bench: the app explained no reading (" + AppRun.ofType(events, "why").size() + " 'why' events, "
          + inked + " readings with ink, model: " + AppRun.ofType(events, "model") + ")");
      return false;
    }
    out.printf(Locale.ROOT, "app, 'why' shown, writing %d-digit numbers for %d s: %d of %d readings with ink explained"
        + " (the rest replaced by a newer reading before their turn), %d failed%n", DIGITS, SECONDS,
        explained.size(), inked, failed);
    int[] computed = new int[DIGITS + 2];
    explained.forEach(e -> computed[Math.min(DIGITS + 1, e.path("computed").asInt())]++);
    StringBuilder byComputed = new StringBuilder();
    for (int k = 0; k < computed.length; k++) {
      byComputed.append(k == 0 ? "" : ", ").append(k).append(": ").append(computed[k]);
    }
    out.printf(Locale.ROOT, "app, 'why': digits sent to the model per explanation (the others remembered): %s%n",
        byComputed);
    double[] all = explained.stream().mapToDouble(e -> e.path("ms").asDouble()).toArray();
    out.printf(Locale.ROOT, "app, 'why': request -> heat ready p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d explanations)%n",
        AppRun.quantile(all, 0.5), AppRun.quantile(all, 0.99), all[all.length - 1], all.length);
    double[] whole = explained.stream().filter(e -> e.path("digits").asInt() >= DIGITS)
        .mapToDouble(e -> e.path("ms").asDouble()).toArray();
    if (whole.length > 0) {
      out.printf(Locale.ROOT, "app, 'why' of readings holding %d digits: p50 %.2f ms  p99 %.2f ms  (%d)%n", DIGITS,
          AppRun.quantile(whole, 0.5), AppRun.quantile(whole, 0.99), whole.length);
    }
    double[] lat = AppRun.ofType(events, "prediction").stream().mapToDouble(e -> e.path("latencyMs").asDouble()).toArray();
    out.printf(Locale.ROOT, "app, 'why' shown: readings p50 %.2f ms  p99 %.2f ms; frame p50 %.2f ms  p99 %.2f ms%n",
        AppRun.quantile(lat, 0.5), AppRun.quantile(lat, 0.99), exit.path("frameP50Ms").asDouble(),
        exit.path("frameP99Ms").asDouble());
    out.flush();
    return true;
  }
}
