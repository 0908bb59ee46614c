package dev.digitarcade.game.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digitarcade.engine.input.Action;
import dev.digitarcade.engine.input.InputEvent;
import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.engine.input.Keys;
import dev.digitarcade.game.drawing.DrawingPad;
import dev.digitarcade.game.files.AppPaths;
import dev.digitarcade.game.profile.ProfileStore;
import dev.digitarcade.game.reading.DigitReader;
import dev.digitarcade.game.reading.LiveReader;
import dev.digitarcade.game.reading.ModelPipeline;
import dev.digitarcade.game.reading.Reading;
import dev.digitarcade.game.why.WhyBench;
import dev.digitarcade.model.classify.DigitClassifier;
import dev.digitarcade.model.classify.ModelLoadException;
import dev.digitarcade.model.profile.Profile;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures what players feel: prediction latency (canvas change to probabilities), the
 * recipe and model separately, resident memory over a long session, and (through a child
 * process of the real app) start-up and frame times with live prediction.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure prediction latency, memory over many predictions, start-up and frame time.")
public final class BenchCommand implements Callable<Integer> {
  private static final int SIDE = DrawingPad.SIZE;

  @Option(names = "--model", paramLabel = "DIR", description = "SavedModel directory (default: the model shipped with the app).")
  Path model;

  @Option(names = "--predictions", paramLabel = "N",
      description = "Readings in the memory soak, through the game's own path (default: ${DEFAULT-VALUE}).")
  int predictions = 100_000;

  @Option(names = "--rss-every", paramLabel = "N",
      description = "Print the resident memory every N soak readings (default: a tenth of the soak).")
  int rssEvery;

  @Option(names = "--latency", paramLabel = "N", description = "Predictions timed for latency (default: ${DEFAULT-VALUE}).")
  int latencyRuns = 2_000;

  @Option(names = "--profile", paramLabel = "DIR", description = "Read as for the player of this handwriting profile.")
  Path profile;

  @Option(names = "--skip-app", description = "Do not start the app for start-up and frame-time figures.")
  boolean skipApp;

  @Option(names = "--sound-only", description = "Measure only the sound: start latency through the loopback device,"
      + " and (unless --skip-app) frame time in a challenge while the AI speaks.")
  boolean soundOnly;

  @Option(names = "--why", description = "Measure only the 'why' view: the saliency of a reading of 1 and 4 digits"
      + " through its worker, idle and with load, the normal reading's model call, and (unless --skip-app) the view"
      + " shown in the real app while 4-digit numbers are written (needs a model with the 'saliency' output).")
  boolean why;

  @Option(names = "--digits", paramLabel = "N", description = "In the app run, write numbers of N digits (1-6)"
      + " instead of scribbling single digits (default: ${DEFAULT-VALUE}).")
  int digits = 1;

  static final int MAX_PREDICTIONS = 100_000_000;
  static final int MAX_LATENCY = 1_000_000;
  private static final long APP_SECONDS = 20;
  private static final long APP_TIMEOUT_SECONDS = 180;

  private final PrintWriter out;
  private final PrintWriter err;

  public BenchCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** The first option out of range, as one line, or null. */
  String invalidOption() {
    if (predictions < 1 || predictions > MAX_PREDICTIONS) {
      return "--predictions must be 1.." + MAX_PREDICTIONS + ", got " + predictions;
    }
    if (latencyRuns < 1 || latencyRuns > MAX_LATENCY) {
      return "--latency must be 1.." + MAX_LATENCY + ", got " + latencyRuns;
    }
    if (digits < 1 || digits > 6) {
      return "--digits must be 1..6, got " + digits;
    }
    if (rssEvery < 0 || rssEvery > predictions) {
      return "--rss-every must be 0 (a tenth of the soak) to --predictions (" + predictions + "), got " + rssEvery;
    }
    return null;
  }

