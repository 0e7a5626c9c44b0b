package dev.crosscheck.corpus;

import java.nio.file.Path;

/** A corpus file that was not used, and why, in words a user can act on. */
public record SkippedFile(Path path, String reason) {

  /** The one-line message printed on stderr: path first, then the reason. */
  public String message() {
    return path + ": " + reason;
  }
}
