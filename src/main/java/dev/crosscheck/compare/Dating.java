package dev.crosscheck.compare;

import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimeInterval;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a claim places something: the days it may denote, or only a month and day when the year is unknown
 * ({@code XXXX-07-06}). Compared at the granularity each source stated, widened by the event's slack.
 *
 * @param interval the days, when the year is known
 * @param month the month of a date whose year is unknown, 0 when the year is known or nothing is known
 * @param day the day of such a date, 0 for a month alone
 * @param weekday the day of the week (1 Monday to 7 Sunday) of a weekday the time stage could not place in a
 *     week ({@code XXXX-WXX-7}: "on Sunday" in an article of unknown date), 0 otherwise
 */
record Dating(TimeExpression expression, Optional<TimeInterval> interval, int month, int day, int weekday) {

  private static final Pattern UNKNOWN_YEAR = Pattern.compile("XXXX-(\\d\\d)(?:-(\\d\\d))?.*");
  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d).*");
  private static final Pattern WEEKDAY_OF_UNKNOWN_WEEK = Pattern.compile("XXXX-WXX-([1-7])(?:T.*)?");
  /** Only datings this precise can be in conflict: "in June" and "on July 2" are not worth a dispute. */
  private static final int MAX_CONFLICTING_WIDTH_DAYS = 7;
  /** A day of unknown year against a span of decades says nothing worth the comparison. */
  private static final int MAX_YEARS_FOR_UNKNOWN_YEAR = 10;
  /** A leap year, so that a month and day of unknown year can always be built (February 29). */
  private static final int ANY_LEAP_YEAR = 2000;

  static Dating of(TimeExpression expression) {
    if (expression.interval().isPresent()) {
      return new Dating(expression, expression.interval(), 0, 0, 0);
    }
    String value = expression.value();
    Matcher unknownYear = UNKNOWN_YEAR.matcher(value);
    if (unknownYear.matches()) {
      int day = unknownYear.group(2) == null ? 0 : Integer.parseInt(unknownYear.group(2));
      return new Dating(expression, Optional.empty(), Integer.parseInt(unknownYear.group(1)), day, 0);
    }
    Matcher weekday = WEEKDAY_OF_UNKNOWN_WEEK.matcher(value);
    if (weekday.matches()) {
      return new Dating(expression, Optional.empty(), 0, 0, Integer.parseInt(weekday.group(1)));
    }
    return new Dating(expression, parseInterval(value), 0, 0, 0);
  }

  /** The value's days when the time stage left the interval out but the value names a calendar span. */
  private static Optional<TimeInterval> parseInterval(String value) {
    try {
      Matcher calendar = CALENDAR.matcher(value);
      if (calendar.matches()) {
        int year = Integer.parseInt(calendar.group(1));
        if (calendar.group(2) == null) {
          return Optional.of(new TimeInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(calendar.group(2)));
        if (calendar.group(3) == null) {
          return Optional.of(new TimeInterval(month.atDay(1), month.atEndOfMonth()));
        }
        return Optional.of(TimeInterval.day(month.atDay(Integer.parseInt(calendar.group(3)))));
      }
      Matcher week = WEEK.matcher(value);
      if (week.matches()) {
        LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
            .with(java.time.DayOfWeek.MONDAY);
        return Optional.of(new TimeInterval(monday, monday.plusDays(6)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      // a malformed value is a dating we cannot use, not an error of the corpus
    }
    return Optional.empty();
  }

  boolean isKnown() {
    return interval.isPresent() || month > 0 || weekday > 0;
  }

  /** The value as a reader checks it: the TIMEX3 value, or the interval when the value is vague. */
  String display() {
    return expression.value();
  }

  /**
   * How this dating relates to another of what may be the same event. A date of unknown year is compared
   * on month and day only, against each year the other dating spans.
   */
  TimeRelation relate(Dating other, int slackDays, int conflictWindowDays) {
    if (!isKnown() || !other.isKnown()) {
      return TimeRelation.UNKNOWN;
    }
    if (weekday > 0 || other.weekday > 0) {
      return relateWeekday(weekday > 0 ? this : other, weekday > 0 ? other : this, slackDays);
    }
    if (interval.isPresent() && other.interval.isPresent()) {
      return relate(interval.get(), other.interval.get(), slackDays, conflictWindowDays);
    }
    if (interval.isEmpty() && other.interval.isEmpty()) {
      return relate(inYear(ANY_LEAP_YEAR).get(), other.inYear(ANY_LEAP_YEAR).get(), slackDays,
          conflictWindowDays);
    }
    Dating partial = interval.isEmpty() ? this : other;
    TimeInterval known = interval.isEmpty() ? other.interval.get() : interval.get();
    if (known.latest().getYear() - known.earliest().getYear() > MAX_YEARS_FOR_UNKNOWN_YEAR) {
      return TimeRelation.UNKNOWN;
    }
    TimeRelation best = TimeRelation.UNKNOWN;
    for (int year = known.earliest().getYear(); year <= known.latest().getYear(); year++) {
      Optional<TimeInterval> candidate = partial.inYear(year);
      if (candidate.isPresent()) {
        TimeRelation relation = relate(candidate.get(), known, slackDays, conflictWindowDays);
        best = best == TimeRelation.UNKNOWN ? relation : best.or(relation);
      }
    }
    return best;
  }

  /**
   * A weekday of unknown week against another dating: it fits a day that falls on it ("on Sunday" and
   * "January 26, 2020", a Sunday) and the same weekday ("Tuesday", "Tuesday afternoon"). Anything else says
   * nothing: a week or a month holds every weekday ("last week" is no Tuesday), and another weekday may be of
   * another week, so neither a tie nor a conflict can rest on it.
   */
  private static TimeRelation relateWeekday(Dating weekdayOnly, Dating other, int slackDays) {
    if (other.weekday > 0) {
      return other.weekday == weekdayOnly.weekday ? TimeRelation.COMPATIBLE : TimeRelation.UNKNOWN;
    }
    if (other.interval.isEmpty() || width(other.interval.get()) > 1) {
      return TimeRelation.UNKNOWN;
    }
    LocalDate named = other.interval.get().earliest();
    for (LocalDate day = named.minusDays(slackDays); !day.isAfter(named.plusDays(slackDays)); day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() == weekdayOnly.weekday) {
        return TimeRelation.COMPATIBLE;
      }
    }
    return TimeRelation.UNKNOWN;
  }

  private Optional<TimeInterval> inYear(int year) {
    try {
      YearMonth yearMonth = YearMonth.of(year, month);
      return Optional.of(day == 0
          ? new TimeInterval(yearMonth.atDay(1), yearMonth.atEndOfMonth())
          : TimeInterval.day(yearMonth.atDay(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static TimeRelation relate(TimeInterval a, TimeInterval b, int slackDays, int conflictWindowDays) {
    TimeInterval widened = new TimeInterval(a.earliest().minusDays(slackDays), a.latest().plusDays(slackDays));
    if (widened.overlaps(b)) {
      return TimeRelation.COMPATIBLE;
    }
    long gapDays = widened.latest().isBefore(b.earliest())
        ? ChronoUnit.DAYS.between(widened.latest(), b.earliest())
        : ChronoUnit.DAYS.between(b.latest(), widened.earliest());
    boolean precise = width(a) <= MAX_CONFLICTING_WIDTH_DAYS && width(b) <= MAX_CONFLICTING_WIDTH_DAYS;
    return precise && gapDays <= conflictWindowDays ? TimeRelation.CLOSE_BUT_DISJOINT : TimeRelation.APART;
  }

  private static long width(TimeInterval interval) {
    return ChronoUnit.DAYS.between(interval.earliest(), interval.latest()) + 1;
  }
}
