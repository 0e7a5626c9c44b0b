package dev.crosscheck.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes report files so that a reader (a browser tab, a script polling the folder, a second run) never
 * sees one half-written: the bytes go to a temporary file in the same folder, which is then renamed over
 * the target in one step.
 */
public final class AtomicFiles {

  private static final Set<PosixFilePermission> READABLE_BY_ALL = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /** What writes a file's content to a stream (which it must not close). */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Bytes already in memory (a claims file) go to the file in one write, through no stream buffer (and not
   * through {@code Files.write}, which hands them over 8 KB at a time).
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    replace(target, temporary -> {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        out.write(bytes);
      }
    });
  }

  /** Streams the content to the temporary file, so a large report is never held whole in memory. */
  public static void write(Path target, Content content) throws IOException {
    replace(target, temporary -> {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
        content.writeTo(out);
      }
    });
  }

  @FunctionalInterface
  private interface Filling {
    void fill(Path temporary) throws IOException;
  }

  private static void replace(Path target, Filling filling) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    // Checked first: for a folder that exists, createDirectories fails a mkdir and throws and catches an
    // exception, on every one of a large corpus's claims files.
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
    }
    // Same folder as the target: a rename is only atomic within one file system.
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    boolean moved = false;
    try {
      filling.fill(temporary);
      // createTempFile makes owner-only files; a report is meant to be read by others, like any file.
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, READABLE_BY_ALL);
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot replace " + target + " atomically: " + e.getMessage(), e);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
