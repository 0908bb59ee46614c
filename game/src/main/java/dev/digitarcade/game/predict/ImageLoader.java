package dev.digitarcade.game.predict;

import dev.digitarcade.engine.io.IoErrors;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a PNG or JPEG of a digit, of any size and either polarity, as ink intensities.
 *
 * <ul>
 *   <li>Colour becomes luminance. Transparent pixels are laid over the background colour that
 *       contrasts with the opaque (ink) pixels.
 *   <li>Polarity: the background is the median of the image's border pixels; a light background
 *       means dark ink, and the image is inverted.
 *   <li>Contrast: the background maps to 0 and the strongest ink to 1; the
 *       border's own noise (JPEG artefacts, paper grain) is subtracted first.
 *   <li>Images larger than {@value #MAX_SIDE} px are area-reduced by a whole factor first (beyond
 *       {@value #DECODE_SIDE} px they are decimated while decoding, so memory stays bounded).
 * </ul>
 */
public final class ImageLoader {

  /** Larger images are reduced to at most about this side before the recipe. */
  public static final int MAX_SIDE = 1200;

  /** Images with a longer side than this are decimated while decoding (memory). */
  static final int DECODE_SIDE = 4800;

  private ImageLoader() {}

  /** Why a file could not be read, in one line that names it and says what was expected. */
  public static final class UnreadableImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableImageException(String message) {
      super(message);
    }
  }

  /** Reads {@code file}. */
  public static InkImage load(Path file) throws UnreadableImageException {
    return load(file, FileAccess.REAL);
  }

  static InkImage load(Path file, FileAccess access) throws UnreadableImageException {
    BufferedImage img;
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        throw new UnreadableImageException(file + ": " + (a.isDirectory() ? "is a directory" : "not a regular file")
            + " (expected a PNG or JPEG image)");
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableImageException(file + ": no such file (expected a PNG or JPEG image)");
    } catch (IOException e) {
      throw new UnreadableImageException(file + ": cannot be read: " + IoErrors.describe(e)
          + " (expected a readable PNG or JPEG image)");
    }
    SeekableByteChannel channel;
    try {
      channel = access.open(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableImageException(file + ": no such file (expected a PNG or JPEG image)");
    } catch (IOException e) {
      throw new UnreadableImageException(file + ": " + IoErrors.describe(e) + " (expected a readable PNG or JPEG image)");
    }
    try (ImageInputStream in = new ChannelImageInputStream(channel)) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new UnreadableImageException(file + ": not an image format we read (expected a PNG or JPEG image)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        ImageReadParam param = reader.getDefaultReadParam();
        // Giant images are decimated while decoding so they never fill the memory.
        long side = Math.max(reader.getWidth(0), reader.getHeight(0));
        int step = (int) ((side + DECODE_SIDE - 1) / DECODE_SIDE);
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
        img = reader.read(0, param);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableImageException(file + ": cannot be decoded (expected a PNG or JPEG image): "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
    }
    if (img == null) {
      throw new UnreadableImageException(file + ": not an image format we read (expected a PNG or JPEG image)");
    }
    if (img.getWidth() < 1 || img.getHeight() < 1) {
      throw new UnreadableImageException(file + ": image has no pixels (expected a PNG or JPEG image)");
    }
    return fromImage(img);
  }

  /** Turns a decoded image into ink intensities. */
  public static InkImage fromImage(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    float[] lum = new float[w * h];
    boolean alpha = img.getColorModel().hasAlpha();
    float background = 0f;
    if (alpha) {
      // Lay the picture over whatever contrasts with its opaque pixels.
      double sum = 0;
      double weight = 0;
      for (int p : argb) {
        float a = (p >>> 24) / 255f;
        sum += a * luminance(p);
        weight += a;
      }
      background = weight > 0 && sum / weight < 0.5 ? 1f : 0f;
    }
    for (int i = 0; i < argb.length; i++) {
      float l = luminance(argb[i]);
      if (alpha) {
        float a = (argb[i] >>> 24) / 255f;
        l = a * l + (1 - a) * background;
      }
      lum[i] = l;
    }
    boolean scaled = false;
    int factor = (Math.max(w, h) + MAX_SIDE - 1) / MAX_SIDE;
    if (factor > 1) {
      int nw = Math.max(1, w / factor);
      int nh = Math.max(1, h / factor);
      float[] small = new float[nw * nh];
      for (int y = 0; y < nh; y++) {
        for (int x = 0; x < nw; x++) {
          float s = 0;
          for (int dy = 0; dy < factor; dy++) {
            for (int dx = 0; dx < factor; dx++) {
              s += lum[(y * factor + dy) * w + x * factor + dx];
            }
          }
          small[y * nw + x] = s / (factor * factor);
        }
      }
      lum = small;
      w = nw;
      h = nh;
      scaled = true;
    }
    // Background: median of the border; its spread is the noise to ignore.
    float[] border = border(lum, w, h);
    Arrays.sort(border);
    float bg = border[border.length / 2];
    float[] dev = new float[border.length];
    for (int i = 0; i < border.length; i++) {
      dev[i] = Math.abs(border[i] - bg);
    }
    Arrays.sort(dev);
    float noise = Math.min(0.25f, 2.5f * dev[(int) (0.9 * (dev.length - 1))]);
    boolean darkInk = bg > 0.5f;
    float extreme = bg;
    for (float l : lum) {
      extreme = darkInk ? Math.min(extreme, l) : Math.max(extreme, l);
    }
    float range = Math.abs(extreme - bg) - noise;
    float[] ink = new float[w * h];
    if (range > 0.08f) {
      for (int i = 0; i < ink.length; i++) {
        float d = (darkInk ? bg - lum[i] : lum[i] - bg) - noise;
        ink[i] = d <= 0 ? 0f : Math.min(1f, d / range);
      }
    }
    return new InkImage(ink, w, h, darkInk, scaled);
  }

  private static float luminance(int argb) {
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    return (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
  }

  private static float[] border(float[] lum, int w, int h) {
    if (w <= 2 || h <= 2) {
      return lum.clone();
    }
    float[] out = new float[2 * w + 2 * (h - 2)];
    int k = 0;
    for (int x = 0; x < w; x++) {
      out[k++] = lum[x];
      out[k++] = lum[(h - 1) * w + x];
    }
    for (int y = 1; y < h - 1; y++) {
      out[k++] = lum[y * w];
      out[k++] = lum[y * w + w - 1];
    }
    return out;
  }
}
