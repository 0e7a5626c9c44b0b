package dev.crosscheck.compare;

import java.util.Locale;

/** What the corpus says about one compared value. */
public enum Verdict {
  AGREEMENT,
  CONFLICT,
  SINGLE_SOURCE;

  /** "agreement", "conflict", "single-source" as in report.json. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
