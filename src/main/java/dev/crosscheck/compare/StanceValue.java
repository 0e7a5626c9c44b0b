package dev.crosscheck.compare;

import dev.crosscheck.claim.Polarity;
import dev.crosscheck.time.TimeExpression;
import java.util.Optional;

/**
 * Whether a speaker affirmed a content ("confirmed") or withheld or denied it ("declined to confirm"). Opposite
 * stances conflict only when their cues contradict each other ({@link StanceOpposites}).
 */
record StanceValue(String cue, Polarity polarity, Optional<TimeExpression> time, StanceOpposites opposites)
    implements Value {

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
    if (polarity == that.polarity) {
      return Relation.SAME;
    }
    return opposites.contradict(cue, that.cue) ? Relation.DIFFERENT : Relation.UNRELATED;
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
