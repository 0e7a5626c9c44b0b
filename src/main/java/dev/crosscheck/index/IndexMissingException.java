package dev.crosscheck.index;

/** A search was asked of an index that has not been built; the message says how to build it. */
public final class IndexMissingException extends RuntimeException {

  public IndexMissingException(String message) {
    super(message);
  }
}
