package dev.crosscheck.compare;

/** Where something happened; a place inside another ("Pyongyang", "North Korea") is the same place. */
record PlaceValue(Places places, String name) implements Value {

  @Override
  public String key() {
    return places.normalise(name);
  }

  @Override
  public String describe() {
    return name;
  }

  @Override
  public Relation relate(Value other) {
    if (!(other instanceof PlaceValue place)) {
      return Relation.UNRELATED;
    }
    return places.compatible(name, place.name) ? Relation.SAME : Relation.DIFFERENT;
  }
}
