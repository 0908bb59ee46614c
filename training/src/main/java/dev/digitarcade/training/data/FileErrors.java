package dev.digitarcade.training.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Words for a failed file operation, for one-line messages (Java's own name only the path). */
public final class FileErrors {
  private FileErrors() {}

  /** What went wrong, e.g. "permission denied: /x/y" or "No space left on device". */
  public static String reason(IOException e) {
    String what;
    if (e instanceof NoSuchFileException) {
      what = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      what = "something is already there";
    } else if (e instanceof DirectoryNotEmptyException) {
      what = "a directory that is not empty is in the way";
    } else if (e instanceof NotDirectoryException) {
      what = "not a directory";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      what = fs.getReason();
    } else {
      String m = e.getMessage();
      what = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      what += ": " + fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "");
    }
    int nl = what.indexOf('\n');
    return (nl < 0 ? what : what.substring(0, nl)).strip();
  }
}
