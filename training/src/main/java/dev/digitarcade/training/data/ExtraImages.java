package dev.digitarcade.training.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.model.recipe.MnistInput;
import dev.digitarcade.model.recipe.MnistRecipe;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * {@code train --extra}: labelled drawings a player exported with {@code digit-arcade export},
 * as extra training images.
 *
 * <ul>
 *   <li>A directory as {@code --format png} writes it: {@code D/NAME.png} (any image ImageIO
 *       reads), D one digit. A 28x28 image is taken as it is (export writes the model's input,
 *       already through the recipe); a larger one goes through the app's recipe ({@link
 *       MnistRecipe}, default options) after the app's polarity rule (the border's median: a light
 *       background means dark ink, inverted). {@code *.ndjson} files at the top are read too.
 *   <li>An {@code --format ndjson} file: each line whose {@code word} is one digit gives its
 *       {@code input} (or its one {@code inputs} entry), the 28x28 model input; unlabelled lines
 *       ({@code word} "" or several digits) are skipped.
 * </ul>
 *
 * Anything else (a missing path, a folder whose name is not a digit, a file that is not an image,
 * an image under 28x28, a bad line, no labelled image at all) is a {@link DataException} naming it.
 */
public final class ExtraImages {
  private final List<byte[]> images = new ArrayList<>();
  private final List<Integer> labels = new ArrayList<>();
  private final MessageDigest digest;
  private final MnistRecipe recipe = new MnistRecipe();
  private final ObjectMapper json = new ObjectMapper();

  /**
   * The extra images, their labels, a key for checkpoints (a hash of the images and labels) and a
   * sentence for the model card.
   */
  public record Loaded(byte[] images, byte[] labels, String identity, String description) {
    public int count() {
      return labels.length;
    }
  }

