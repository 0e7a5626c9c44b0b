package dev.crosscheck.corpus;

import java.nio.file.Path;

/** A corpus file that cannot be used as a document; the message names the file and the problem. */
public final class BadDocumentException extends Exception {

  private final Path path;
  private final String reason;

  public BadDocumentException(Path path, String reason) {
    super(path + ": " + reason);
    this.path = path;
    this.reason = reason;
  }

  public Path path() {
    return path;
  }

  public String reason() {
    return reason;
  }

  public SkippedFile toSkippedFile() {
    return new SkippedFile(path, reason);
  }
}
