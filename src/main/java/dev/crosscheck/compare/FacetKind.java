package dev.crosscheck.compare;

/** The kinds of value compared, with the words explanations use for their verdicts. */
enum FacetKind {
  DATE("date", "the dates overlap at the precision each source states, so they agree",
      "the dates cannot both hold for one event"),
  PLACE("place", "the same place (or one inside the other)", "different places for one event"),
  TITLE("title", "equivalent titles", "different offices at the same organisation"),
  NUMBER("number", "the same number", "different numbers for the same count"),
  AMOUNT("value", "the values can both hold (equal, or within each other's rounding and stated bounds)",
      "the values cannot both hold for this one fact"),
  STANCE("stance", "the same stance", "one source has the speaker affirm it, the other decline or deny it"),
  WORDING("wording", "the same words (one quote contains the other)", "the same quote worded differently"),
  DESCRIPTOR("description", "the same description", "different descriptions"),
  SEVERITY("severity", "the same severity of injury", "injuries called grave in one and slight in the other"),
  STATEMENT("statement", "they state the same thing in their own words", ""),
  OCCURRENCE("event", "both speak of this one event (same actors, places or times, nothing that tells them"
      + " apart)", "");

  private final String label;
  private final String agreement;
  private final String conflict;

  FacetKind(String label, String agreement, String conflict) {
    this.label = label;
    this.agreement = agreement;
    this.conflict = conflict;
  }

  String label() {
    return label;
  }

  String agreementReason() {
    return agreement;
  }

  String conflictReason() {
    return conflict;
  }
}
