package dev.digitarcade.engine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A device that is always full, as {@code /dev/full}. As root a private node (made with {@code
 * mknod} in a test directory) is used, so a program that wrongly renames over its target can only
 * replace the private node, never the machine's {@code /dev/full}.
 */
public final class DevFull {
  private DevFull() {}

  /** A full device in {@code dir}, or {@code /dev/full} when no node can be made there (null when neither exists). */
  public static Path in(Path dir) throws IOException, InterruptedException {
    Path node = dir.resolve("full");
    Process p = new ProcessBuilder("mknod", node.toString(), "c", "1", "7").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() == 0 && Files.exists(node) && !Files.isRegularFile(node)) {
      return node;
    }
    Path dev = Path.of("/dev/full");
    return Files.exists(dev) ? dev : null;
  }

  /** True when {@code path} is still a character device (not replaced by a regular file). */
  public static boolean isDevice(Path path) throws IOException {
    return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)
        && !Files.isSymbolicLink(path);
  }
}
