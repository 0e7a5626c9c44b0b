package dev.crosscheck.compare;

/** When something happened, compared by interval overlap with the event class's slack. */
record DateValue(Dating dating, int slackDays, int conflictWindowDays) implements Value {

  @Override
  public String key() {
    return dating.interval().map(interval -> interval.earliest() + ".." + interval.latest())
        .orElse(dating.expression().value());
  }

  @Override
  public String describe() {
    return "'" + dating.expression().text() + "' (" + dating.display() + ")";
  }

  @Override
  public Relation relate(Value other) {
    if (!(other instanceof DateValue date)) {
      return Relation.UNRELATED;
    }
    int slack = Math.max(slackDays, date.slackDays);
    int window = Math.min(conflictWindowDays, date.conflictWindowDays);
    return switch (dating.relate(date.dating, slack, window)) {
      case COMPATIBLE -> Relation.SAME;
      case CLOSE_BUT_DISJOINT -> Relation.DIFFERENT;
      case APART, UNKNOWN -> Relation.UNRELATED;
    };
  }
}