  @Override
  public Integer call() throws Exception {
    String invalid = invalidOption();
    if (invalid != null) {
      err.println("bench: " + invalid);
      err.flush();
      return 2;
    }
    Path dir = model != null ? model : AppPaths.defaultModel();
    if (soundOnly) {
      boolean ok = SoundBench.run(AppPaths.assets().resolve("audio"), out, err);
      return ok && (skipApp || VoiceFrameBench.run(dir, out, err)) ? 0 : 1;
    }
    List<byte[]> canvases = canvases(64, 11);
    MnistRecipe recipe = new MnistRecipe();
    if (why) {
      List<float[]> inputs = canvases.stream().map(c -> recipe.apply(c, SIDE, SIDE).orElseThrow().pixels()).toList();
      if (!WhyBench.run(dir, inputs, latencyRuns, out, err)) {
        return 3;
      }
      return skipApp || WhyAppBench.run(dir, out, err) ? 0 : 1;
    }
    try (DigitClassifier classifier = DigitClassifier.load(dir)) {
      stages(recipe, classifier, canvases);
      latency(dir, canvases);
      soak(dir, canvases);
      SoundBench.run(AppPaths.assets().resolve("audio"), out, err);
    } catch (ModelLoadException e) {
      err.println("bench: " + e.getMessage());
      return 3;
    }
    boolean appOk = skipApp || app(dir) && VoiceFrameBench.run(dir, out, err);
    if (out.checkError()) {
      err.println("bench: cannot write the figures to standard output (closed, or the disk is full)");
      err.flush();
      return 1;
    }
    return appOk ? 0 : 1;
  }

  /** Canvases like the game's: a digit-ish scribble at random places, sizes and widths. */
  static List<byte[]> canvases(int n, long seed) {
    Random r = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BufferedImage img = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = img.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      int size = 80 + r.nextInt(320);
      int x = r.nextInt(SIDE - size + 1);
      int y = r.nextInt(SIDE - size + 1);
      g.setStroke(new BasicStroke(6 + r.nextInt(30), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(java.awt.Color.WHITE);
      g.drawOval(x + size / 4, y, size / 2, size);
      if (r.nextBoolean()) {
        g.drawLine(x + size / 2, y, x + size / 2, y + size);
      }
      g.dispose();
      out.add(((DataBufferByte) img.getRaster().getDataBuffer()).getData());
    }
    return out;
  }

  private void stages(MnistRecipe recipe, DigitClassifier classifier, List<byte[]> canvases) {
    int n = latencyRuns;
    long[] prep = new long[n];
    long[] tf = new long[n];
    for (int i = 0; i < n + 200; i++) {
      byte[] c = canvases.get(i % canvases.size());
      long t0 = System.nanoTime();
      MnistInput in = recipe.apply(c, SIDE, SIDE).orElseThrow();
      long t1 = System.nanoTime();
      classifier.predict(in.pixels());
      long t2 = System.nanoTime();
      if (i >= 200) {
        prep[i - 200] = t1 - t0;
        tf[i - 200] = t2 - t1;
      }
    }
    out.printf(Locale.ROOT, "recipe (" + SIDE + " px canvas -> 28x28): p50 %.3f ms  p99 %.3f ms%n", ms(prep, 0.5), ms(prep, 0.99));
    out.printf(Locale.ROOT, "TF call, 1 image:                 p50 %.3f ms  p99 %.3f ms%n", ms(tf, 0.5), ms(tf, 0.99));
    out.flush();
  }

  private void latency(Path dir, List<byte[]> canvases) throws Exception {
    try (LiveReader reader = liveReader(dir)) {
      long[] lat = new long[latencyRuns];
      for (int i = 0; i < latencyRuns + 200; i++) {
        Reading p = read(reader, canvases.get(i % canvases.size()));
        if (i >= 200) {
          lat[i - 200] = p.latencyNanos();
        }
      }
      out.printf(Locale.ROOT, "prediction latency (snapshot handed over -> probabilities ready, worker thread):"
          + " p50 %.3f ms  p99 %.3f ms  (%d runs)%n", ms(lat, 0.5), ms(lat, 0.99), latencyRuns);
      out.flush();
    }
  }

  /**
   * One reading the way the game takes it ({@code LiveLink}): an array from the reader's
   * {@link LiveReader#buffer}, filled with the canvas, submitted, awaited.
   */
  static Reading read(LiveReader reader, byte[] canvas) throws InterruptedException {
    long changed = System.nanoTime();
    byte[] gray = reader.buffer(canvas.length);
    System.arraycopy(canvas, 0, gray, 0, canvas.length);
    long seq = reader.submit(gray, SIDE, SIDE, changed);
    Reading p = reader.await(seq, 10_000);
    if (p == null) {
      throw new IllegalStateException("no reading within 10 s");
    }
    return p;
  }

  private void soak(Path dir, List<byte[]> canvases) throws Exception {
    try (LiveReader reader = liveReader(dir)) {
      int every = rssEvery > 0 ? rssEvery : Math.max(1, predictions / 10);
      int warm = Math.min(10_000, Math.max(1, predictions / 10));
      long[] rssWarm = new long[1];
      long t0 = System.nanoTime();
      soak(reader, canvases, predictions, i -> {
        if (i == warm || i % every == 0 || i == predictions) {
          System.gc();
          long rss = rssKb();
          if (i == warm) {
            rssWarm[0] = rss;
          }
          out.printf(Locale.ROOT, "memory soak: %,d readings  RSS %.1f MB  heap used %.1f MB  (%.0f s)%n", i, rss / 1024.0,
              heapUsedMb(), (System.nanoTime() - t0) / 1e9);
          out.flush();
        }
      });
      long rssEnd = rssKb();
      double secs = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "memory soak: %d predictions in %.1f s; RSS after %d: %.1f MB, after %d: %.1f MB,"
          + " growth %.1f MB%n", predictions, secs, warm, rssWarm[0] / 1024.0, predictions, rssEnd / 1024.0,
          (rssEnd - rssWarm[0]) / 1024.0);
      out.flush();
    }
  }

