package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.time.TimeExpression;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A claim before it gets its id: what an extractor found in one sentence. */
record ClaimDraft(
    ClaimType type,
    int start,
    int end,
    String subject,
    String predicate,
    String object,
    Optional<TimeExpression> time,
    Optional<Attribution> attribution,
    ImmutableSortedMap<String, String> slots) {

  static ClaimDraft of(ClaimType type, int start, int end, String subject, String predicate, String object,
      Optional<TimeExpression> time, Optional<Attribution> attribution, Map<String, String> slots) {
    Map<String, String> kept = new TreeMap<>();
    slots.forEach((key, value) -> {
      if (value != null && !value.isBlank()) {
        kept.put(key, value);
      }
    });
    return new ClaimDraft(type, start, end, subject, predicate, object, time, attribution,
        ImmutableSortedMap.copyOf(kept));
  }

  Claim toClaim(String id, AnalysedSentence sentence) {
    return new Claim(id, sentence.documentId, sentence.sentence.index(), sentence.text, start, end, type, subject,
        predicate, object, time, attribution, slots);
  }
}
