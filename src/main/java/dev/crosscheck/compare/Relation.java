package dev.crosscheck.compare;

/** What two values stated about one topic amount to. */
enum Relation {
  /** Both can hold: equal, equivalent, or one a more precise form of the other. */
  SAME,
  /** They cannot both hold. */
  DIFFERENT,
  /** Not about the same thing after all (a different statement, an unrelated title): no judgement. */
  UNRELATED
}
