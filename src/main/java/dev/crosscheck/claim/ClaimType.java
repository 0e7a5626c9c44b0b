package dev.crosscheck.claim;

import java.util.Locale;

/** The kinds of checkable statement a source makes. */
public enum ClaimType {
  /** Somebody said, confirmed, denied, tweeted ... something. */
  ATTRIBUTION,
  /** Something happened: a letter, a meeting, a trip, a handover, as a frame with slots. */
  EVENT,
  /** A person holds a title ("Secretary of State Mike Pompeo"). */
  ROLE,
  /** A number of something ("55 caskets", "turned 73"). */
  QUANTITY,
  /** Words put in quotation marks and ascribed to a speaker. */
  QUOTE,
  /** A typed value with a unit: money, a per cent, a measure, a clock time, a duration (see {@link TypedValue}). */
  VALUE,
  /** What a sentence states, whatever its kind: aligned across sources by its words (see StatementExtractor). */
  STATEMENT;

  /** Made once: every claim written to report.json and claims/ asks for its type's name. */
  private final String jsonName = name().toLowerCase(Locale.ROOT);

  public String jsonName() {
    return jsonName;
  }
}
