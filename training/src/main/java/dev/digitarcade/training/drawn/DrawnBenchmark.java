package dev.digitarcade.training.drawn;

import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.model.recipe.RecipeOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Reads generated drawings ({@link DrawnDigitGenerator}) the way the game does and counts how
 * many are read correctly, for the full recipe, for the naive approach (whole canvas shrunk to
 * 28x28) and for the recipe with single steps switched off, per source, stroke ratio and size;
 * and times the recipe and the model call per drawing.
 */
public final class DrawnBenchmark {

  /** The model, as the benchmark needs it (the training module's classifier fits). */
  public interface Classifier {
    /** Ten probabilities for one 28x28 image (timed: this is the game's call). */
    float[] predict(float[] image784);

    /** Ten probabilities per image. */
    float[][] predictBatch(float[][] images);
  }

  /** How a canvas becomes the model's 784 inputs. */
  public enum Method {
    /** The whole canvas area-resampled to 28x28, as many apps do. */
    NAIVE("naive"),
    /** The textbook recipe: threshold, crop, 20 px, centre of mass. */
    BASIC("basic"),
    /** Textbook recipe plus stray-speck removal. */
    SPECKS("+specks"),
    /** Textbook recipe plus stroke-width normalisation. */
    STROKE("+stroke"),
    /** The shipped recipe ({@link RecipeOptions#defaults()}). */
    RECIPE("recipe");

    private final String title;

