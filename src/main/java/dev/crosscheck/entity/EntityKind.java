package dev.crosscheck.entity;

/** What a name refers to. */
public enum EntityKind {
  PERSON,
  ORGANISATION,
  PLACE
}
