package dev.crosscheck.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition pattern and how to normalise what it matches. A normaliser may return empty to reject a
 * match that only looks temporal ("2000 troops").
 *
 * <p>A pattern may read context it does not cover (a lookbehind would be tried at every position of the
 * text, which is slow): the group named {@code span}, when present, is the expression itself.
 *
 * @param triggers the kinds of trigger word of which every match contains one, at most 40 characters after
 *     the match's start ({@link TriggerWindows}): the rule is tried only near them
 * @param anaphoric whether the expression refers to a date mentioned before it ("that day", "the following
 *     year"); such rules run after the others, so they can read what was found earlier in the text
 */
record TemporalRule(String name, ImmutableSet<TriggerKind> triggers, Pattern pattern, Normaliser normaliser,
    boolean anaphoric, boolean hasSpanGroup) {

  static TemporalRule of(String name, Set<TriggerKind> triggers, Pattern pattern, Normaliser normaliser,
      boolean anaphoric) {
    checkArgument(!triggers.isEmpty(), "rule %s rests on no trigger", name);
    return new TemporalRule(name, ImmutableSet.copyOf(triggers), pattern, normaliser, anaphoric,
        pattern.pattern().contains("(?<span>"));
  }

  int spanStart(Matcher match) {
    return hasSpanGroup ? match.start("span") : match.start();
  }

  int spanEnd(Matcher match) {
    return hasSpanGroup ? match.end("span") : match.end();
  }

  @FunctionalInterface
  interface Normaliser {
    Optional<NormalisedTime> normalise(Matcher match, RuleContext context);
  }
}
