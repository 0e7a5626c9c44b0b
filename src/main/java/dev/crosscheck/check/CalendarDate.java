package dev.crosscheck.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar parts a TIMEX value names ({@code XXXX-07-06}: July 6 of an unknown year), so two dates
 * of one event can be told apart even when neither year is known. A claim typed without a year ("in
 * September") and a corpus date without one ("in early July") still cannot both hold of one trip.
 *
 * <p>A weekday is a part too: a claim typed on its own has no publication date to resolve "on Tuesday"
 * against ({@code XXXX-WXX-2}), yet a source that dates the event May 9, 2017 (a Tuesday), or that says
 * "Tuesday" itself, states it, and one that dates it to a Wednesday cannot be speaking of the same day.
 *
 * @param weekday ISO day of the week (1 Monday … 7 Sunday), as stated or as a full date implies it
 */
record CalendarDate(OptionalInt year, OptionalInt month, OptionalInt day, OptionalInt weekday) {

  /** A date, possibly with a time of day after it ({@code 2019-04-15TEV}, {@code 2019-04-16T03:30}). */
  private static final Pattern TIMEX_DATE =
      Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?(?:T.*)?$");
  private static final Pattern TIMEX_WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])(?:T.*)?$");

  /** A date with at least a year, a month or a weekday; weeks, seasons, durations and vague references are none. */
  static Optional<CalendarDate> parse(String timexValue) {
    Matcher weekday = TIMEX_WEEKDAY.matcher(timexValue);
    if (weekday.matches()) {
      return Optional.of(new CalendarDate(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
          OptionalInt.of(Integer.parseInt(weekday.group(1)))));
    }
    Matcher matcher = TIMEX_DATE.matcher(timexValue);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    OptionalInt year = number(matcher.group(1));
    OptionalInt month = number(matcher.group(2));
    OptionalInt day = number(matcher.group(3));
    if (year.isEmpty() && month.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CalendarDate(year, month, day, weekdayOf(year, month, day)));
  }

  /** True when no one day can be both: a known part differs (the year only when both are known). */
  boolean excludes(CalendarDate other) {
    return differs(year, other.year) || differs(month, other.month)
        || month.isPresent() && !differs(month, other.month) && differs(day, other.day)
        || differs(weekday, other.weekday);
  }

  /** True when the other date states every part this one states, with the same value. */
  boolean statedBy(CalendarDate other) {
    return covers(year, other.year) && covers(month, other.month) && covers(day, other.day)
        && covers(weekday, other.weekday);
  }

  private static OptionalInt weekdayOf(OptionalInt year, OptionalInt month, OptionalInt day) {
    if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(LocalDate.of(year.getAsInt(), month.getAsInt(), day.getAsInt()).getDayOfWeek().getValue());
    } catch (DateTimeException e) {
      return OptionalInt.empty(); // a mistyped day (February 30) names no weekday
    }
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
