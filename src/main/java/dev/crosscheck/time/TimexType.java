package dev.crosscheck.time;

/** The TimeML TIMEX3 types. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET
}
