package dev.digitarcade.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitarcade.engine.testing.DevFull;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aMissingDirectoryIsRefusedAndNotMade() {
    Path nowhere = dir.resolve("no/such/dir/out.txt");
    assertThatThrownBy(() -> OutputFile.write(nowhere, new byte[] {1})).isInstanceOf(IOException.class)
        .hasMessageContaining("no such directory");
    assertThatThrownBy(() -> OutputFile.stream(nowhere)).isInstanceOf(IOException.class);
    assertThat(dir.resolve("no")).doesNotExist();
  }

  @Test
  void aRegularFileIsReplacedAtomicallyAndKeepsItsPermissions() throws IOException {
    Path f = dir.resolve("shot.png");
    Files.writeString(f, "old");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
    try (OutputFile out = OutputFile.replace(f)) {
      out.write("new".getBytes(StandardCharsets.UTF_8));
      assertThat(Files.readString(f)).isEqualTo("old"); // nothing changes before the commit
      out.commit();
    }
    assertThat(Files.readString(f)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
    assertThat(names()).containsExactly("shot.png");
  }

  @Test
  void closingWithoutCommitKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
    Path f = dir.resolve("table.json");
    Files.writeString(f, "old");
    try (OutputFile out = OutputFile.replace(f)) {
      out.write("half".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(f)).isEqualTo("old");
    assertThat(names()).containsExactly("table.json");
  }

  @Test
  void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
    Path f = dir.resolve("new.png");
    OutputFile.write(f, new byte[] {1, 2, 3});
    Path plain = dir.resolve("plain");
    Files.write(plain, new byte[0]); // what any tool creating a file gets under this umask
    assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws IOException {
    Files.createDirectories(dir.resolve("real"));
    Path target = dir.resolve("real/out.png");
    Files.writeString(target, "old");
    Path link = dir.resolve("link.png");
    Files.createSymbolicLink(link, Path.of("real/out.png")); // relative, as ln -s makes them
    Path chain = dir.resolve("chain.png");
    Files.createSymbolicLink(chain, link);

    OutputFile.write(chain, "new".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.isSymbolicLink(chain)).isTrue();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new");
    try (Stream<Path> s = Files.list(dir.resolve("real"))) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out.png");
    }
  }

  @Test
  void aDanglingLinkGetsItsTargetCreated() throws IOException {
    Path link = dir.resolve("link.jsonl");
    Files.createSymbolicLink(link, dir.resolve("later.jsonl"));
    OutputFile.write(link, "x".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("later.jsonl"))).isEqualTo("x");
  }

  @Test
  void aDeviceIsWrittenDirectlyAndNeverReplaced() throws Exception {
    Path full = DevFull.in(dir);
    assumeTrue(full != null, "no full device here");
    assertThatThrownBy(() -> OutputFile.write(full, new byte[] {1}))
        .isInstanceOf(IOException.class)
        .satisfies(e -> assertThat(IoErrors.describe((IOException) e)).isEqualTo("no space left on device"));
    assertThat(DevFull.isDevice(full)).isTrue();
    assertThat(names()).allMatch(n -> !n.endsWith(".tmp"));

    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull));
    OutputFile.write(devNull, new byte[] {1, 2});
    assertThat(DevFull.isDevice(devNull)).isTrue();
  }

  @Test
  void aDirectoryIsRefusedWithAReason() throws IOException {
    Path d = Files.createDirectories(dir.resolve("shots"));
    assertThatThrownBy(() -> OutputFile.replace(d))
        .isInstanceOf(FileSystemException.class)
        .satisfies(e -> assertThat(IoErrors.describe((IOException) e)).isEqualTo("is a directory"));
    assertThatThrownBy(() -> OutputFile.stream(d)).isInstanceOf(FileSystemException.class);
  }

  @Test
  void aStreamTruncatesARegularFileAndFollowsLinks() throws IOException {
    Path f = dir.resolve("events.jsonl");
    Files.writeString(f, "a much longer old content\n");
    Path link = dir.resolve("ev");
    Files.createSymbolicLink(link, f);
    try (OutputFile out = OutputFile.stream(link)) {
      out.write("{}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(f)).isEqualTo("{}\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  /** A file that takes {@code room} more bytes, then half of a write, then fails as a full disk does. */
  private static final class FillingChannel implements SeekableByteChannel {
    private final FileChannel file;
    private long room;

    FillingChannel(FileChannel file, long room) {
      this.file = file;
      this.room = room;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      if (room <= 0) {
        throw new IOException("No space left on device");
      }
      int n = (int) Math.min(room, src.remaining());
      ByteBuffer part = src.slice().limit(n);
      int w = file.write(part);
      src.position(src.position() + w);
      room -= w;
      return w;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return file.read(dst);
    }

    @Override
    public long position() throws IOException {
      return file.position();
    }

    @Override
    public SeekableByteChannel position(long p) throws IOException {
      file.position(p);
      return this;
    }

    @Override
    public long size() throws IOException {
      return file.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
      file.truncate(size);
      return this;
    }

    @Override
    public boolean isOpen() {
      return file.isOpen();
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  @Test
  void aWriteThatRunsOutOfSpaceLeavesOnlyWholeLines() throws IOException {
    Path f = dir.resolve("events.jsonl");
    FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    String line = "{\"type\":\"prediction\",\"digit\":7}\n"; // 32 bytes
    try (OutputFile out = new OutputFile(f, null, new FillingChannel(ch, 2 * line.length() + 10), true)) {
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.write(line.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> out.write(line.getBytes(StandardCharsets.UTF_8)))
          .hasMessageContaining("No space left");
      assertThat(out.size()).isEqualTo(2L * line.length());
    }
    assertThat(Files.readString(f)).isEqualTo(line + line);
  }
}
