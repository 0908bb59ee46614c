package dev.digitarcade.training.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MNIST in memory: images as unsigned bytes (784 per image, row-major), labels 0-9.
 */
public record MnistData(byte[] trainImages, byte[] trainLabels, byte[] testImages, byte[] testLabels) {

  public static final int PIXELS = 28 * 28;

  public int trainCount() {
    return trainLabels.length;
  }

  public int testCount() {
    return testLabels.length;
  }

  /**
   * Loads the four files from {@code dir}; each may be raw ({@code train-images-idx3-ubyte}) or
   * gzip ({@code train-images-idx3-ubyte.gz}).
   */
  public static MnistData load(Path dir) throws DataException {
    if (!Files.isDirectory(dir)) {
      throw new DataException("data directory " + dir + (Files.exists(dir) ? " is a file" : " does not exist")
          + " (expected a directory with the four MNIST IDX files)");
    }
    IdxReader.Images trainImages = IdxReader.readImages(find(dir, MnistFile.TRAIN_IMAGES), 28, 28);
    byte[] trainLabels = IdxReader.readLabels(find(dir, MnistFile.TRAIN_LABELS));
    IdxReader.Images testImages = IdxReader.readImages(find(dir, MnistFile.TEST_IMAGES), 28, 28);
    byte[] testLabels = IdxReader.readLabels(find(dir, MnistFile.TEST_LABELS));
    if (trainImages.count() != trainLabels.length) {
      throw new DataException(dir + ": " + trainImages.count() + " training images but " + trainLabels.length
          + " training labels (expected the same number)");
    }
    if (testImages.count() != testLabels.length) {
      throw new DataException(dir + ": " + testImages.count() + " test images but " + testLabels.length
          + " test labels (expected the same number)");
    }
    return new MnistData(trainImages.pixels(), trainLabels, testImages.pixels(), testLabels);
  }

  /** The file for {@code f} in {@code dir}: raw name first, then {@code .gz}. */
  public static Path find(Path dir, MnistFile f) throws DataException {
    Path raw = dir.resolve(f.name());
    if (Files.isRegularFile(raw)) {
      return raw;
    }
    Path gz = dir.resolve(f.name() + ".gz");
    if (Files.isRegularFile(gz)) {
      return gz;
    }
    for (Path p : new Path[] {raw, gz}) {
      if (Files.exists(p)) {
        throw new DataException(p + " is not a regular file (expected the MNIST IDX file " + f.name() + ", raw or gzip)");
      }
    }
    if (!Files.isExecutable(dir)) {
      throw new DataException("data directory " + dir + " cannot be read (permission denied)");
    }
    throw new DataException("data directory " + dir + " has no " + f.name() + " or " + f.name()
        + ".gz (expected the four MNIST IDX files, raw or gzip)");
  }

  /** The first {@code n} training images and labels as a smaller data set (tests, quick runs). */
  public MnistData limit(int trainN, int testN) {
    int tn = Math.min(trainN, trainCount());
    int sn = Math.min(testN, testCount());
    return new MnistData(java.util.Arrays.copyOf(trainImages, tn * PIXELS), java.util.Arrays.copyOf(trainLabels, tn),
        java.util.Arrays.copyOf(testImages, sn * PIXELS), java.util.Arrays.copyOf(testLabels, sn));
  }
}
