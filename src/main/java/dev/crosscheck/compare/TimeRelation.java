package dev.crosscheck.compare;

/** How two datings of what may be one event relate. */
enum TimeRelation {
  /** Their intervals overlap: they can both hold. */
  COMPATIBLE,
  /** Both are precise and a day or so apart: one event dated two ways, a conflict. */
  CLOSE_BUT_DISJOINT,
  /** Far apart: two different events. */
  APART,
  /** At least one cannot be placed in time: nothing can be said. */
  UNKNOWN;

  /** The better of two readings, for a date whose year is unknown and could fall in either of two years. */
  TimeRelation or(TimeRelation other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
