package dev.digitarcade.game.predict;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How {@code predict} reaches the file system: listing directories and opening images. Tests
 * inject failures root cannot make for real (root reads a mode-000 file or directory).
 */
interface FileAccess {

  DirectoryStream<Path> list(Path dir) throws IOException;

  SeekableByteChannel open(Path file) throws IOException;

  FileAccess REAL = new FileAccess() {
    @Override
    public DirectoryStream<Path> list(Path dir) throws IOException {
      return Files.newDirectoryStream(dir);
    }

    @Override
    public SeekableByteChannel open(Path file) throws IOException {
      return Files.newByteChannel(file);
    }
  };
}
