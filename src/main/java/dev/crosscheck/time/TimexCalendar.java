package dev.crosscheck.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar arithmetic in TIMEX3 terms: the value and the days of a day, week, month, quarter, season, year,
 * decade, and the news conventions that place a year-less date or a bare weekday relative to the
 * publication date.
 */
final class TimexCalendar {

  private TimexCalendar() {}

  static NormalisedTime day(LocalDate day) {
    return NormalisedTime.date(day.toString(), TimeInterval.day(day));
  }

  static NormalisedTime month(YearMonth month) {
    return NormalisedTime.date(month.toString(),
        new TimeInterval(month.atDay(1), month.atEndOfMonth()));
  }

  static NormalisedTime year(int year) {
    return NormalisedTime.date(String.format(Locale.ROOT, "%04d", year),
        new TimeInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
  }

  /** The ISO week containing {@code anyDay}: "last week" in an article of 2018-08-02 is 2018-W30. */
  static NormalisedTime week(LocalDate anyDay) {
    LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
    return NormalisedTime.date(isoWeek(anyDay), new TimeInterval(monday, monday.plusDays(6)));
  }

  /**
   * "The past week", "for the last week": the seven days before the DCT, valued as the ISO week that holds
   * most of them (the one around the fourth day back).
   */
  static NormalisedTime sevenDaysBefore(LocalDate dct) {
    return week(dct.minusDays(4)).withInterval(new TimeInterval(dct.minusDays(7), dct.minusDays(1)));
  }

  static NormalisedTime weekend(LocalDate anyDayOfWeek) {
    LocalDate saturday = anyDayOfWeek.with(DayOfWeek.SATURDAY);
    return NormalisedTime.date(isoWeek(anyDayOfWeek) + "-WE", new TimeInterval(saturday, saturday.plusDays(1)));
  }

  private static String isoWeek(LocalDate day) {
    return String.format(Locale.ROOT, "%04d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static NormalisedTime quarter(int year, int quarter) {
    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
    return NormalisedTime.date(String.format(Locale.ROOT, "%04d-Q%d", year, quarter),
        new TimeInterval(first, first.plusMonths(3).minusDays(1)));
  }

  static NormalisedTime half(int year, int half) {
    LocalDate first = LocalDate.of(year, 6 * half - 5, 1);
    return NormalisedTime.date(String.format(Locale.ROOT, "%04d-H%d", year, half),
        new TimeInterval(first, first.plusMonths(6).minusDays(1)));
  }

  /** Meteorological seasons; winter YYYY-WI runs from December of YYYY into the next year. */
  static NormalisedTime season(int year, String code) {
    int firstMonth = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    LocalDate first = LocalDate.of(year, firstMonth, 1);
    return NormalisedTime.date(String.format(Locale.ROOT, "%04d-%s", year, code),
        new TimeInterval(first, first.plusMonths(3).minusDays(1)));
  }

  /**
   * A decade: "the 1980s" is 198X. TimeML writes both 198 and 198X; measured on the TimeML corpora, 198X
   * (AQUAINT's form) gained 4 values there and lost 5 on TimeBank, the larger net value F1.
   */
  static NormalisedTime decade(int firstYear) {
    int start = firstYear - Math.floorMod(firstYear, 10);
    return NormalisedTime.date(String.format(Locale.ROOT, "%03dX", start / 10),
        new TimeInterval(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31)));
  }

  static NormalisedTime century(int hundreds) {
    return NormalisedTime.date(String.format(Locale.ROOT, "%02d", hundreds),
        new TimeInterval(LocalDate.of(hundreds * 100, 1, 1), LocalDate.of(hundreds * 100 + 99, 12, 31)));
  }

  /** The quarter containing {@code day}, 1..4. */
  static int quarterOf(LocalDate day) {
    return (day.getMonthValue() + 2) / 3;
  }

  /** How far past the DCT a reported event may still fall in the DCT's year: tense is read, not known. */
  private static final int TENSE_SLACK_DAYS = 45;

  /**
   * The year of a month and day written without one. News dates its events around the publication date:
   * the DCT's year, unless that puts a reported (past) event well after the DCT or an announced (future)
   * one well before it ("on Dec. 28" in an article of 2019-01-03 is 2018-12-28). When the tense is unknown
   * the nearest such day wins.
   */
  static int yearOf(MonthDay monthDay, LocalDate dct, Tense tense) {
    LocalDate sameYear = monthDay.atYear(dct.getYear());
    long daysAfterDct = java.time.temporal.ChronoUnit.DAYS.between(dct, sameYear);
    // without a tense, news more often looks back than ahead
    int slackAhead = tense == Tense.UNKNOWN ? 90 : TENSE_SLACK_DAYS;
    int slackBack = tense == Tense.UNKNOWN ? 270 : TENSE_SLACK_DAYS;
    if (tense != Tense.FUTURE && daysAfterDct > slackAhead) {
      return dct.getYear() - 1;
    }
    if (tense != Tense.PAST && -daysAfterDct > slackBack) {
      return dct.getYear() + 1;
    }
    return dct.getYear();
  }

  /** The year of a month written without one, by the same convention as for a month and day. */
  static int yearOf(Month month, LocalDate dct, Tense tense) {
    int monthsAfterDct = month.getValue() - dct.getMonthValue();
    int slackAhead = tense == Tense.UNKNOWN ? 3 : 1;
    int slackBack = tense == Tense.UNKNOWN ? 9 : 1;
    if (tense != Tense.FUTURE && monthsAfterDct > slackAhead) {
      return dct.getYear() - 1;
    }
    if (tense != Tense.PAST && -monthsAfterDct > slackBack) {
      return dct.getYear() + 1;
    }
    return dct.getYear();
  }

  /**
   * The day a bare weekday names. News weekdays refer to the week around the publication date: in a
   * past-tense clause the most recent such day (the DCT itself included: "confirmed on Sunday" in a Sunday
   * article is that Sunday), in a future one the next (again the DCT included: "Trump's birthday is
   * Friday").
   */
  static LocalDate weekday(DayOfWeek dayOfWeek, LocalDate dct, Tense tense) {
    return tense == Tense.FUTURE
        ? dct.with(TemporalAdjusters.nextOrSame(dayOfWeek))
        : dct.with(TemporalAdjusters.previousOrSame(dayOfWeek));
  }

  /** Western Easter Sunday of a year (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** The nth (1-based; 0 for the last) {@code dayOfWeek} of a month, for holidays like Thanksgiving. */
  static LocalDate nthWeekday(YearMonth month, int nth, DayOfWeek dayOfWeek) {
    return nth == 0
        ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dayOfWeek))
        : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, dayOfWeek));
  }

  /**
   * Narrows an interval to its early, middle or late third: "early July 2018" is 2018-07-01..2018-07-10.
   * Months split at the 10th and the 20th, longer spans into thirds of their length.
   */
  static TimeInterval narrow(TimeInterval whole, String modifier) {
    LocalDate first = whole.earliest();
    LocalDate last = whole.latest();
    boolean isMonth = first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()));
    LocalDate earlyEnd;
    LocalDate midEnd;
    if (isMonth) {
      earlyEnd = first.withDayOfMonth(10);
      midEnd = first.withDayOfMonth(20);
    } else {
      long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
      if (days < 3) {
        return whole;
      }
      earlyEnd = first.plusDays(days / 3 - 1);
      midEnd = first.plusDays(2 * days / 3 - 1);
    }
    return switch (modifier) {
      case "early" -> new TimeInterval(first, earlyEnd);
      case "mid" -> new TimeInterval(earlyEnd.plusDays(1), midEnd);
      case "late" -> new TimeInterval(midEnd.plusDays(1), last);
      default -> whole;
    };
  }
}
