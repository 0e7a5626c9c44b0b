package dev.crosscheck.time;

/** Where the clause around a time expression puts its event relative to the publication date. */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN
}
