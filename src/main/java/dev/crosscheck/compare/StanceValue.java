package dev.crosscheck.compare;

import dev.crosscheck.claim.Polarity;
import dev.crosscheck.time.TimeExpression;
import java.util.Optional;

/** Whether a speaker affirmed a content ("confirmed") or withheld or denied it ("declined to confirm"). */
record StanceValue(String cue, Polarity polarity, Optional<TimeExpression> time) implements Value {

  @Override
  public String key() {
    return polarity.name();
  }

  @Override
  public String describe() {
    return "'" + cue + "'" + time.map(t -> " " + t.text() + " (" + t.value() + ")").orElse("");
  }

  @Override
  public Relation relate(Value other) {
    if (!(other instanceof StanceValue that)) {
      return Relation.UNRELATED;
    }
    return polarity == that.polarity ? Relation.SAME : Relation.DIFFERENT;
  }

  @Override
  public String noteAgainst(Value other) {
    if (other instanceof StanceValue that && polarity != that.polarity && time.isPresent()
        && that.time.isPresent() && !time.get().value().equals(that.time.get().value())) {
      return "the two statements are dated differently (" + time.get().value() + " vs "
          + that.time.get().value() + "): the speaker may have changed position";
    }
    return "";
  }
}
