package dev.digitarcade.game.rules;

/**
 * A small grayscale picture of a drawing, row 0 at the top, white ink on black.
 */
public record Thumbnail(int width, int height, byte[] gray) {

  public static final Thumbnail EMPTY = new Thumbnail(1, 1, new byte[1]);

  public Thumbnail {
    if (width < 1 || height < 1 || gray.length != width * height) {
      throw new IllegalArgumentException("thumbnail " + width + "x" + height + " with " + gray.length + " pixels");
    }
    gray = gray.clone();
  }

  @Override
  public byte[] gray() {
    return gray.clone();
  }

  /** Box-filters a w x h grayscale image (0..255 in the low byte) down to at most {@code size} on its longer side. */
  public static Thumbnail of(byte[] src, int w, int h, int size) {
    int scale = Math.max(1, (int) Math.ceil(Math.max(w, h) / (double) size));
    int tw = Math.max(1, w / scale);
    int th = Math.max(1, h / scale);
    byte[] out = new byte[tw * th];
    int area = scale * scale;
    for (int ty = 0; ty < th; ty++) {
      for (int tx = 0; tx < tw; tx++) {
        int sum = 0;
        for (int y = ty * scale; y < ty * scale + scale; y++) {
          int row = y * w;
          for (int x = tx * scale; x < tx * scale + scale; x++) {
            sum += src[row + x] & 0xff;
          }
        }
        out[ty * tw + tx] = (byte) (sum / area);
      }
    }
    return new Thumbnail(tw, th, out);
  }
}
