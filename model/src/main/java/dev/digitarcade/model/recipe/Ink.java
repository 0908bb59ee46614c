package dev.digitarcade.model.recipe;

/**
 * What step 1 ({@link InkScan}) found: a field of intensities (0 = background, 1 = full ink) and
 * the box of its ink, which is all the later steps read. The field is the image itself, or the
 * image block-reduced by {@code scale}; {@link #toImage} maps a box back to the image's pixels.
 *
 * @param field intensities, row-major with {@code stride} columns; only the box is meaningful
 * @param stride columns of the field
 * @param box the bounding box of the ink (pixels above the threshold), in field pixels
 * @param peak the strongest ink in the box
 * @param fraction ink pixels over all pixels of the image (counted before any reduction)
 * @param originX the image column of the field's column 0
 * @param originY the image row of the field's row 0
 * @param scale image pixels per field pixel, 1 when not reduced
 */
record Ink(
    float[] field, int stride, InkBox box, float peak, float fraction, int originX, int originY,
    int scale) {

  /** Ink at least this strong is solid: half the strongest ink, at most 0.5. */
  float solid() {
    return Math.min(0.5f, 0.5f * Math.min(1f, peak));
  }

  /** A box in field pixels, in the image's pixels. */
  InkBox toImage(InkBox b) {
    return new InkBox(originX + b.x() * scale, originY + b.y() * scale, b.width() * scale,
        b.height() * scale);
  }
}
