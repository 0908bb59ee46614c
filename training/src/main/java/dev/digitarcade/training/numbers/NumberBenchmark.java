package dev.digitarcade.training.numbers;

import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import dev.digitarcade.model.segment.DigitReading;
import dev.digitarcade.model.segment.NumberReader;
import dev.digitarcade.model.segment.NumberReading;
import dev.digitarcade.model.segment.Stroke;
import dev.digitarcade.training.drawn.DrawnBenchmark;
import dev.digitarcade.training.drawn.DrawnDigit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads generated numbers ({@link NumberGenerator}) with the {@link NumberReader}, once with their
 * strokes and once from the pixels alone, and counts what it got right; also single digits
 * (drawn in one or several strokes) and the drawn-digit benchmark's own drawings, to show that a
 * digit is not split; and times the reader on four-digit numbers.
 */
public final class NumberBenchmark {

  /**
   * @param count numbers per length (2, 3 and 4 digits); the other sets are sized from it
   * @param seed everything random follows from it
   */
  public record Settings(int count, long seed) {
    public Settings {
      if (count < 1) {
        throw new IllegalArgumentException("count must be at least 1, got " + count);
      }
    }
  }

  /** How the reader was given the drawing. */
  public enum Mode {
    STROKES("strokes"), PIXELS("pixels");

    private final String title;

