package dev.crosscheck.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition pattern and how to normalise what it matches. A normaliser may return empty to reject a
 * match that only looks temporal ("2000 troops").
 *
 * <p>A pattern may read context it does not cover (a lookbehind would be tried at every position of the
 * text, which is slow): the group named {@code span}, when present, is the expression itself.
 *
 * @param anaphoric whether the expression refers to a date mentioned before it ("that day", "the following
 *     year"); such rules run after the others, so they can read what was found earlier in the text
 */
record TemporalRule(String name, Pattern pattern, Normaliser normaliser, boolean anaphoric, boolean hasSpanGroup) {

  static TemporalRule of(String name, Pattern pattern, Normaliser normaliser, boolean anaphoric) {
    return new TemporalRule(name, pattern, normaliser, anaphoric, pattern.pattern().contains("(?<span>"));
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
