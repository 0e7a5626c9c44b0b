package dev.crosscheck.corpus;

/** The corpus as a whole cannot be read (missing folder, no documents); the message says what to do. */
public final class CorpusException extends RuntimeException {

  public CorpusException(String message) {
    super(message);
  }
}
