package dev.crosscheck.claim;

import java.util.Locale;

/** What a typed value measures; values of different kinds are never compared. */
public enum ValueKind {
  /** How many of something ("nine people", "About 500 firefighters"). */
  COUNT,
  /** An amount of money in one currency ("$44 billion", "EUR100 million"). */
  MONEY,
  /** A share in per cent ("a 9.2 percent stake"). */
  PERCENT,
  /** A physical measure in a base unit: kilometres, kilograms, ... ("30 miles (48 kilometers)"). */
  MEASURE,
  /** A time of day in minutes after midnight, with its zone ("7:49 p.m.", "16:50 GMT"). */
  CLOCK,
  /** A length of time in seconds ("a 12-hour battle", "within five years"). */
  DURATION,
  /** A person's age in years ("Ara Zobayan, 50", "his 13-year-old daughter"). */
  AGE,
  /** The days a dated expression may denote, as epoch days ("on Sunday" in a Monday article, "April 15"). */
  DATE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ValueKind ofJsonName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
