package dev.crosscheck.claim;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The occasions a sentence counts by its parts: "he talked to Comey once over dinner and twice by phone" tells
 * of three occasions, as another source's "on three separate occasions" does. Each part is "once", "twice",
 * "thrice" or "N times"; two parts or more joined by "and" within a few words make a count of occasions, the
 * sum, which the compare stage can set beside a count said whole.
 *
 * <p>"Twice as many", "three times the size" and "twice a week" are a ratio or a rate, not occasions; "once
 * again" and "once the fire was out" are no count.
 */
final class FrequencyTally {

  private static final ImmutableMap<String, Long> ADVERBS = ImmutableMap.of("once", 1L, "twice", 2L, "thrice", 3L);
  /** Words after a frequency that make it a ratio, a rate or no count at all. */
  private static final ImmutableSet<String> NOT_OCCASIONS = ImmutableSet.of("as", "the", "more", "less", "again",
      "a", "an", "per", "each", "every", "that", "it", "he", "she", "they", "we", "you", "i", "before");
  /** The most tokens between two parts of one tally ("once over dinner and twice"). */
  private static final int MAX_GAP = 6;
  /** Counts at most this large: "a thousand times" is a figure of speech. */
  private static final long MAX_PART = 20;

  private final NumberReader numbers;

  FrequencyTally(NumberReader numbers) {
    this.numbers = numbers;
  }

  /** A part of a tally: how many times, and its first and last token. */
  private record Part(long times, int first, int last) {}

  /** The count of occasions the sentence's first tally makes, if it has one. */
  Optional<ClaimDraft> count(AnalysedSentence s, IntFunction<Optional<Attribution>> attributionAt) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Optional<Part> part = partAt(s, i);
      if (part.isEmpty()) {
        continue;
      }
      if (!parts.isEmpty() && !joins(s, parts.get(parts.size() - 1).last(), part.get().first())) {
        if (parts.size() >= 2) {
          break;
        }
        parts.clear();
      }
      parts.add(part.get());
      i = part.get().last();
    }
    if (parts.size() < 2 || parts.stream().anyMatch(part -> part.times() > MAX_PART)) {
      return Optional.empty();
    }
    long total = parts.stream().mapToLong(Part::times).sum();
    Map<String, String> slots = new LinkedHashMap<>(
        new TypedValue(ValueKind.COUNT, "", total - 0.5, total + 0.5, "", "occasion").slots());
    slots.put("number", Long.toString(total));
    slots.put("modifiers", "");
    slots.put("tally", String.join(" and ", parts.stream().map(part -> Long.toString(part.times())).toList())
        + " times");
    slots.put("entities", s.entityNames());
    int start = s.token(parts.get(0).first()).start();
    int end = s.token(parts.get(parts.size() - 1).last()).end();
    return Optional.of(ClaimDraft.of(ClaimType.QUANTITY, start, end, "occasion", "count", Long.toString(total),
        Optional.empty(), attributionAt.apply(start), slots));
  }

  /** "once", "twice", or "three times" starting at token {@code i}, but ratios and rates. */
  private Optional<Part> partAt(AnalysedSentence s, int i) {
    String word = s.token(i).lower();
    Long times = ADVERBS.get(word);
    int last = i;
    if (times == null && i + 1 < s.size() && s.token(i + 1).is("times")) {
      times = numbers.read(word).orElse(null);
      last = i + 1;
    }
    if (times == null || last + 1 < s.size() && NOT_OCCASIONS.contains(s.token(last + 1).lower())) {
      return Optional.empty();
    }
    return Optional.of(new Part(times, i, last));
  }

  /** Whether "and" (or a comma) joins two parts a few words apart, within one clause. */
  private static boolean joins(AnalysedSentence s, int previousLast, int nextFirst) {
    if (nextFirst - previousLast - 1 > MAX_GAP) {
      return false;
    }
    boolean and = false;
    for (int k = previousLast + 1; k < nextFirst; k++) {
      if (s.isAny(k, ".", ";", ":", "but", "while", "although")) {
        return false;
      }
      and |= s.isAny(k, "and", ",");
    }
    return and;
  }
}
