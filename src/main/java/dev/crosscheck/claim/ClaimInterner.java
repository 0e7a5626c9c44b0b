package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import dev.crosscheck.time.TimeExpression;

/**
 * Shares the strings that a large corpus's claims repeat: one sentence carries several claims, wire copies
 * repeat whole sentences, and names, cues, titles and dates recur in every document. Claims of 100,000
 * documents fit in a small heap only when each distinct string is held once. One interner per run,
 * thread-safe, so documents can be compacted in parallel.
 */
public final class ClaimInterner {

  private final Interner<String> strings = Interners.newStrongInterner();
  /** Slots and attributions recur whole ({event=letter}; a spokesperson said): shared like strings. */
  private final Interner<ImmutableSortedMap<String, String>> slotMaps = Interners.newStrongInterner();
  private final Interner<Attribution> attributions = Interners.newStrongInterner();

  public Claim intern(Claim claim) {
    return new Claim(
        claim.id(),
        strings.intern(claim.documentId()),
        claim.sentence(),
        strings.intern(claim.sentenceText()),
        claim.start(),
        claim.end(),
        claim.type(),
        strings.intern(claim.subject()),
        strings.intern(claim.predicate()),
        strings.intern(claim.object()),
        claim.time().map(this::intern),
        claim.attribution().map(this::intern),
        intern(claim.slots()));
  }

  public TimeExpression intern(TimeExpression time) {
    return new TimeExpression(strings.intern(time.documentId()), time.start(), time.end(), strings.intern(time.text()),
        time.type(), strings.intern(time.value()), time.interval());
  }

  public ImmutableList<TimeExpression> internAll(ImmutableList<TimeExpression> times) {
    return times.stream().map(this::intern).collect(ImmutableList.toImmutableList());
  }

  private Attribution intern(Attribution attribution) {
    return attributions.intern(new Attribution(strings.intern(attribution.speaker()), strings.intern(attribution.cue()),
        attribution.polarity(), attribution.chain().stream().map(strings::intern)
            .collect(ImmutableList.toImmutableList())));
  }

  private ImmutableSortedMap<String, String> intern(ImmutableSortedMap<String, String> slots) {
    if (slots.isEmpty()) {
      return slots;
    }
    ImmutableSortedMap.Builder<String, String> interned = ImmutableSortedMap.naturalOrder();
    slots.forEach((key, value) -> interned.put(strings.intern(key), strings.intern(value)));
    return slotMaps.intern(interned.build());
  }
}
