package dev.digitarcade.training.cli;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A small MNIST-shaped data directory (the four raw IDX files) for command-line tests. */
final class MnistFixture {
  private MnistFixture() {}

  static Path write(Path dir, int train, int test) throws IOException {
    Files.createDirectories(dir);
    Random r = new Random(train * 31L + test);
    images(dir.resolve("train-images-idx3-ubyte"), train, r);
    labels(dir.resolve("train-labels-idx1-ubyte"), train);
    images(dir.resolve("t10k-images-idx3-ubyte"), test, r);
    labels(dir.resolve("t10k-labels-idx1-ubyte"), test);
    return dir;
  }

  private static void images(Path f, int n, Random r) throws IOException {
    try (OutputStream raw = Files.newOutputStream(f); DataOutputStream out = new DataOutputStream(raw)) {
      out.writeInt(0x00000803);
      out.writeInt(n);
      out.writeInt(28);
      out.writeInt(28);
      byte[] px = new byte[n * 784];
      r.nextBytes(px);
      out.write(px);
    }
  }

  private static void labels(Path f, int n) throws IOException {
    try (OutputStream raw = Files.newOutputStream(f); DataOutputStream out = new DataOutputStream(raw)) {
      out.writeInt(0x00000801);
      out.writeInt(n);
      for (int i = 0; i < n; i++) {
        out.writeByte(i % 10);
      }
    }
  }
}
