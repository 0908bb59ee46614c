package dev.digitarcade.training.model;

/**
 * Shape of the CNN: three conv blocks (conv, batch norm, ReLU, 2x2 max-pool) with {@code c1},
 * {@code c2}, {@code c3} channels and kernels {@code k1}, 3, 3, then a dense layer of {@code
 * hidden} units with dropout, then 10 logits. Spatial size 28 -> 14 -> 7 -> 4.
 */
public record NetworkSpec(int k1, int c1, int c2, int c3, int hidden) {

  public static final NetworkSpec DEFAULT = new NetworkSpec(5, 32, 64, 96, 128);

  public NetworkSpec {
    if (k1 < 1 || c1 < 1 || c2 < 1 || c3 < 1 || hidden < 1) {
      throw new IllegalArgumentException("network sizes must be positive: " + this);
    }
  }

  int[] kernels() {
    return new int[] {k1, 3, 3};
  }

  int[] channels() {
    return new int[] {c1, c2, c3};
  }

  /** Features entering the dense layer: 4 x 4 x c3. */
  int flat() {
    return 4 * 4 * c3;
  }

  /** Number of trainable weights (BN gamma/beta included). */
  public long parameterCount() {
    long n = 0;
    int in = 1;
    int[] k = kernels();
    int[] c = channels();
    for (int i = 0; i < 3; i++) {
      n += (long) k[i] * k[i] * in * c[i] + 2L * c[i];
      in = c[i];
    }
    return n + (long) flat() * hidden + hidden + hidden * 10L + 10;
  }

  /** Multiply-accumulates of one forward pass. */
  public long forwardMacs() {
    long n = 0;
    int in = 1;
    int size = 28;
    int[] k = kernels();
    int[] c = channels();
    for (int i = 0; i < 3; i++) {
      n += (long) size * size * k[i] * k[i] * in * c[i];
      in = c[i];
      size = (size + 1) / 2;
    }
    return n + (long) flat() * hidden + hidden * 10L;
  }
}