    Mode(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /**
   * What became of one set of drawings read one way.
   *
   * @param total drawings
   * @param countRight read with the right number of digits
   * @param claimedRight read as the number, every digit sure (the app claims exactly the number)
   * @param guessedRight every digit's most likely reading right, sure or not
   * @param digits digits in drawings whose digit count was right
   * @param digitsRight of them, read right (most likely digit)
   * @param split more digits found than drawn
   * @param merged fewer digits found than drawn
   */
  public record Tally(int total, int countRight, int claimedRight, int guessedRight, int digits, int digitsRight,
      int split, int merged) {

    static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

    Tally plus(Tally o) {
      return new Tally(total + o.total, countRight + o.countRight, claimedRight + o.claimedRight,
          guessedRight + o.guessedRight, digits + o.digits, digitsRight + o.digitsRight, split + o.split, merged + o.merged);
    }

    public double rate(int part) {
      return total == 0 ? Double.NaN : part / (double) total;
    }

    public double digitRate() {
      return digits == 0 ? Double.NaN : digitsRight / (double) digits;
    }
  }

  /** Median, 99th percentile and mean, in milliseconds. */
  public record Latency(String stage, double p50, double p99, double mean, int samples) {}

  /** A drawing that was read wrong, for a contact sheet. */
  public record Miss(String set, Mode mode, DrawnNumber drawing, NumberReading reading) {}

  /**
   * The outcome.
   *
   * @param tallies set name ("2 digits", "single: template", ...) to mode to tally, in report order
   * @param drawnSingles the drawn-digit benchmark's drawings: plain recipe + model vs the reader
   * @param bySource per digit source ("font", "mnist lifted", ...) and mode: {right, total} digits,
   *     of numbers whose digit count was right
   * @param latencies the reader on four-digit numbers, per mode: wall time, then the calling
   *     thread's CPU time (the model runs its ops on the calling thread)
   * @param misses the first drawings read with the wrong digit count, then the first read wrong otherwise
   */
  public record Report(Settings settings, Map<String, Map<Mode, Tally>> tallies, Map<String, Tally> drawnSingles,
      Map<String, Map<Mode, int[]>> bySource, List<Latency> latencies, List<Miss> misses) {}

  private static final int WARMUP = 30;
  private static final int MISSES = 40;
  private static final int MISREAD = 16;

  private final NumberGenerator generator;
  private final Function<Long, DrawnDigit> drawnSingle;

  /**
   * @param drawnSingle the drawn-digit benchmark's drawing for an index (its own seed fixed by the
   *     caller), or null to skip that set
   */
  public NumberBenchmark(NumberGenerator generator, Function<Long, DrawnDigit> drawnSingle) {
    this.generator = generator;
    this.drawnSingle = drawnSingle;
  }

  /** The sets measured: name, how many, and what to draw. */
  static List<Map.Entry<String, NumberGenerator.Spec>> sets(int count) {
    List<Map.Entry<String, NumberGenerator.Spec>> s = new ArrayList<>();
    for (int len = 2; len <= 4; len++) {
      s.add(Map.entry(len + " digits", new NumberGenerator.Spec(len, 0.15f, 0.5f, 0.25f)));
    }
    s.add(Map.entry("2-4 digits, corrected", new NumberGenerator.Spec(3, 0.15f, 0.5f, 0.25f, true, false)));
    s.add(Map.entry("2-3 digits, touching", new NumberGenerator.Spec(2, 0.15f, 0.5f, 0.25f, false, true)));
    s.add(Map.entry("single digit", new NumberGenerator.Spec(1, 0.15f, 0.5f, 0.25f)));
    s.add(Map.entry("single 1/4/5/7 in strokes", new NumberGenerator.Spec(1, 1f, 0.5f, 0.5f)));
    return s;
  }

  /** The classic multi-stroke digits. */
  private static final int[] MULTI = {1, 4, 5, 7};

  public Report run(Settings settings, NumberReader reader) {
    Map<String, Map<Mode, Tally>> tallies = new LinkedHashMap<>();
    Map<String, Map<Mode, int[]>> bySource = new java.util.TreeMap<>();
    List<Miss> misses = new ArrayList<>();
    List<Miss> misread = new ArrayList<>();
    List<Long> strokeNanos = new ArrayList<>();
    List<Long> pixelNanos = new ArrayList<>();
    List<Long> strokeCpu = new ArrayList<>();
    List<Long> pixelCpu = new ArrayList<>();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
    int setIndex = 0;
    for (Map.Entry<String, NumberGenerator.Spec> set : sets(settings.count())) {
      String name = set.getKey();
      NumberGenerator.Spec spec = set.getValue();
      long seed = settings.seed() * 1000 + setIndex++;
      int count = name.startsWith("single 1/4") ? Math.max(1, settings.count() / 2) : settings.count();
      for (int i = 0; i < count; i++) {
        DrawnNumber d;
        if (spec.correction()) {
          d = generator.number(seed, i, spec.withDigits(2 + i % 3));
        } else if (spec.touching()) {
          d = generator.number(seed, i, spec.withDigits(2 + i % 2));
        } else if (name.startsWith("single 1/4")) {
          java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed * 31 + i);
          d = generator.number(new int[] {MULTI[i % MULTI.length]}, spec, rnd);
        } else {
          d = generator.number(seed, i, spec);
        }
        for (Mode m : Mode.values()) {
          List<Stroke> strokes = m == Mode.STROKES ? d.strokes() : List.of();
          long c0 = cpuClock ? threads.getCurrentThreadCpuTime() : 0L;
          long t0 = System.nanoTime();
          NumberReading r = reader.read(d.canvas(), d.size(), d.size(), strokes);
          long t1 = System.nanoTime();
          long c1 = cpuClock ? threads.getCurrentThreadCpuTime() : 0L;
          if (name.equals("4 digits") && i >= Math.min(WARMUP, count / 4)) {
            (m == Mode.STROKES ? strokeNanos : pixelNanos).add(t1 - t0);
            if (cpuClock) {
              (m == Mode.STROKES ? strokeCpu : pixelCpu).add(c1 - c0);
            }
          }
          Tally t = tally(d.text(), r);
          if (t.countRight() == 1) {
            for (int k = 0; k < d.digits().size(); k++) {
              DrawnNumber.Placed p = d.digits().get(k);
              int[] c = bySource.computeIfAbsent(p.kind() + (p.lifted() ? " lifted" : ""), key -> new LinkedHashMap<>())
                  .computeIfAbsent(m, key -> new int[2]);
              c[0] += r.digits().get(k).digit() == p.label() ? 1 : 0;
              c[1]++;
            }
          }
          tallies.computeIfAbsent(name, k -> new LinkedHashMap<>()).merge(m, t, Tally::plus);
          if (t.countRight() == 0 && misses.size() < MISSES) {
            misses.add(new Miss(name, m, d, r));
          } else if (t.countRight() == 1 && t.claimedRight() == 0 && misread.size() < MISREAD) {
            misread.add(new Miss(name, m, d, r));
          }
        }
      }
    }
    misses.addAll(misread);
    Map<String, Tally> drawn = new LinkedHashMap<>();
    if (drawnSingle != null) {
      drawn = drawnSingles(settings, reader);
    }
    List<Latency> lat = List.of(latency("4 digits, strokes", strokeNanos), latency("4 digits, pixels", pixelNanos),
        latency("strokes, CPU", strokeCpu), latency("pixels, CPU", pixelCpu));
    return new Report(settings, tallies, drawn, bySource, lat, misses);
  }

