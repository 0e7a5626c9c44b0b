package dev.crosscheck.compare;

/**
 * That an event took place, as a source's mention of it shows. Used when sources speak of one event but
 * state no comparable detail of it: their agreement is that it happened.
 */
record OccurrenceValue(String mention) implements Value {

  @Override
  public String key() {
    return "reported";
  }

  @Override
  public String describe() {
    return "'" + mention + "'";
  }

  @Override
  public Relation relate(Value other) {
    return other instanceof OccurrenceValue ? Relation.SAME : Relation.UNRELATED;
  }
}
