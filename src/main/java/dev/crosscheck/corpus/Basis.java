package dev.crosscheck.corpus;

/** Where a piece of document metadata came from, so a reviewer knows how far to trust it. */
public enum Basis {
  /** Front matter, an HTML meta tag or an inline header written by the publisher. */
  METADATA,
  /** Read off the article text itself (a dateline, a wire credit). */
  TEXT,
  /** Bounded by reasoning over the text (e.g. dated events it reports), not stated. */
  INFERRED,
  /** Nothing in the file says. */
  UNKNOWN;

  /** The lower-case name used in report.json. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
