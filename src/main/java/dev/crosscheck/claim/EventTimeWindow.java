package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.LexiconFile;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimexType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which time of a sentence dates an event word: the nearest point in time after it, within a short window
 * (further inside a consequence clause: "crashed near the town, killing nine people on Sunday"), or before
 * it, further back. Never across another event word, into a relative clause, over a report's boundary, nor a
 * time the event is only placed against ("On March 25, before he disclosed the stake").
 */
final class EventTimeWindow {

  /** Words after the event word a time may lie. */
  private static final int AFTER_WINDOW = 10;
  /** Words before the event word a time may lie: a sentence often opens with its time ("On Monday, ..."). */
  private static final int BEFORE_WINDOW = 14;
  /** Participles that open a consequence clause, within {@link #AFTER_WINDOW} words of the event. */
  private static final ImmutableSet<String> CONSEQUENCE_PARTICIPLES = LexiconFile.lowerCaseSet(
      EventTimeWindow.class, "consequence-participles.txt");
  /** How far after the event word a time in its consequence clause may lie (a list of victims is long). */
  private static final int CONSEQUENCE_WINDOW = 30;
  /** Words that place one event against another's time. */
  private static final ImmutableSet<String> RELATION_WORDS =
      ImmutableSet.of("before", "after", "since", "until", "till");

  private EventTimeWindow() {}

  /**
   * The time that dates the event word at tokens {@code [from, to)}, if any.
   *
   * @param previousTrigger the end of the event word before this one in the sentence, 0 when none
   * @param nextTrigger the start of the event word after this one, the sentence's length when none
   * @param reserved times that date something else (a report's own time)
   * @param said the report the event is told in, if any
   */
  static Optional<TimeExpression> timeOf(AnalysedSentence s, int from, int to, int previousTrigger, int nextTrigger,
      Set<TimeExpression> reserved, Optional<AttributionFrame> said) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression time : s.times) {
      // A reported event takes its time from the report's words, not from the sentence around them
      // ("Trump told reporters Monday that Kim sent a letter": Monday is the telling).
      boolean outsideReport = said.isPresent()
          && (time.start() < said.get().contentStart() || time.end() > said.get().contentEnd());
      if (reserved.contains(time) || outsideReport || !isPointInTime(time)) {
        continue;
      }
      int first = s.tokenAtOrAfter(time.start());
      int distance;
      if (first >= to) {
        distance = first - to;
        boolean inConsequence = distance <= CONSEQUENCE_WINDOW && consequenceClauseBetween(s, to, first);
        if (distance > AFTER_WINDOW && !inConsequence || first >= nextTrigger || relativeClauseBetween(s, to, first)) {
          continue;
        }
      } else {
        int last = s.tokenAtOrAfter(time.end());
        distance = from - last;
        // "The day after he disclosed his stake, Twitter announced ...": the disclosure is what the time is
        // counted from, the announcement is what it dates
        boolean placesAnother = relatedThrough(s, time, last, from);
        boolean referenceBetween = placesAnother && previousTrigger > last && relationOpensAt(s, time, last);
        if (distance < 0 || distance > BEFORE_WINDOW || placesAnother && !referenceBetween
            || last <= previousTrigger && previousTrigger > 0 && !referenceBetween) {
          continue;
        }
        distance += 2;
      }
      if (distance < bestDistance) {
        best = time;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether a time before the event word dates something else the event is placed against: "On March 25,
   * before he disclosed the stake", "the day after he disclosed it" date the telling, not the disclosure.
   */
  private static boolean relatedThrough(AnalysedSentence s, TimeExpression time, int from, int to) {
    if (endsWithRelation(time)) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if (RELATION_WORDS.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the time opens a clause it is counted from: "The day after he disclosed ...", "On March 25, before
   * he disclosed ...". A relation word further on ("in July shared a letter ... after a summit") places a
   * later event against an earlier one, and the time is the earlier one's.
   */
  private static boolean relationOpensAt(AnalysedSentence s, TimeExpression time, int afterTime) {
    int next = afterTime < s.size() && s.token(afterTime).text().equals(",") ? afterTime + 1 : afterTime;
    return endsWithRelation(time) || next < s.size() && RELATION_WORDS.contains(s.token(next).lower());
  }

  /** "the day after", "the week before": an expression counted from the clause that follows it. */
  private static boolean endsWithRelation(TimeExpression time) {
    String written = time.text().toLowerCase(Locale.ROOT);
    return written.endsWith(" after") || written.endsWith(" before");
  }

  /**
   * Whether a consequence clause (", killing ...") opens near the event word and runs up to the time: what
   * the event brought about happened when it did ("crashed near Calabasas, killing nine people on January
   * 26"), so its time is the event's.
   */
  private static boolean consequenceClauseBetween(AnalysedSentence s, int from, int to) {
    for (int k = from; k < Math.min(to, from + AFTER_WINDOW); k++) {
      if (s.token(k).text().equals(",") && k + 1 < to && CONSEQUENCE_PARTICIPLES.contains(s.token(k + 1).lower())) {
        return !clauseOpensBetween(s, k + 2, to);
      }
    }
    return false;
  }

  /**
   * "killing 150 and prompting an inquiry that opened on Monday": a clause inside the consequence, or a second
   * consequence, has a time of its own.
   */
  private static boolean clauseOpensBetween(AnalysedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      boolean secondConsequence = s.isAny(k, "and") && k + 1 < to && s.token(k + 1).lower().endsWith("ing");
      if (s.isAny(k, "that", "where", "when", "while") || secondConsequence || s.token(k).text().equals(";")) {
        return true;
      }
    }
    return false;
  }

  /** "remains of troops who died ... six decades ago": a time inside a relative clause is that clause's. */
  private static boolean relativeClauseBetween(AnalysedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.isAny(k, "who", "which", "whose", "whom")) {
        return true;
      }
    }
    return false;
  }

  /** A date or time an event can happen at: not a duration ("a second" time), not "soon" or "the future". */
  private static boolean isPointInTime(TimeExpression time) {
    return (time.type() == TimexType.DATE || time.type() == TimexType.TIME)
        && !time.value().equals("FUTURE_REF") && !time.value().equals("PRESENT_REF");
  }
}
