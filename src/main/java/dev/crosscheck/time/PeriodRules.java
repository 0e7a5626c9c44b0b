package dev.crosscheck.time;

import static dev.crosscheck.time.TriggerKind.ANY;
import static dev.crosscheck.time.TriggerKind.HOLIDAY;
import static dev.crosscheck.time.TriggerKind.SEASON;
import static dev.crosscheck.time.TriggerKind.UNIT;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** Quarters, halves, seasons and holidays: the third quarter, the first half, last fall, Thanksgiving. */
final class PeriodRules extends RuleFamily {

  PeriodRules(TimeLexicon lexicon) {
    super(lexicon);
  }

  @Override
  ImmutableList<TemporalRule> rules() {
    return ImmutableList.<TemporalRule>builder()
        .addAll(quarters())
        .addAll(seasonsAndHolidays())
        .build();
  }

  // ---- quarters and halves: the third quarter, third-quarter, the latest quarter, the first half ----

  private ImmutableList<TemporalRule> quarters() {
    return ImmutableList.of(
        // "next year's first quarter", "the last half of 1989" (the last of a named year is its second half)
        rule("ordinal-quarter", on(ANY), "\\b(?:(?<y1>{YEAR})(?:['’]s)?\\s+|(?<relYear>last|this|next)\\s+year['’]s\\s+)?"
                + "(?:the\\s+)?(?:fiscal\\s+)?(?<ord>{ORD}|last)[-\\s]+(?:fiscal\\s+)?(?<kind>quarter|half)\\b"
                + "(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>{YEAR}))?",
            (m, c) -> {
              boolean half = lower(m.group("kind")).equals("half");
              boolean last = lower(m.group("ord")).equals("last");
              if (last && m.group("y1") == null && m.group("y2") == null) {
                return Optional.empty();
              }
              int ordinal = last ? (half ? 2 : 4) : lexicon.ordinal(m.group("ord")).orElseThrow();
              if (ordinal > (half ? 2 : 4)) {
                return Optional.empty();
              }
              Optional<Integer> named = Optional.ofNullable(m.group("y1") != null ? m.group("y1") : m.group("y2"))
                  .map(Integer::parseInt);
              if (named.isEmpty() && m.group("relYear") != null && c.dct().isPresent()) {
                String relYear = lower(m.group("relYear"));
                named = Optional.of(c.dct().get().getYear() + (relYear.equals("next") ? 1 : relYear.equals("last") ? -1 : 0));
              }
              Optional<Integer> year = named
                  .or(() -> c.dct().map(dct -> quarterYear(dct, ordinal, half, c.tense())));
              if (year.isEmpty()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.DATE, (half ? "XXXX-H" : "XXXX-Q") + ordinal));
              }
              return Optional.of(half ? TimexCalendar.half(year.get(), ordinal)
                  : TimexCalendar.quarter(year.get(), ordinal));
            }),
        rule("latest-quarter", on(UNIT), "\\b(?:the\\s+)?(?<rel>latest|last|past|previous|recent|most\\s+recent|current"
                + "|year-earlier|year-ago|comparable|same|just-ended|just-completed)?\\s*(?:fiscal\\s+)?"
                + "(?<kind>quarter)\\b(?!s|ly|-)",
            (m, c) -> {
              String written = m.group(0).toLowerCase(Locale.ROOT).trim();
              if (!written.startsWith("the") && m.group("rel") == null) {
                return Optional.empty();
              }
              String rel = lower(m.group("rel"));
              if (c.dct().isEmpty()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.DATE, "XXXX-QX"));
              }
              LocalDate dct = c.dct().get();
              if ("current".equals(rel)) {
                return Optional.of(TimexCalendar.quarter(dct.getYear(), TimexCalendar.quarterOf(dct)));
              }
              LocalDate inLastQuarter = dct.minusMonths(3);
              int shift = rel != null && (rel.startsWith("year") || rel.equals("comparable")) ? 1 : 0;
              return Optional.of(TimexCalendar.quarter(inLastQuarter.getYear() - shift,
                  TimexCalendar.quarterOf(inLastQuarter)));
            }));
  }

  /** The year of a quarter named without one: the DCT's, unless a reported quarter would still lie ahead. */
  private static int quarterYear(LocalDate dct, int ordinal, boolean half, Tense tense) {
    int firstMonth = half ? 6 * ordinal - 5 : 3 * ordinal - 2;
    if (tense == Tense.PAST && firstMonth > dct.getMonthValue()) {
      return dct.getYear() - 1;
    }
    return dct.getYear();
  }
  // ---- seasons and holidays: last fall, this summer, spring 2018, Thanksgiving, Christmas ----

  private ImmutableList<TemporalRule> seasonsAndHolidays() {
    return ImmutableList.of(
        rule("season-year", on(SEASON), "\\b(?:(?<mod>early|late|mid)[- ]?\\s*)?(?<s>{SEASON})(?:\\s+of)?,?\\s+(?<y>{YEAR})\\b",
            (m, c) -> Optional.of(modified(TimexCalendar.season(parseInt(m, "y"),
                lexicon.season(m.group("s")).orElseThrow()), lower(m.group("mod"))))),
        rule("season", on(SEASON), "\\b(?:in|during|over|through|this|that|the|by)\\s+(?:(?<mod>early|late|mid)[- ]?\\s*)?"
                + "(?<s>{SEASON})\\b(?!\\s+of\\b)",
            (m, c) -> {
              String code = lexicon.season(m.group("s")).orElseThrow();
              if (c.dct().isEmpty()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.DATE, "XXXX-" + code));
              }
              LocalDate dct = c.dct().get();
              NormalisedTime thisYears = TimexCalendar.season(dct.getYear(), code);
              TimeInterval days = thisYears.interval().orElseThrow();
              NormalisedTime season = c.tense() == Tense.PAST && days.earliest().isAfter(dct)
                  ? TimexCalendar.season(dct.getYear() - 1, code)
                  : c.tense() == Tense.FUTURE && days.latest().isBefore(dct)
                      ? TimexCalendar.season(dct.getYear() + 1, code) : thisYears;
              return Optional.of(modified(season, lower(m.group("mod"))));
            }),
        rule("holiday", on(HOLIDAY), "(?:\\b(?<rel>last|this|next)\\s+)?\\b(?<h>{HOLIDAY})(?<week>\\s+week)?\\b"
                + "(?:,?\\s+(?<y>{YEAR})\\b)?",
            (m, c) -> holidayTime(m, c).map(day -> m.group("week") == null ? day
                : day.interval().map(days -> TimexCalendar.week(days.earliest()))
                    .orElse(NormalisedTime.unbounded(TimexType.DATE, "XXXX-WXX")))));
  }

  /** The day a holiday names: in the year written, else the one the tense of its clause points to. */
  private Optional<NormalisedTime> holidayTime(Matcher m, RuleContext c) {
    String dateRule = lexicon.holidayRule(m.group("h")).orElseThrow();
    String rel = lower(m.group("rel"));
    if (m.group("y") != null) {
      return Optional.of(TimexCalendar.day(holiday(dateRule, parseInt(m, "y"))));
    }
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE, dateRule.startsWith("E") ? "XXXX-XX-XX"
          : "XXXX-" + (dateRule.length() == 5 ? dateRule : dateRule.substring(0, 2) + "-XX")));
    }
    LocalDate dct = c.dct().get();
    LocalDate thisYears = holiday(dateRule, dct.getYear());
    // "Easter week began": a holiday's week has begun once its Monday has come
    LocalDate begins = m.group("week") == null ? thisYears : thisYears.with(DayOfWeek.MONDAY);
    boolean past = "last".equals(rel) || (rel == null && c.tense() == Tense.PAST);
    boolean future = "next".equals(rel) || (rel == null && c.tense() == Tense.FUTURE);
    LocalDate day = past && begins.isAfter(dct) ? holiday(dateRule, dct.getYear() - 1)
        : future && thisYears.isBefore(dct) ? holiday(dateRule, dct.getYear() + 1) : thisYears;
    return Optional.of(TimexCalendar.day(day));
  }

  private static LocalDate holiday(String dateRule, int year) {
    if (dateRule.startsWith("E")) {
      return TimexCalendar.easter(year).plusDays(Integer.parseInt(dateRule.substring(1)));
    }
    String[] parts = dateRule.split("-");
    int month = Integer.parseInt(parts[0]);
    if (parts.length == 2) {
      return LocalDate.of(year, month, Integer.parseInt(parts[1]));
    }
    int nth = parts[1].equals("L") ? 0 : Integer.parseInt(parts[1]);
    String[] weekdayAndShift = parts[2].split("\\+");
    int shift = weekdayAndShift.length > 1 ? Integer.parseInt(weekdayAndShift[1]) : 0;
    return TimexCalendar.nthWeekday(YearMonth.of(year, month), nth, DayOfWeek.of(Integer.parseInt(weekdayAndShift[0])))
        .plusDays(shift);
  }
}
