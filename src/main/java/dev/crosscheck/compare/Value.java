package dev.crosscheck.compare;

/** A value one claim states about a topic, comparable with the values other claims state about it. */
interface Value {

  /** Claims whose values have equal keys state the same value and form one side of a finding. */
  String key();

  /** The value as an explanation shows it, e.g. {@code 'on Sunday' (2018-09-09)}. */
  String describe();

  Relation relate(Value other);

  /** Something a reader should know when this value is compared with the other, or "" (e.g. caskets vs bodies). */
  default String noteAgainst(Value other) {
    return "";
  }
}
