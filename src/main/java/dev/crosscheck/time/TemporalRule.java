package dev.crosscheck.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition pattern and how to normalise what it matches. A normaliser may return empty to reject a
 * match that only looks temporal ("2000 troops").
 */
record TemporalRule(String name, Pattern pattern, Normaliser normaliser) {

  @FunctionalInterface
  interface Normaliser {
    Optional<NormalisedTime> normalise(Matcher match, RuleContext context);
  }
}
