package dev.digitarcade.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void aFileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("scores.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: 3 GB that take no space, more than any array holds
    }
    assertThatThrownBy(() -> InputFiles.readRegular(big, 1 << 20))
        .isInstanceOf(InputFiles.TooLargeException.class)
        .satisfies(e -> assertThat(IoErrors.describe((IOException) e)).isEqualTo("larger than 1 MB"));
  }

  @Test
  void aSmallFileIsReadWhole() throws IOException {
    Path f = dir.resolve("a");
    Files.write(f, new byte[] {1, 2, 3});
    assertThat(InputFiles.readRegular(f, 3)).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> InputFiles.readRegular(f, 2)).isInstanceOf(InputFiles.TooLargeException.class);
    assertThatThrownBy(() -> InputFiles.readRegular(dir.resolve("none"), 2)).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void directoriesAndDevicesAreNotRegularFiles() {
    assertThatThrownBy(() -> InputFiles.readRegular(dir, 10))
        .isInstanceOf(InputFiles.NotRegularFileException.class).hasMessageContaining("is a directory");
    Path zero = Path.of("/dev/zero"); // would never end
    if (Files.exists(zero)) {
      assertThatThrownBy(() -> InputFiles.readRegular(zero, 10))
          .isInstanceOf(InputFiles.NotRegularFileException.class).hasMessageContaining("not a regular file");
    }
  }

  @Test
  void aStreamIsLimitedTooForPipesWhoseSizeIsUnknown() throws IOException {
    Path f = dir.resolve("rec.jsonl");
    Files.write(f, new byte[100]);
    try (InputStream in = InputFiles.open(f, 100)) {
      assertThat(in.readAllBytes()).hasSize(100);
    }
    assertThatThrownBy(() -> InputFiles.open(f, 99)).isInstanceOf(InputFiles.TooLargeException.class);
    try (InputStream in = InputFiles.limit(new ByteArrayInputStream(new byte[100]), f, 99)) {
      assertThatThrownBy(in::readAllBytes).isInstanceOf(InputFiles.TooLargeException.class);
    }
  }
}
