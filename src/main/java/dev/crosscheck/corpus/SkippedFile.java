package dev.crosscheck.corpus;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** A corpus file that was not used, and why, in words a user can act on. */
public record SkippedFile(Path path, String reason) {

  private static final int MAX_MESSAGE = 160;

  /**
   * A file whose analysis failed, which is a bug, not the user's doing: the error on one line, with the
   * place it was thrown, for a bug report; the run goes on without the file.
   */
  public static SkippedFile failed(Path path, Throwable failure) {
    String message = failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage());
    // the first frame of our own code says more than the library method it called
    Optional<StackTraceElement> frame = Arrays.stream(failure.getStackTrace())
        .filter(element -> element.getClassName().startsWith("dev.crosscheck."))
        .findFirst()
        .or(() -> Arrays.stream(failure.getStackTrace()).findFirst());
    String thrownAt = frame.map(element -> " at " + element.getClassName().replaceAll(".*\\.", "") + "."
        + element.getMethodName() + ":" + element.getLineNumber()).orElse("");
    return new SkippedFile(path, "analysis failed (" + failure.getClass().getSimpleName() + message + thrownAt
        + "); please report it with the file");
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse("");
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "…";
  }

  /** The one-line message printed on stderr: path first, then the reason. */
  public String message() {
    return path + ": " + reason;
  }
}