    Method(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /**
   * @param count drawings to make
   * @param seed everything random follows from it
   * @param canvas canvas side in pixels
   */
  public record Settings(int count, long seed, int canvas) {
    public Settings {
      if (count < 1) {
        throw new IllegalArgumentException("count must be at least 1, got " + count);
      }
    }
  }

  /** Correct readings out of a total. */
  public record Tally(int correct, int total) {
    public double accuracy() {
      return total == 0 ? Double.NaN : correct / (double) total;
    }
  }

  /** Median, 99th percentile and mean of a stage, in microseconds. */
  public record Latency(String stage, double p50, double p99, double mean, int samples) {}

  /** A drawing and what became of it, for the contact sheet. */
  public record Sample(DrawnDigit drawing, float[] recipeInput, float[] naiveInput, int recipeDigit, int naiveDigit) {}

  /**
   * The outcome.
   *
   * @param groups group name (e.g. "all", "source MNIST", "stroke 0.00-0.05") to the tally of
   *     each method, in report order
   * @param latencies recipe, model call, and both together, per drawing
   * @param confusion true digit x recipe's digit, counts
   * @param samples the first drawings and the recipe's misreadings, for a contact sheet
   */
  public record Report(Settings settings, Map<String, Map<Method, Tally>> groups, List<Latency> latencies,
      int[][] confusion, List<Sample> samples) {}

  /** Ratio buckets (brush / ink height) for the report: hair-thin to blob. */
  static final float[] RATIO_EDGES = {0f, 0.05f, 0.08f, 0.12f, 0.18f, 0.25f, 0.35f, 1f};
  /** Ink height buckets as a share of the canvas. */
  static final float[] HEIGHT_EDGES = {0f, 0.36f, 0.54f, 0.72f, 1f};

  private static final int BATCH = 128;
  private static final int[] MULTI_STROKE = {1, 4, 7};
  private static final int WARMUP = 200;
  private static final int FIRST_SAMPLES = 24;
  private static final int MISREAD_SAMPLES = 12;

  private final DrawnDigitGenerator generator;
  private final byte[] mnistImages;
  private final byte[] mnistLabels;
  private final Map<Method, MnistRecipe> recipes = new EnumMap<>(Method.class);

  /**
   * @param mnistImages MNIST test images, 784 unsigned bytes each
   * @param mnistLabels their labels
   */
  public DrawnBenchmark(DrawnDigitGenerator generator, byte[] mnistImages, byte[] mnistLabels) {
    if (mnistLabels.length == 0 || mnistImages.length != mnistLabels.length * MnistInput.SIZE) {
      throw new IllegalArgumentException("need 784 bytes per MNIST label, got " + mnistImages.length
          + " bytes for " + mnistLabels.length + " labels");
    }
    if (generator.fontFamilies().isEmpty()) {
      throw new IllegalArgumentException("need at least one font family");
    }
    this.generator = generator;
    this.mnistImages = mnistImages;
    this.mnistLabels = mnistLabels;
    recipes.put(Method.BASIC, new MnistRecipe(RecipeOptions.basic()));
    recipes.put(Method.SPECKS, new MnistRecipe(RecipeOptions.basic().withRemoveSpecks(true)));
    recipes.put(Method.STROKE, new MnistRecipe(RecipeOptions.basic().withNormaliseStroke(true)));
    recipes.put(Method.RECIPE, new MnistRecipe(RecipeOptions.defaults()));
  }

  /**
   * Drawing {@code index} of a run with {@code seed}: of every ten, four MNIST, four font, one
   * speckled MNIST, one font 1, 4 or 7 drawn in separate strokes.
   */
  public DrawnDigit drawing(long seed, int index) {
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
    int kind = index % 5;
    if (kind == 2 || kind == 3 || index % 10 == 9) {
      List<String> fams = generator.fontFamilies();
      int digit = rnd.nextInt(10);
      String family = fams.get(rnd.nextInt(fams.size()));
      boolean italic = rnd.nextInt(4) == 0;
      if (index % 10 == 9) {
        // Digits people draw in more than one stroke: a 1 with its foot, a 4, a 7 with a bar.
        return generator.fromFontInStrokes(MULTI_STROKE[digit % MULTI_STROKE.length], family, italic, rnd);
      }
      return generator.fromFont(digit, family, italic, rnd);
    }
    int i = rnd.nextInt(mnistLabels.length);
    byte[] img = Arrays.copyOfRange(mnistImages, i * MnistInput.SIZE, (i + 1) * MnistInput.SIZE);
    DrawnDigit d = generator.fromMnist(img, mnistLabels[i], "mnist-test#" + i, rnd);
    return kind == 4 ? generator.withStrayClicks(d, rnd) : d;
  }

  /** The naive input: the whole canvas area-averaged down to 28x28, nothing else. */
  public static float[] naive(float[] canvas, int size) {
    float[] out = new float[MnistInput.SIZE];
    float f = size / (float) MnistInput.SIDE;
    for (int oy = 0; oy < MnistInput.SIDE; oy++) {
      float ay = oy * f;
      float by = ay + f;
      for (int ox = 0; ox < MnistInput.SIDE; ox++) {
        float ax = ox * f;
        float bx = ax + f;
        double sum = 0;
        for (int y = (int) ay; y < Math.min(size, (int) Math.ceil(by)); y++) {
          float wy = Math.min(by, y + 1) - Math.max(ay, y);
          for (int x = (int) ax; x < Math.min(size, (int) Math.ceil(bx)); x++) {
            float wx = Math.min(bx, x + 1) - Math.max(ax, x);
            sum += wx * wy * canvas[y * size + x];
          }
        }
        out[oy * MnistInput.SIDE + ox] = (float) Math.min(1.0, sum / (f * f));
      }
    }
    return out;
  }

  /** Runs the benchmark. */
  public Report run(Settings settings, Classifier model) {
    if (settings.canvas() != generator.canvas()) {
      throw new IllegalArgumentException("settings canvas " + settings.canvas() + " != generator canvas " + generator.canvas());
    }
    Map<String, Map<Method, Tally>> groups = new LinkedHashMap<>();
    int[][] confusion = new int[10][10];
    List<Sample> samples = new ArrayList<>();
    List<Sample> misreads = new ArrayList<>();
    long[] recipeNanos = new long[settings.count()];
    long[] recipeCpu = new long[settings.count()];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
    long[] modelNanos = new long[settings.count()];
    int timed = 0;

    List<DrawnDigit> pending = new ArrayList<>();
    Map<Method, List<float[]>> inputs = new EnumMap<>(Method.class);
    for (Method m : Method.values()) {
      inputs.put(m, new ArrayList<>());
    }
    List<int[]> recipeDigits = new ArrayList<>();
    int size = settings.canvas();
    byte[] gray = new byte[size * size];

    for (int i = 0; i < settings.count(); i++) {
      DrawnDigit d = drawing(settings.seed(), i);
      pending.add(d);
      for (int p = 0; p < gray.length; p++) {
        gray[p] = (byte) Math.round(d.canvas()[p] * 255f);
      }
      inputs.get(Method.NAIVE).add(naive(d.canvas(), size));
      for (Method m : List.of(Method.BASIC, Method.SPECKS, Method.STROKE)) {
        inputs.get(m).add(recipes.get(m).apply(gray, size, size).map(MnistInput::pixels).orElse(null));
      }
      // The shipped recipe and the single-image model call, timed as in the game.
      long c0 = cpuClock ? threads.getCurrentThreadCpuTime() : 0L;
      long t0 = System.nanoTime();
      float[] in = recipes.get(Method.RECIPE).apply(gray, size, size).map(MnistInput::pixels).orElse(null);
      long t1 = System.nanoTime();
      long c1 = cpuClock ? threads.getCurrentThreadCpuTime() : 0L;
      int digit = -1;
      if (in != null) {
        digit = argmax(model.predict(in));
      }
      long t2 = System.nanoTime();
      inputs.get(Method.RECIPE).add(in);
      recipeDigits.add(new int[] {digit});
      if (i >= Math.min(WARMUP, settings.count() / 4) && in != null) {
        recipeNanos[timed] = t1 - t0;
        recipeCpu[timed] = c1 - c0;
        modelNanos[timed] = t2 - t1;
        timed++;
      }
      if (pending.size() == BATCH || i == settings.count() - 1) {
        Map<Method, int[]> read = new EnumMap<>(Method.class);
        for (Method m : Method.values()) {
          read.put(m, m == Method.RECIPE ? recipeDigits.stream().mapToInt(a -> a[0]).toArray() : classify(model, inputs.get(m)));
        }
        for (int k = 0; k < pending.size(); k++) {
          DrawnDigit dk = pending.get(k);
          for (Method m : Method.values()) {
            boolean ok = read.get(m)[k] == dk.label();
            for (String g : groupsOf(dk)) {
              Map<Method, Tally> row = groups.computeIfAbsent(g, key -> new EnumMap<>(Method.class));
              Tally t = row.getOrDefault(m, new Tally(0, 0));
              row.put(m, new Tally(t.correct() + (ok ? 1 : 0), t.total() + 1));
            }
          }
          int rd = read.get(Method.RECIPE)[k];
          if (rd >= 0) {
            confusion[dk.label()][rd]++;
          }
          Sample s = new Sample(dk, inputs.get(Method.RECIPE).get(k), inputs.get(Method.NAIVE).get(k), rd,
              read.get(Method.NAIVE)[k]);
          if (samples.size() < FIRST_SAMPLES) {
            samples.add(s);
          } else if (rd != dk.label() && misreads.size() < MISREAD_SAMPLES) {
            misreads.add(s);
          }
        }
        pending.clear();
        recipeDigits.clear();
        inputs.values().forEach(List::clear);
      }
    }
    samples.addAll(misreads);
    List<Latency> lat = new ArrayList<>();
    long[] total = new long[timed];
    for (int k = 0; k < timed; k++) {
      total[k] = recipeNanos[k] + modelNanos[k];
    }
    lat.add(latency("recipe", recipeNanos, timed));
    lat.add(latency("model call", modelNanos, timed));
    lat.add(latency("recipe + model", total, timed));
    // Wall time above includes waiting for a core on a shared machine; the recipe's own CPU time:
    lat.add(latency("recipe CPU time", recipeCpu, cpuClock ? timed : 0));
    return new Report(settings, sortGroups(groups), lat, confusion, samples);
  }

  private static Map<String, Map<Method, Tally>> sortGroups(Map<String, Map<Method, Tally>> groups) {
    Map<String, Map<Method, Tally>> out = new LinkedHashMap<>();
    for (String prefix : List.of("all", "source", "ratio", "height", "digit")) {
      groups.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().forEach(k -> out.put(k, groups.get(k)));
    }
    return out;
  }

  private static int[] classify(Classifier model, List<float[]> in) {
    int[] out = new int[in.size()];
    List<float[]> present = new ArrayList<>();
    for (float[] x : in) {
      if (x != null) {
        present.add(x);
      }
    }
    float[][] probs = present.isEmpty() ? new float[0][] : model.predictBatch(present.toArray(new float[0][]));
    int j = 0;
    for (int k = 0; k < in.size(); k++) {
      out[k] = in.get(k) == null ? -1 : argmax(probs[j++]);
    }
    return out;
  }

  static int argmax(float[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }

  /** The report groups a drawing counts in. */
  static List<String> groupsOf(DrawnDigit d) {
    List<String> g = new ArrayList<>();
    if (d.source() == DrawnDigit.Source.MNIST || d.source() == DrawnDigit.Source.FONT) {
      g.add("all (mnist + font)");
    }
    g.add("source " + d.source().name().toLowerCase(java.util.Locale.ROOT));
    g.add("ratio " + bucket(RATIO_EDGES, d.strokeRatio(), false));
    g.add("height " + bucket(HEIGHT_EDGES, d.inkHeight() / d.size(), true));
    g.add("digit " + d.label());
    return g;
  }

  private static String bucket(float[] edges, float v, boolean percent) {
    for (int k = 1; k < edges.length; k++) {
      if (v < edges[k] || k == edges.length - 1) {
        return percent
            ? String.format(java.util.Locale.ROOT, "%3.0f-%3.0f%% of canvas", edges[k - 1] * 100, edges[k] * 100)
            : String.format(java.util.Locale.ROOT, "%.2f-%.2f brush/height", edges[k - 1], edges[k]);
      }
    }
    throw new IllegalStateException();
  }

  private static Latency latency(String stage, long[] nanos, int n) {
    if (n == 0) {
      return new Latency(stage, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    long[] s = Arrays.copyOf(nanos, n);
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(Double.NaN) / 1e3;
    return new Latency(stage, s[(n - 1) / 2] / 1e3, s[Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1)] / 1e3, mean, n);
  }
}
