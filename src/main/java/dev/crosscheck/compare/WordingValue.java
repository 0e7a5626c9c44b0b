package dev.crosscheck.compare;

import java.util.Optional;

/**
 * Words a source puts in quotation marks. One quote inside the other is the same wording (sources quote
 * more or less of a sentence), and so are quotes differing only in small words ("and are already" vs "and
 * already"); the same speaker's quote with mostly the same content words but not all is a quote worded
 * differently, worth a reader's look.
 */
record WordingValue(Wording wording, Optional<String> speaker, int minSharedContentWords,
    double minSimilarityForVariant) implements Value {

  @Override
  public String key() {
    return wording.words();
  }

  @Override
  public String describe() {
    return "\"" + wording.text() + "\"" + speaker.map(name -> " (" + name + ")").orElse("");
  }

  @Override
  public Relation relate(Value other) {
    if (!(other instanceof WordingValue that)) {
      return Relation.UNRELATED;
    }
    Wording shorter = wording.words().length() <= that.wording.words().length() ? wording : that.wording;
    Wording longer = shorter == wording ? that.wording : wording;
    if (shorter.contentWords().size() >= minSharedContentWords
        && (shorter.within(longer) || shorter.contentWords().equals(longer.contentWords()))) {
      return Relation.SAME;
    }
    boolean sameSpeaker = speaker.isPresent() && that.speaker.isPresent()
        && PersonNames.sameName(speaker.get(), that.speaker.get());
    return sameSpeaker && wording.similarity(that.wording) >= minSimilarityForVariant
        ? Relation.DIFFERENT : Relation.UNRELATED;
  }
}
