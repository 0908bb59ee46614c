package dev.digitarcade.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsValidImagesRawAndGzip(boolean gzip) throws Exception {
    byte[] content = IdxFixtures.images(3, 3, 28, 28, IdxReader.IMAGES_MAGIC);
    Path f = IdxFixtures.write(tmp.resolve(gzip ? "img.gz" : "img"), content, gzip);
    IdxReader.Images images = IdxReader.readImages(f, 28, 28);
    assertThat(images.count()).isEqualTo(3);
    assertThat(images.pixels()).isEqualTo(Arrays.copyOfRange(content, 16, content.length));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsValidLabelsRawAndGzip(boolean gzip) throws Exception {
    Path f = IdxFixtures.write(tmp.resolve("lab"), IdxFixtures.labels(4, (byte) 7, (byte) 0, (byte) 9, (byte) 3), gzip);
    assertThat(IdxReader.readLabels(f)).containsExactly(7, 0, 9, 3);
  }

  @Test
  void gzipIsRecognisedByContentNotName() throws Exception {
    Path f = IdxFixtures.write(tmp.resolve("no-extension"), IdxFixtures.labels(2, (byte) 1, (byte) 2), true);
    assertThat(IdxReader.readLabels(f)).containsExactly(1, 2);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void truncatedFileIsRefused(boolean gzip) throws Exception {
    byte[] full = IdxFixtures.images(3, 3, 28, 28, IdxReader.IMAGES_MAGIC);
    Path f = IdxFixtures.write(tmp.resolve("img"), Arrays.copyOf(full, full.length - 100), gzip);
    assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28)).isInstanceOf(DataException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("3 images").hasMessageNotContaining("\n");
  }

  @Test
  void truncatedHeaderIsRefused() throws Exception {
    Path f = IdxFixtures.write(tmp.resolve("img"), new byte[] {0, 0, 8, 3, 0, 0}, false);
    assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28)).isInstanceOf(DataException.class)
        .hasMessageContaining("truncated header");
  }

  @Test
  void wrongMagicIsRefused() throws Exception {
    Path labels = IdxFixtures.write(tmp.resolve("labels-not-images"), IdxFixtures.labels(2, (byte) 1, (byte) 2), false);
    assertThatThrownBy(() -> IdxReader.readImages(labels, 28, 28)).isInstanceOf(DataException.class)
        .hasMessageContaining("magic number 0x00000801").hasMessageContaining("expected 0x00000803");
    Path images = IdxFixtures.write(tmp.resolve("images-not-labels"),
        IdxFixtures.images(1, 1, 28, 28, IdxReader.IMAGES_MAGIC), false);
    assertThatThrownBy(() -> IdxReader.readLabels(images)).isInstanceOf(DataException.class)
        .hasMessageContaining("expected 0x00000801, an IDX labels file");
  }

  @Test
  void wrongImageSizeIsRefused() throws Exception {
    Path f = IdxFixtures.write(tmp.resolve("img"), IdxFixtures.images(2, 2, 32, 32, IdxReader.IMAGES_MAGIC), false);
    assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28)).hasMessageContaining("32x32 (expected 28x28)");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void headerThatLiesAboutItsCountIsRefusedBeforeAllocating(boolean gzip) throws Exception {
    // Claims 2^31-1 images of 28x28 (1.6 TB) but holds two: refused from the size alone; an
    // attempt to allocate would throw OutOfMemoryError or NegativeArraySizeException instead.
    Path f = IdxFixtures.write(tmp.resolve("liar"), IdxFixtures.images(Integer.MAX_VALUE, 2, 28, 28,
        IdxReader.IMAGES_MAGIC), gzip);
    assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28)).isInstanceOf(DataException.class)
        .hasMessageContaining("header claims " + Integer.MAX_VALUE + " images")
        .hasMessageContaining(gzip ? "bytes of gzip data can hold at most" : "holds " + (16 + 2 * 784) + " bytes");
    Path neg = IdxFixtures.write(tmp.resolve("negative"), IdxFixtures.images(-5, 2, 28, 28, IdxReader.IMAGES_MAGIC), gzip);
    assertThatThrownBy(() -> IdxReader.readImages(neg, 28, 28)).isInstanceOf(DataException.class)
        .hasMessageContaining("header claims");
    Path labels = IdxFixtures.write(tmp.resolve("labels"), IdxFixtures.labels(1000, (byte) 1, (byte) 2), gzip);
    assertThatThrownBy(() -> IdxReader.readLabels(labels)).isInstanceOf(DataException.class)
        .hasMessageContaining("header claims 1000 labels");
  }

  /** Bytes allocated by this thread while {@code r} runs (HotSpot's per-thread counter; not a timing). */
  private static long allocatedBy(Runnable r) {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = mx.getCurrentThreadAllocatedBytes();
    r.run();
    return mx.getCurrentThreadAllocatedBytes() - before;
  }

  @Test
  void gzipWhoseTrailerAgreesWithALyingHeaderIsRefusedWithoutAllocatingTheClaim() throws Exception {
    // The header claims 2,700,000 images (2.1 GB); the file holds 2.2 MB of incompressible data,
    // enough for deflate to be able to expand to the claim, and its trailer is forged to agree.
    int claimed = 2_700_000;
    byte[] head = IdxFixtures.images(claimed, 0, 28, 28, IdxReader.IMAGES_MAGIC);
    byte[] content = Arrays.copyOf(head, head.length + 2_200_000);
    new java.util.Random(5).nextBytes(content);
    System.arraycopy(head, 0, content, 0, head.length);
    Path f = IdxFixtures.write(tmp.resolve("liar.gz"), content, true);
    byte[] gz = Files.readAllBytes(f);
    long isize = 16 + (long) claimed * 784;
    for (int i = 0; i < 4; i++) {
      gz[gz.length - 4 + i] = (byte) (isize >>> (8 * i));
    }
    Files.write(f, gz);
    long allocated = allocatedBy(() -> assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28))
        .isInstanceOf(DataException.class).hasMessageContaining(f.toString()).hasMessageNotContaining("\n"));
    assertThat(allocated).as("bytes allocated").isLessThan(64L << 20);
  }

  @Test
  void truncatedGzipFileIsReportedAsTruncated() throws Exception {
    byte[] gz = Files.readAllBytes(IdxFixtures.write(tmp.resolve("ok.gz"), IdxFixtures.images(40, 40, 28, 28,
        IdxReader.IMAGES_MAGIC), true));
    Path f = tmp.resolve("cut.gz");
    Files.write(f, Arrays.copyOf(gz, gz.length * 6 / 10));
    assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28)).isInstanceOf(DataException.class)
        .hasMessageContaining(f + ": truncated gzip file").hasMessageNotContaining("after");
    Path labels = tmp.resolve("cut-labels.gz");
    byte[] lgz = Files.readAllBytes(IdxFixtures.write(tmp.resolve("l.gz"), IdxFixtures.labels(3, (byte) 1, (byte) 2,
        (byte) 3), true));
    Files.write(labels, Arrays.copyOf(lgz, lgz.length - 6));
    assertThatThrownBy(() -> IdxReader.readLabels(labels)).hasMessageContaining("truncated gzip file");
  }

  @Test
  void gzipHoldingFewerImagesThanItsHeaderClaimsSaysSo() throws Exception {
    Path f = IdxFixtures.write(tmp.resolve("short.gz"), IdxFixtures.images(5, 2, 28, 28, IdxReader.IMAGES_MAGIC), true);
    assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28))
        .hasMessageContaining("header claims 5 images").hasMessageContaining("ends after " + 2 * 784 + " bytes");
  }

  @Test
  void extraBytesAreRefused() throws Exception {
    Path f = IdxFixtures.write(tmp.resolve("img"), IdxFixtures.images(1, 2, 28, 28, IdxReader.IMAGES_MAGIC), false);
    assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28)).hasMessageContaining("784 bytes after the 1 images");
  }

  @Test
  void labelOutOfRangeIsRefused() throws Exception {
    Path f = IdxFixtures.write(tmp.resolve("lab"), IdxFixtures.labels(2, (byte) 3, (byte) 12), false);
    assertThatThrownBy(() -> IdxReader.readLabels(f)).hasMessageContaining("label 1 is 12 (expected 0-9)");
  }

  @Test
  void corruptGzipIsRefused() throws Exception {
    byte[] gz = Files.readAllBytes(IdxFixtures.write(tmp.resolve("ok"), IdxFixtures.images(2, 2, 28, 28,
        IdxReader.IMAGES_MAGIC), true));
    for (int i = 20; i < gz.length - 8; i += 3) {
      gz[i] ^= 0x5a;
    }
    Path f = tmp.resolve("bad.gz");
    Files.write(f, gz);
    assertThatThrownBy(() -> IdxReader.readImages(f, 28, 28)).isInstanceOf(DataException.class)
        .hasMessageContaining(f.toString()).hasMessageNotContaining("\n");
  }

  @Test
  void missingFileIsNamed() {
    Path f = tmp.resolve("absent");
    assertThatThrownBy(() -> IdxReader.readLabels(f)).isInstanceOf(DataException.class)
        .hasMessageContaining(f + ": no such file");
  }

  @Test
  void dataDirectoryWithAMissingFileNamesIt() throws Exception {
    Files.write(tmp.resolve("train-images-idx3-ubyte"), IdxFixtures.images(1, 1, 28, 28, IdxReader.IMAGES_MAGIC));
    assertThatThrownBy(() -> MnistData.load(tmp)).isInstanceOf(DataException.class)
        .hasMessageContaining("has no train-labels-idx1-ubyte or train-labels-idx1-ubyte.gz");
  }

  @Test
  void aDirectoryWhereAFileShouldBeIsNamedAsSuch() throws Exception {
    Files.createDirectories(tmp.resolve("train-images-idx3-ubyte"));
    assertThatThrownBy(() -> MnistData.load(tmp)).isInstanceOf(DataException.class)
        .hasMessageContaining("train-images-idx3-ubyte is not a regular file");
    Path file = Files.writeString(tmp.resolve("f"), "x");
    assertThatThrownBy(() -> MnistData.load(file)).hasMessageContaining(file + " is a file");
  }

  @Test
  void dataDirectoryReadsMixedRawAndGzip() throws Exception {
    IdxFixtures.write(tmp.resolve("train-images-idx3-ubyte.gz"), IdxFixtures.images(2, 2, 28, 28, IdxReader.IMAGES_MAGIC), true);
    IdxFixtures.write(tmp.resolve("train-labels-idx1-ubyte"), IdxFixtures.labels(2, (byte) 4, (byte) 5), false);
    IdxFixtures.write(tmp.resolve("t10k-images-idx3-ubyte"), IdxFixtures.images(1, 1, 28, 28, IdxReader.IMAGES_MAGIC), false);
    IdxFixtures.write(tmp.resolve("t10k-labels-idx1-ubyte.gz"), IdxFixtures.labels(1, (byte) 6), true);
    MnistData d = MnistData.load(tmp);
    assertThat(d.trainCount()).isEqualTo(2);
    assertThat(d.testCount()).isEqualTo(1);
    assertThat(d.trainLabels()).containsExactly(4, 5);
  }
}
