package dev.digitarcade.training.data;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How training images are distorted, aimed at what people draw with a mouse after the MNIST
 * recipe has normalised it.
 *
 * @param probability share of images that are augmented at all (the rest are seen as they are)
 * @param rotate maximum rotation in degrees (either way)
 * @param scale maximum relative scale change (0.15 = 0.85-1.15)
 * @param shift maximum shift in pixels (either way, each axis)
 * @param shear maximum horizontal shear (slant), x += shear * y
 * @param elastic maximum elastic displacement in pixels (smooth random field)
 * @param thick probability of a bolder stroke (grayscale dilation by 0.5 to 2.5 pixels)
 * @param thin probability of a thinner stroke (edges cut by a raised threshold)
 * @param flat probability of flat, uniform-intensity strokes with soft edges (like a mouse brush)
 * @param close probability of a morphological closing (dilate 1.5 to 2.5 pixels, erode back):
 *     small loops filled the way a fat brush fills them, strokes as wide as before
 * @param reink share of training images replaced by a re-inked drawing from the pool: an MNIST
 *     training digit redrawn with a random mouse brush and read back through the MNIST recipe
 * @param pool how many training digits are re-inked (once per run, seeded) for {@code reink}
 * @param fat share of the re-inked drawings made with a fat brush (1/4 to 1/2 of the digit's
 *     height, which fills loops); the rest get the benchmark's random brush and height
 * @param negatives share of training positions filled with a drawing that is not a digit or not
 *     finished (letters, shapes, scribbles, marks, pairs, fragments of the training families of
 *     {@code dev.digitarcade.training.negatives.Family}), taught as "not a digit" or "fragment"
 * @param negpool how many such drawings are made (once per run, seeded) for {@code negatives}
 * @param smooth label smoothing among the digits: a digit's target becomes {@code 1 - smooth} on its
 *     digit plus {@code smooth / 10} on each of the ten digits, and stays 0 on "not a digit" and
 *     "fragment"; a negative's target stays one-hot (0 = one-hot targets for all)
 */
public record AugmentConfig(double probability, double rotate, double scale, double shift, double shear,
    double elastic, double thick, double thin, double flat, double close, double reink, double pool, double fat,
    double negatives, double negpool, double smooth) {

  public static final AugmentConfig DEFAULT = new AugmentConfig(0.9, 15, 0.15, 2, 0.3, 1.5, 0.3, 0.2, 0.3, 0.15, 0.45, 30000,
      0.5, 0.25, 30000, 0);
  public static final AugmentConfig NONE = new AugmentConfig(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Without label smoothing (one-hot targets). */
  public AugmentConfig(double probability, double rotate, double scale, double shift, double shear, double elastic,
      double thick, double thin, double flat, double close, double reink, double pool, double fat, double negatives,
      double negpool) {
    this(probability, rotate, scale, shift, shear, elastic, thick, thin, flat, close, reink, pool, fat, negatives, negpool,
        0);
  }

  /** Without negatives (the pipeline before not-a-digit training). */
  public AugmentConfig(double probability, double rotate, double scale, double shift, double shear, double elastic,
      double thick, double thin, double flat, double close, double reink, double pool, double fat) {
    this(probability, rotate, scale, shift, shear, elastic, thick, thin, flat, close, reink, pool, fat, 0, 0, 0);
  }

  /** The per-image distortions alone (no closing, no re-inked drawings). */
  public AugmentConfig(double probability, double rotate, double scale, double shift, double shear, double elastic,
      double thick, double thin, double flat) {
    this(probability, rotate, scale, shift, shear, elastic, thick, thin, flat, 0, 0, 0, 0, 0, 0, 0);
  }

  public AugmentConfig {
    check("probability", probability, 0, 1);
    check("rotate", rotate, 0, 90);
    check("scale", scale, 0, 0.5);
    check("shift", shift, 0, 6);
    check("shear", shear, 0, 1);
    check("elastic", elastic, 0, 5);
    check("thick", thick, 0, 1);
    check("thin", thin, 0, 1);
    check("flat", flat, 0, 1);
    check("close", close, 0, 1);
    check("reink", reink, 0, 1);
    check("pool", pool, 0, 1_000_000);
    check("fat", fat, 0, 1);
    check("negatives", negatives, 0, 0.9);
    check("negpool", negpool, 0, 1_000_000);
    check("smooth", smooth, 0, 0.5);
    if (negpool != Math.rint(negpool)) {
      throw new IllegalArgumentException("augmentation negpool=" + negpool + " is not a whole number of drawings");
    }
    if (negatives > 0 && negpool < 1) {
      throw new IllegalArgumentException("augmentation negatives=" + negatives + " needs negpool=N with N at least 1");
    }
    if (pool != Math.rint(pool)) {
      throw new IllegalArgumentException("augmentation pool=" + pool + " is not a whole number of images");
    }
    if (reink > 0 && pool < 1) {
      throw new IllegalArgumentException("augmentation reink=" + reink + " needs pool=N with N at least 1");
    }
  }

  private static void check(String name, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException("augmentation " + name + "=" + v + " is out of range (expected " + lo + " to " + hi + ")");
    }
  }

  /**
   * Parses {@code none}, {@code default}, or a comma-separated list of {@code key=value}
   * overriding the defaults, e.g. {@code rotate=10,elastic=0}.
   */
  public static AugmentConfig parse(String spec) {
    String s = spec.strip().toLowerCase(Locale.ROOT);
    if (s.equals("none")) {
      return NONE;
    }
    if (s.equals("default") || s.isEmpty()) {
      return DEFAULT;
    }
    Map<String, Double> m = DEFAULT.asMap();
    m.putIfAbsent("smooth", DEFAULT.smooth());
    for (String part : s.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || !m.containsKey(kv[0].strip())) {
        throw new IllegalArgumentException("augmentation '" + part + "' is not key=value with a key of " + m.keySet());
      }
      try {
        m.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("augmentation " + kv[0].strip() + "='" + kv[1].strip() + "' is not a number");
      }
    }
    return new AugmentConfig(m.get("probability"), m.get("rotate"), m.get("scale"), m.get("shift"), m.get("shear"),
        m.get("elastic"), m.get("thick"), m.get("thin"), m.get("flat"), m.get("close"), m.get("reink"), m.get("pool"),
        m.get("fat"), m.get("negatives"), m.get("negpool"), m.get("smooth"));
  }

  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("probability", probability);
    m.put("rotate", rotate);
    m.put("scale", scale);
    m.put("shift", shift);
    m.put("shear", shear);
    m.put("elastic", elastic);
    m.put("thick", thick);
    m.put("thin", thin);
    m.put("flat", flat);
    m.put("close", close);
    m.put("reink", reink);
    m.put("pool", pool);
    m.put("fat", fat);
    m.put("negatives", negatives);
    m.put("negpool", negpool);
    if (smooth > 0) {
      // Listed only when used, so the spec (and the checkpoint key) of a one-hot run reads as before.
      m.put("smooth", smooth);
    }
    return m;
  }

  /** Number of re-inked drawings to prepare for a training set of {@code trainCount} images (0 if none). */
  public int poolSize(int trainCount) {
    return reink > 0 ? (int) Math.min(pool, trainCount) : 0;
  }

  /** Number of negatives to draw for a training set of {@code trainCount} images (0 if none). */
  public int negativePoolSize(int trainCount) {
    return negatives > 0 ? (int) Math.min(negpool, trainCount) : 0;
  }

  /** The form {@link #parse} reads back. */
  public String spec() {
    if (equals(NONE)) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    asMap().forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(fmt(v)));
    return b.toString();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