  /** {@code n} readings through the game's path, telling {@code progress} the count after each one. */
  static void soak(LiveReader reader, List<byte[]> canvases, int n, IntConsumer progress) throws InterruptedException {
    for (int i = 0; i < n; i++) {
      read(reader, canvases.get(i % canvases.size()));
      progress.accept(i + 1);
    }
  }

  private static double heapUsedMb() {
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) / (1024.0 * 1024.0);
  }

  private LiveReader liveReader(Path dir) throws InterruptedException {
    Profile p = profile == null ? null : ProfileStore.open(profile, w -> err.println("bench: " + w)).current();
    LiveReader reader = new LiveReader(() -> ModelPipeline.load(dir, ModelPipeline.Reads.NUMBERS,
        p == null ? null : () -> p)).start();
    while (reader.status() instanceof DigitReader.Status.Loading) {
      Thread.sleep(5);
    }
    if (reader.status() instanceof DigitReader.Status.Failed f) {
      reader.close();
      throw new IllegalStateException(f.message());
    }
    return reader;
  }

  /**
   * The java of this runtime: {@code java.home/bin/java} (in the packaged app the process is the
   * app's own launcher, which takes no JVM options), with {@code -XstartOnFirstThread} on macOS.
   */
  static List<String> javaCommand() {
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    String java = Files.isExecutable(bin.resolve("java")) ? bin.resolve("java").toString()
        : Files.isExecutable(bin.resolve("java.exe")) ? bin.resolve("java.exe").toString()
        : ProcessHandle.current().info().command().orElse("java");
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return os.contains("mac") || os.contains("darwin") ? List.of(java, "-XstartOnFirstThread") : List.of(java);
  }

  /**
   * Starts the real app headless, in real time, drawing continuously; reads its exit event.
   *
   * @return false when the app failed (reported on stderr)
   */
  private boolean app(Path dir) throws IOException, InterruptedException {
    List<String> replay = digits == 1 ? scribble(APP_SECONDS) : NumberScribble.recording(APP_SECONDS, digits);
    List<JsonNode> events = AppRun.events("the app", List.of("--mode", "free", "--model", dir.toString()), replay,
        APP_SECONDS, Map.of(), err);
    if (events == null) {
      return false;
    }
    JsonNode exit = events.get(events.size() - 1);
    List<JsonNode> predictions = AppRun.ofType(events, "prediction");
    double[] lat = predictions.stream().mapToDouble(e -> e.path("latencyMs").asDouble()).toArray();
    String what = digits == 1 ? "drawing" : "writing " + digits + "-digit numbers";
    out.printf(Locale.ROOT, "app, headless, real time, " + what + " for " + APP_SECONDS + " s: frame p50 %.2f ms  p99 %.2f ms  max %.2f ms"
            + "  (%.0f fps, %d frames)%n", exit.path("frameP50Ms").asDouble(), exit.path("frameP99Ms").asDouble(),
        exit.path("frameMaxMs").asDouble(), exit.path("fps").asDouble(), exit.path("frames").asLong());
    if (lat.length > 0) {
      out.printf(Locale.ROOT, "app, canvas change -> probabilities ready (incl. read-back): p50 %.2f ms  p99 %.2f ms"
          + "  (%d readings)%n", AppRun.quantile(lat, 0.5), AppRun.quantile(lat, 0.99), lat.length);
    }
    if (digits > 1) {
      int[] digitCounts = new int[8];
      predictions.forEach(e -> digitCounts[Math.min(7, e.path("digits").size())]++);
      out.printf(Locale.ROOT, "app, readings by digits found: %s%n", Arrays.toString(digitCounts));
      // The readings of whole numbers only: latency with every digit on the canvas.
      double[] f = predictions.stream().filter(e -> e.path("digits").size() >= digits)
          .mapToDouble(e -> e.path("latencyMs").asDouble()).toArray();
      if (f.length > 0) {
        out.printf(Locale.ROOT, "app, latency of readings with %d or more digits: p50 %.2f ms  p99 %.2f ms  (%d readings)%n",
            digits, AppRun.quantile(f, 0.5), AppRun.quantile(f, 0.99), f.length);
      }
    }
    out.printf(Locale.ROOT, "app start-up: window up %d ms, model ready %d ms after JVM start%n",
        exit.path("windowUpMs").asLong(), exit.path("modelReadyMs").asLong());
    out.flush();
    return true;
  }

  /** A recording of someone scribbling digits for {@code seconds}, clearing now and then (the engine's format). */
  static List<String> scribble(double seconds) {
    InputRecording format = new InputRecording();
    List<String> lines = new ArrayList<>();
    lines.add(format.headerLine(1120, 720));
    double t = 0.2;
    int stroke = 0;
    while (t < seconds - 1) {
      double cx = 150 + 200 * ((stroke * 37) % 10) / 10.0;
      double cy = 250 + 150 * ((stroke * 53) % 10) / 10.0;
      lines.add(format.toLine(new InputEvent.MouseButton(t, Keys.MOUSE_LEFT, Action.PRESS, 0, cx, cy)));
      for (int i = 0; i < 60; i++) {
        t += 1 / 60.0;
        double a = i / 60.0 * 2 * Math.PI;
        lines.add(format.toLine(new InputEvent.CursorMoved(t, cx + 80 * Math.sin(a), cy - 120 * Math.cos(a) + 120)));
      }
      lines.add(format.toLine(new InputEvent.MouseButton(t, Keys.MOUSE_LEFT, Action.RELEASE, 0, cx, cy)));
      t += 0.2;
      if (++stroke % 3 == 0) {
        lines.add(format.toLine(new InputEvent.Key(t, Keys.letter('C'), 0, Action.PRESS, 0)));
        lines.add(format.toLine(new InputEvent.Key(t + 0.02, Keys.letter('C'), 0, Action.RELEASE, 0)));
        t += 0.1;
      }
    }
    return lines;
  }

  private static double ms(long[] nanos, double q) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) (s.length * q))] / 1e6;
  }

  /** Resident set size of this process in kB (Linux), or 0 where /proc is not there. */
  static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
