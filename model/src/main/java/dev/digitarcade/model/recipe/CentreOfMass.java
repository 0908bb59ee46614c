package dev.digitarcade.model.recipe;

/**
 * Step 5 of the recipe: places the resampled digit in the 28x28 field so that its centre of mass
 * sits at the centre, by a whole-pixel shift as MNIST did, never pushing ink off the field;
 * values are clamped to [0,1].
 */
final class CentreOfMass {

  private static final int SIDE = MnistInput.SIDE;

  private CentreOfMass() {}

  /** A new 28x28 row-major field holding {@code digit}. */
  static float[] place(AreaResampler.Resampled digit) {
    float[] small = digit.pixels();
    int dw = digit.width();
    int dh = digit.height();
    double mass = 0;
    double mx = 0;
    double my = 0;
    for (int y = 0; y < dh; y++) {
      for (int x = 0; x < dw; x++) {
        float v = small[y * dw + x];
        mass += v;
        mx += v * (x + 0.5);
        my += v * (y + 0.5);
      }
    }
    int ox;
    int oy;
    if (mass > 0) {
      ox = (int) Math.round(SIDE / 2.0 - mx / mass);
      oy = (int) Math.round(SIDE / 2.0 - my / mass);
    } else {
      ox = (SIDE - dw) / 2;
      oy = (SIDE - dh) / 2;
    }
    ox = Math.max(0, Math.min(SIDE - dw, ox));
    oy = Math.max(0, Math.min(SIDE - dh, oy));
    float[] out = new float[MnistInput.SIZE];
    for (int y = 0; y < dh; y++) {
      for (int x = 0; x < dw; x++) {
        float v = small[y * dw + x];
        out[(y + oy) * SIDE + x + ox] = v < 0f ? 0f : (v > 1f ? 1f : v);
      }
    }
    return out;
  }
}
