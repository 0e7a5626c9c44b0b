package dev.crosscheck.compare;

/**
 * How many of something. Equal numbers agree even when the counted nouns differ ("55 caskets", "55
 * cases"), with the lexicon's note on what the nouns mean.
 */
record NumberValue(String number, String noun, String nounClass, String note) implements Value {

  @Override
  public String key() {
    return number;
  }

  @Override
  public String describe() {
    return number + " " + noun;
  }

  @Override
  public Relation relate(Value other) {
    if (!(other instanceof NumberValue that) || !nounClass.equals(that.nounClass)) {
      return Relation.UNRELATED;
    }
    return number.equals(that.number) ? Relation.SAME : Relation.DIFFERENT;
  }

  @Override
  public String noteAgainst(Value other) {
    if (other instanceof NumberValue that && !noun.equalsIgnoreCase(that.noun) && !note.isEmpty()) {
      return "'" + noun + "' vs '" + that.noun + "': " + note;
    }
    return "";
  }
}