  private ExtraImages() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads every source (directories or ndjson files), in order. */
  public static Loaded load(List<Path> sources) throws DataException {
    ExtraImages x = new ExtraImages();
    for (Path p : sources) {
      x.source(p);
    }
    if (x.labels.isEmpty()) {
      throw new DataException("--extra " + sources.stream().map(Path::toString).reduce((a, b) -> a + ", " + b)
          .orElse("") + " holds no labelled images (expected digit folders 0-9 of images, as digit-arcade export "
          + "--format png writes, or ndjson lines whose word is a digit)");
    }
    int n = x.labels.size();
    byte[] img = new byte[n * MnistData.PIXELS];
    byte[] lab = new byte[n];
    int[] perDigit = new int[10];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x.images.get(i), 0, img, i * MnistData.PIXELS, MnistData.PIXELS);
      lab[i] = (byte) (int) x.labels.get(i);
      perDigit[x.labels.get(i)]++;
    }
    String id = HexFormat.of().formatHex(x.digest.digest()).substring(0, 16);
    return new Loaded(img, lab, "extra:" + id, n + " extra labelled drawings from `--extra` (" + sources.size()
        + " source" + (sources.size() == 1 ? "" : "s") + "; per digit " + Arrays.toString(perDigit) + ")");
  }

  /** The most times an extra image may be repeated per epoch. */
  public static final int MAX_REPEAT = 100;

  /**
   * {@code data} with the extra images first in its training set, {@code repeat} times over, then
   * every MNIST training image (the trainer shuffles each epoch; {@code --train-limit} keeps the
   * first images, so the extras, and the held-back calibration images come from MNIST's end); the
   * test set is MNIST's alone, so test figures stay comparable.
   */
  public static MnistData mix(MnistData data, Loaded extra, int repeat) {
    if (repeat < 1 || repeat > MAX_REPEAT) {
      throw new IllegalArgumentException("--extra-repeat " + repeat + " (expected 1 to " + MAX_REPEAT + ")");
    }
    int ei = extra.images().length;
    int el = extra.labels().length;
    byte[] img = new byte[repeat * ei + data.trainImages().length];
    byte[] lab = new byte[repeat * el + data.trainLabels().length];
    for (int r = 0; r < repeat; r++) {
      System.arraycopy(extra.images(), 0, img, r * ei, ei);
      System.arraycopy(extra.labels(), 0, lab, r * el, el);
    }
    System.arraycopy(data.trainImages(), 0, img, repeat * ei, data.trainImages().length);
    System.arraycopy(data.trainLabels(), 0, lab, repeat * el, data.trainLabels().length);
    return new MnistData(img, lab, data.testImages(), data.testLabels());
  }

  private void source(Path p) throws DataException {
    if (!Files.exists(p)) {
      throw new DataException("--extra " + p + " does not exist (expected a directory of digit folders 0-9, as "
          + "digit-arcade export --format png writes, or an ndjson file from digit-arcade export)");
    }
    if (!Files.isDirectory(p)) {
      ndjson(p);
      return;
    }
    for (Path f : list(p)) {
      String name = f.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(f)) {
        if (!name.matches("[0-9]")) {
          throw new DataException("--extra folder " + f + " is not a digit (expected folders named 0 to 9 holding "
              + "that digit's images)");
        }
        for (Path img : list(f)) {
          if (!img.getFileName().toString().startsWith(".")) {
            image(img, name.charAt(0) - '0');
          }
        }
      } else if (name.endsWith(".ndjson")) {
        ndjson(f);
      }
    }
  }

  private static List<Path> list(Path dir) throws DataException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new DataException("--extra " + dir + " cannot be read (" + e.getMessage() + ")");
    }
  }

  private void image(Path f, int digit) throws DataException {
    BufferedImage img;
    try {
      img = Files.isRegularFile(f) ? ImageIO.read(f.toFile()) : null;
    } catch (IOException e) {
      img = null;
    }
    if (img == null) {
      throw new DataException("--extra file " + f + " is not an image (expected a PNG of the digit " + digit
          + ", 28x28 or larger)");
    }
    int w = img.getWidth();
    int h = img.getHeight();
    if (w < MnistInput.SIDE || h < MnistInput.SIDE) {
      throw new DataException("--extra image " + f + " is " + w + "x" + h + " (expected 28x28 or larger)");
    }
    float[] ink = ink(img);
    float[] input;
    if (w == MnistInput.SIDE && h == MnistInput.SIDE) {
      input = ink;
    } else {
      Optional<MnistInput> in = recipe.apply(ink, w, h);
      if (in.isEmpty()) {
        throw new DataException("--extra image " + f + " shows no ink (expected a drawing of the digit " + digit + ")");
      }
      input = in.get().pixels();
    }
    add(input, digit);
  }

  /** Ink intensities in [0,1]: luminance, inverted when the border's median is light (dark ink). */
  static float[] ink(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    float[] lum = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = img.getRGB(x, y);
        float a = ((rgb >>> 24) & 0xff) / 255f;
        float l = (0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff)) / 255f;
        lum[y * w + x] = img.getColorModel().hasAlpha() ? l * a + (1 - a) : l; // transparent reads as paper
      }
    }
    float[] border = new float[2 * w + 2 * h];
    int k = 0;
    for (int x = 0; x < w; x++) {
      border[k++] = lum[x];
      border[k++] = lum[(h - 1) * w + x];
    }
    for (int y = 0; y < h; y++) {
      border[k++] = lum[y * w];
      border[k++] = lum[y * w + w - 1];
    }
    Arrays.sort(border);
    if (border[border.length / 2] > 0.5f) {
      for (int i = 0; i < lum.length; i++) {
        lum[i] = 1 - lum[i];
      }
    }
    return lum;
  }

  private void ndjson(Path f) throws DataException {
    List<String> lines;
    try {
      lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DataException("--extra " + f + " cannot be read as ndjson text (" + e.getMessage() + ")");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = "--extra " + f + " line " + (i + 1);
      JsonNode o;
      try {
        o = json.readTree(line);
      } catch (IOException e) {
        throw new DataException(where + " is not JSON (expected one object a line, as digit-arcade export writes)");
      }
      String word = o.path("word").asText("");
      if (!word.matches("[0-9]")) {
        continue; // unlabelled, or a number
      }
      JsonNode input = o.has("input") ? o.path("input") : o.path("inputs").size() == 1 ? o.path("inputs").get(0) : null;
      if (input == null) {
        continue; // a drawing read as several digits: no single input to learn from
      }
      byte[] px;
      try {
        px = Base64.getDecoder().decode(input.asText());
      } catch (IllegalArgumentException e) {
        px = new byte[0];
      }
      if (px.length != MnistData.PIXELS) {
        throw new DataException(where + " has no 28x28 input (expected " + MnistData.PIXELS
            + " bytes in Base64)");
      }
      float[] in = new float[px.length];
      for (int j = 0; j < px.length; j++) {
        in[j] = (px[j] & 0xff) / 255f;
      }
      add(in, word.charAt(0) - '0');
    }
  }

  private void add(float[] input, int digit) {
    byte[] px = new byte[MnistData.PIXELS];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) Math.round(Math.max(0f, Math.min(1f, input[i])) * 255f);
    }
    images.add(px);
    labels.add(digit);
    digest.update(px);
    digest.update((byte) digit);
  }
}