  /** The drawn-digit benchmark's drawings read alone (recipe + model) and by the reader. */
  private Map<String, Tally> drawnSingles(Settings settings, NumberReader reader) {
    MnistRecipe recipe = new MnistRecipe();
    Tally plain = Tally.ZERO;
    Tally read = Tally.ZERO;
    int n = settings.count() * 6;
    for (int i = 0; i < n; i++) {
      DrawnDigit d = drawnSingle.apply((long) i);
      int size = d.size();
      byte[] gray = new byte[size * size];
      for (int p = 0; p < gray.length; p++) {
        gray[p] = (byte) Math.round(d.canvas()[p] * 255f);
      }
      String text = Integer.toString(d.label());
      NumberReading r = reader.read(gray, size, size);
      read = read.plus(tally(text, r));
      // The single-digit path the game had: the whole canvas through the recipe, one model call.
      MnistInput in = recipe.apply(gray, size, size).orElse(null);
      NumberReading alone = in == null ? NumberReading.empty(false) : reader.readOne(in);
      plain = plain.plus(tally(text, alone));
    }
    Map<String, Tally> out = new LinkedHashMap<>();
    out.put("recipe + model (one digit)", plain);
    out.put("number reader (pixels)", read);
    return out;
  }

  static Tally tally(String text, NumberReading r) {
    int len = text.length();
    int got = r.size();
    boolean countRight = got == len;
    boolean claimed = r.reading().map(text::equals).orElse(false);
    StringBuilder guess = new StringBuilder();
    for (DigitReading d : r.digits()) {
      guess.append((char) ('0' + d.digit()));
    }
    boolean guessed = guess.toString().equals(text);
    int digitsRight = 0;
    if (countRight) {
      for (int k = 0; k < len; k++) {
        if (r.digits().get(k).digit() == text.charAt(k) - '0') {
          digitsRight++;
        }
      }
    }
    return new Tally(1, countRight ? 1 : 0, claimed ? 1 : 0, guessed ? 1 : 0, countRight ? len : 0, digitsRight,
        got > len ? 1 : 0, got < len ? 1 : 0);
  }

  private static Latency latency(String stage, List<Long> nanos) {
    if (nanos.isEmpty()) {
      return new Latency(stage, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    long[] s = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(s);
    int n = s.length;
    double mean = Arrays.stream(s).average().orElse(Double.NaN) / 1e6;
    return new Latency(stage, s[(n - 1) / 2] / 1e6, s[Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1)] / 1e6, mean, n);
  }

  /** The drawn-digit benchmark's drawing {@code index} with its generator and {@code seed}. */
  public static Function<Long, DrawnDigit> drawnBenchmark(DrawnBenchmark bench, long seed) {
    return i -> bench.drawing(seed, (int) (long) i);
  }
}
