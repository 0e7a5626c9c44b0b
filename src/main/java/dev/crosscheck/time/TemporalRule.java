package dev.crosscheck.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition pattern and how to normalise what it matches. A normaliser may return empty to reject a
 * match that only looks temporal ("2000 troops").
 *
 * @param anaphoric whether the expression refers to a date mentioned before it ("that day", "the following
 *     year"); such rules run after the others, so they can read what was found earlier in the text
 */
record TemporalRule(String name, Pattern pattern, Normaliser normaliser, boolean anaphoric) {

  @FunctionalInterface
  interface Normaliser {
    Optional<NormalisedTime> normalise(Matcher match, RuleContext context);
  }
}
