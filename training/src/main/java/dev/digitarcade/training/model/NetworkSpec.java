package dev.digitarcade.training.model;

import dev.digitarcade.model.ModelContract;

/**
 * Shape of the CNN: three conv blocks (conv, batch norm, ReLU, 2x2 max-pool) with {@code c1},
 * {@code c2}, {@code c3} channels and kernels {@code k1}, 3, 3, then a dense layer of {@code
 * hidden} units with dropout, then {@link #LOGITS} logits: the ten digits, "not a digit" and
 * "fragment". Spatial size 28 -> 14 -> 7 -> 4.
 */
public record NetworkSpec(int k1, int c1, int c2, int c3, int hidden) {

  /** Class index of "not a digit" (letters, shapes, scribbles, marks, two digits). */
  public static final int NOT_DIGIT = ModelContract.CLASSES;
  /** Class index of "fragment": the start of a digit still being drawn. */
  public static final int FRAGMENT = ModelContract.CLASSES + 1;
  /** Logits of the network: the digits, then {@link #NOT_DIGIT} and {@link #FRAGMENT}. */
  public static final int LOGITS = ModelContract.CLASSES + 2;
  /** Conv blocks, each halving the field (SAME max-pool). */
  static final int BLOCKS = 3;

  public static final NetworkSpec DEFAULT = new NetworkSpec(5, 32, 64, 128, 192);

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

  /** Side of the field after the conv blocks: 28 halved (rounding up) three times, 4. */
  static int finalSide() {
    int side = ModelContract.IMAGE_SIZE;
    for (int i = 0; i < BLOCKS; i++) {
      side = (side + 1) / 2;
    }
    return side;
  }

  /** Features entering the dense layer: 4 x 4 x c3. */
  int flat() {
    return finalSide() * finalSide() * c3;
  }

  /** Number of trainable weights (BN gamma/beta included). */
  public long parameterCount() {
    long n = 0;
    int in = 1;
    int[] k = kernels();
    int[] c = channels();
    for (int i = 0; i < BLOCKS; i++) {
      n += (long) k[i] * k[i] * in * c[i] + 2L * c[i];
      in = c[i];
    }
    return n + (long) flat() * hidden + hidden + (long) hidden * LOGITS + LOGITS;
  }

  /** Multiply-accumulates of one forward pass. */
  public long forwardMacs() {
    long n = 0;
    int in = 1;
    int size = ModelContract.IMAGE_SIZE;
    int[] k = kernels();
    int[] c = channels();
    for (int i = 0; i < BLOCKS; i++) {
      n += (long) size * size * k[i] * k[i] * in * c[i];
      in = c[i];
      size = (size + 1) / 2;
    }
    return n + (long) flat() * hidden + (long) hidden * LOGITS;
  }
}
