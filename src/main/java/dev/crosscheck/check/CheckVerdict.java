package dev.crosscheck.check;

import java.util.Locale;

/** What the corpus says of a claim a user typed. */
public enum CheckVerdict {
  /** Some source states it, none states otherwise. */
  SUPPORTED,
  /** Some source states otherwise, none states it. */
  CONTRADICTED,
  /** Sources on both sides. */
  DISPUTED,
  /** No source speaks of it. */
  NO_EVIDENCE;

  /** As JSON and text show it: "supported", "no evidence". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static CheckVerdict of(boolean support, boolean contradict) {
    if (support && contradict) {
      return DISPUTED;
    }
    return support ? SUPPORTED : contradict ? CONTRADICTED : NO_EVIDENCE;
  }
}
