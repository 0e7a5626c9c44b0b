package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.time.TimeExpression;
import java.util.Optional;

/**
 * One checkable statement, traced to its exact sentence.
 *
 * <p>Event frames keep their slots in {@code slots}, with these keys so the compare stage can read them:
 * {@code event} (the event noun's class: letter, meeting, trip, handover, ...), {@code sender},
 * {@code recipient}, {@code participants} (canonical names joined by "; "), {@code traveller},
 * {@code place}, {@code ordinal} (first, second), {@code instance} ("new", "another": a different
 * instance), {@code timeRole} (dated, sent, received, revealed, happened), {@code descriptor},
 * {@code number}, {@code noun} (counted noun, lemma), {@code title}, {@code organisation}.
 *
 * @param id unique in the corpus and stable across runs: {@code <documentId>/c<n>}
 * @param sentence the sentence number in its document
 * @param sentenceText the sentence exactly as it stands in the document text
 * @param start offset of the claim's span in the document text
 * @param end offset just past the claim's span
 * @param subject canonical name of whom or what the claim is about
 * @param predicate lemma of what is said of it ("confirm", "write", "hold title", "summit")
 * @param object the value claimed: a title, a quoted phrase, a number, an event label
 */
public record Claim(
    String id,
    String documentId,
    int sentence,
    String sentenceText,
    int start,
    int end,
    ClaimType type,
    String subject,
    String predicate,
    String object,
    Optional<TimeExpression> time,
    Optional<Attribution> attribution,
    ImmutableSortedMap<String, String> slots) {

  public Optional<String> slot(String key) {
    return Optional.ofNullable(slots.get(key));
  }

  /** The claim's sentence as a key, "document#sentence": the claims of one sentence share it. */
  public String sentenceKey() {
    return documentId + "#" + sentence;
  }
}
