package dev.crosscheck.compare;

/**
 * How badly a source says people were hurt, as a grade ("grave", "slight") and the words it used ("seriously
 * injured"). One grade agrees with itself; a grave injury and a slight one of the same people cannot both be.
 */
record SeverityValue(String grade, String written) implements Value {

  @Override
  public String key() {
    return grade;
  }

  @Override
  public String describe() {
    return "'" + written + "'";
  }

  @Override
  public Relation relate(Value other) {
    if (!(other instanceof SeverityValue that)) {
      return Relation.UNRELATED;
    }
    return grade.equals(that.grade) ? Relation.SAME : Relation.DIFFERENT;
  }
}
