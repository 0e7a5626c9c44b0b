package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.time.TimeExpression;
import java.util.Optional;

/**
 * One act of saying found in a sentence: who, with which cue, and the span of what was said.
 *
 * @param cueStart offset of the cue words ("confirmed", "according to")
 * @param contentStart offset of the reported content
 * @param contentEnd offset just past it
 * @param time when it was said, if the sentence says so right at the cue ("confirmed on Sunday")
 */
record AttributionFrame(
    Actor speaker,
    ClaimLexicons.Cue cue,
    ImmutableList<String> chain,
    int cueStart,
    int cueEnd,
    int contentStart,
    int contentEnd,
    Optional<TimeExpression> time) {

  Attribution attribution() {
    return new Attribution(speaker.name(), cue.lemma(), cue.polarity(), chain);
  }

  boolean contentContains(int offset) {
    return offset >= contentStart && offset < contentEnd;
  }

}
