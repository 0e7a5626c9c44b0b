package dev.crosscheck.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes report files so that a reader (a browser tab, a script polling the folder, a second run) never
 * sees one half-written: the bytes go to a temporary file in the same folder, which is then renamed over
 * the target in one step.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    // Same folder as the target: a rename is only atomic within one file system.
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    try {
      Files.write(temporary, bytes);
      // createTempFile makes owner-only files; a report is meant to be read by others, like any file.
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot replace " + target + " atomically: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
