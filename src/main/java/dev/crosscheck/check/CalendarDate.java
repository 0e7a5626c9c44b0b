package dev.crosscheck.check;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar parts a TIMEX value names ({@code XXXX-07-06}: July 6 of an unknown year), so two dates
 * of one event can be told apart even when neither year is known. A claim typed without a year ("in
 * September") and a corpus date without one ("in early July") still cannot both hold of one trip.
 */
record CalendarDate(OptionalInt year, OptionalInt month, OptionalInt day) {

  private static final Pattern TIMEX_DATE = Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?$");

  /** A date with at least a year or a month; weeks, seasons, durations and vague references are none. */
  static Optional<CalendarDate> parse(String timexValue) {
    Matcher matcher = TIMEX_DATE.matcher(timexValue);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    CalendarDate date = new CalendarDate(number(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)));
    return date.year().isEmpty() && date.month().isEmpty() ? Optional.empty() : Optional.of(date);
  }

  /** True when no one day can be both: a known part differs (the year only when both are known). */
  boolean excludes(CalendarDate other) {
    return differs(year, other.year) || differs(month, other.month)
        || month.isPresent() && !differs(month, other.month) && differs(day, other.day);
  }

  /** True when the other date states every part this one states, with the same value. */
  boolean statedBy(CalendarDate other) {
    return covers(year, other.year) && covers(month, other.month) && covers(day, other.day);
  }

  private static boolean differs(OptionalInt a, OptionalInt b) {
    return a.isPresent() && b.isPresent() && a.getAsInt() != b.getAsInt();
  }

  private static boolean covers(OptionalInt mine, OptionalInt theirs) {
    return mine.isEmpty() || theirs.isPresent() && theirs.getAsInt() == mine.getAsInt();
  }

  private static OptionalInt number(String digits) {
    return digits == null || digits.startsWith("X") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
  }
}
