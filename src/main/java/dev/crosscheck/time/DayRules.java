package dev.crosscheck.time;

import static dev.crosscheck.time.TriggerKind.DAY_WORD;
import static dev.crosscheck.time.TriggerKind.MONTH;
import static dev.crosscheck.time.TriggerKind.PART_OF_DAY;
import static dev.crosscheck.time.TriggerKind.SEASON;
import static dev.crosscheck.time.TriggerKind.UNIT;
import static dev.crosscheck.time.TriggerKind.WEEKDAY;
import static dev.crosscheck.time.TriggerKind.WEEKDAYS;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Weekdays, day words and calendar units relative to the DCT: on Sunday, yesterday, tonight, last week, this month. */
final class DayRules extends RuleFamily {

  private static final Pattern AROUND_THAT_DAY = Pattern.compile("(?i)\\bthe\\s+(?:previous|preceding|following)\\s+$");

  /** The noun after a genitive: "youth" in "today's youth". */
  private static final Pattern POSSESSED = Pattern.compile("['’]s\\s+([a-z]+)");

  private static final Pattern GENITIVE = Pattern.compile("['’]s\\b");

  DayRules(TimeLexicon lexicon) {
    super(lexicon);
  }

  @Override
  ImmutableList<TemporalRule> rules() {
    return ImmutableList.<TemporalRule>builder()
        .addAll(weekdaysAndDays())
        .addAll(relativeUnits())
        .build();
  }

  // ---- weekdays and day words: on Sunday, Thursday afternoon, last Friday, yesterday, tonight ----

  private ImmutableList<TemporalRule> weekdaysAndDays() {
    return ImmutableList.of(
        rule("weekday", on(WEEKDAY), "(?:\\b(?<rel>on|last|this|next|coming|early|late|past)\\s+)?\\b(?<wd>{WEEKDAY})\\b"
                + "(?:\\s+(?<pod>{POD})\\b)?",
            this::weekday),
        // "on Mondays", "Tuesday nights": every such day
        rule("weekday-set", on(WEEKDAY, WEEKDAYS), "\\b(?:on\\s+)?(?:(?<wds>{WEEKDAY})s|(?<wd>{WEEKDAY})\\s+(?<pods>mornings|afternoons|evenings"
                + "|nights))\\b",
            (m, c) -> {
              String written = m.group("wds") != null ? m.group("wds") : m.group("wd");
              if (written.endsWith(".")) {
                return Optional.empty();
              }
              int day = lexicon.weekday(written).orElseThrow();
              String part = m.group("pods") == null ? ""
                  : "T" + lexicon.partOfDay(m.group("pods").substring(0, m.group("pods").length() - 1)).orElseThrow();
              return Optional.of(NormalisedTime.unbounded(TimexType.SET, "XXXX-WXX-" + day + part));
            }),
        rule("day-next-to-weekday", on(WEEKDAY), "\\b(?:the\\s+)?day\\s+(?<dir>before|after)\\s+(?:(?<rel>last|this|next|coming|past)"
                + "\\s+)?(?<wd>{WEEKDAY})\\b",
            this::dayNextToWeekday),
        rule("day-word", on(DAY_WORD), "\\b(?:(?<mod>early|late)\\s+)?(?:(?:mid-?\\s*|late\\s+|early\\s+)?(?<podBefore>morning|afternoon"
                + "|evening)\\s+)?(?<w>yesterday|today|tomorrow|tonight)\\b(?:\\s+(?<pod>{POD})\\b)?",
            (m, c) -> {
              if (m.group("mod") == null && nameParts.dayWordInName(m.group("w"), c)) {
                return Optional.empty();
              }
              if (m.group("pod") == null && namesNoDay(lower(m.group("w")), c)) {
                return Optional.empty();
              }
              String word = lower(m.group("w"));
              int offset = switch (word) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
              };
              String partOfDay = m.group("pod") != null ? m.group("pod") : m.group("podBefore") != null
                  ? m.group("podBefore") : word.equals("tonight") ? "night" : null;
              return Optional.of(dayWithPart(c, dct -> dct.plusDays(offset), partOfDay));
            }),
        rule("part-of-day", on(PART_OF_DAY), "\\b(?<rel>this|last|tomorrow|yesterday)\\s+(?<pod>{POD})\\b",
            (m, c) -> {
              String rel = lower(m.group("rel"));
              String pod = lower(m.group("pod"));
              int offset = rel.equals("yesterday") || (rel.equals("last") && (pod.equals("night")
                  || pod.equals("evening"))) ? -1 : rel.equals("tomorrow") ? 1 : 0;
              if (rel.equals("last") && offset == 0) {
                return Optional.empty();
              }
              return Optional.of(dayWithPart(c, dct -> dct.plusDays(offset), pod));
            }));
  }

  private Optional<NormalisedTime> weekday(Matcher m, RuleContext c) {
    if (m.group("rel") == null && AROUND_THAT_DAY.matcher(c.textBefore(16)).find()) {
      // "the previous Friday" counts from the story's day, in the second pass
      return Optional.empty();
    }
    DayOfWeek dayOfWeek = DayOfWeek.of(lexicon.weekday(m.group("wd")).orElseThrow());
    Function<LocalDate, LocalDate> resolve = weekdayResolver(dayOfWeek, lower(m.group("rel")), c);
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE, "XXXX-WXX-" + dayOfWeek.getValue()));
    }
    // "Sunday evening" is 2019-06-23TEV, but "Sunday night" names the day (see parts-of-day.tsv)
    Optional<String> part = Optional.ofNullable(m.group("pod")).flatMap(lexicon::partOfDayAfterWeekday);
    NormalisedTime day = TimexCalendar.day(resolve.apply(c.dct().get()));
    return Optional.of(part.map(code -> day.withValue(day.value() + "T" + code).withType(TimexType.TIME))
        .orElse(day));
  }

  /** "The day before last Tuesday", "the day after Friday": a day next to a weekday. */
  private Optional<NormalisedTime> dayNextToWeekday(Matcher m, RuleContext c) {
    DayOfWeek dayOfWeek = DayOfWeek.of(lexicon.weekday(m.group("wd")).orElseThrow());
    int offset = lower(m.group("dir")).equals("before") ? -1 : 1;
    return Optional.of(c.dct().map(weekdayResolver(dayOfWeek, lower(m.group("rel")), c))
        .map(day -> TimexCalendar.day(day.plusDays(offset)))
        .orElse(NormalisedTime.unbounded(TimexType.DATE, "XXXX-XX-XX")));
  }

  /**
   * "Today's youth", "in today's world" and "the leaders of tomorrow" speak of the present or the future in
   * general, not of a day.
   */
  private boolean namesNoDay(String word, RuleContext c) {
    Matcher possessed = POSSESSED.matcher(c.textAfter(30));
    if (word.equals("today") && possessed.lookingAt()) {
      return lexicon.isPresentDayNoun(possessed.group(1));
    }
    return word.equals("tomorrow") && c.wordBefore().equals("of") && c.textBefore(6).matches("(?s).*[a-z]s? of\\s+$");
  }

  /** The day a weekday names, from the DCT: "last Friday", "next Monday", or by the tense of its clause. */
  private Function<LocalDate, LocalDate> weekdayResolver(DayOfWeek dayOfWeek, String rel, RuleContext c) {
    return dct -> {
      if ("last".equals(rel) || "past".equals(rel)) {
        return dct.minusDays(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(dayOfWeek));
      }
      if ("next".equals(rel) || "coming".equals(rel)) {
        return dct.plusDays(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(dayOfWeek));
      }
      // "Friday's purchases", "Tuesday's declaration": the genitive reports something that happened
      Tense tense = GENITIVE.matcher(c.textAfter(2)).lookingAt() ? Tense.PAST : c.tense();
      return TimexCalendar.weekday(dayOfWeek, dct, tense);
    };
  }

  // ---- relative calendar units: last week, this month, next year, earlier this month, late last year ----

  private ImmutableList<TemporalRule> relativeUnits() {
    return ImmutableList.of(
        rule("relative-unit", on(UNIT, SEASON), "\\b(?:(?<mod>earlier|later|early|late|mid)[- ]\\s*)?(?<rel>last|this|next|past"
                + "|previous|coming|current|the\\s+past|the\\s+last|the\\s+previous|the\\s+coming|the\\s+next"
                + "|the\\s+current|in\\s+the)\\s+(?<unit>week|month|year|quarter|weekend|decade|century|{SEASON})\\b"
                + "(?!\\s*['’]s\\s+\\w+\\s+quarter)",
            this::relativeUnit),
        rule("current-year", on(UNIT), "\\bthe\\s+(?:full|current|calendar|current\\s+fiscal|latest\\s+fiscal|fiscal)\\s+year\\b"
                + "(?!\\s+(?:earlier|ago|before|ended|ending))",
            (m, c) -> Optional.of(c.dct().map(dct -> TimexCalendar.year(
                    m.group(0).toLowerCase(Locale.ROOT).contains("latest") ? dct.getYear() - 1 : dct.getYear()))
                .orElse(NormalisedTime.unbounded(TimexType.DATE, "XXXX")))),
        rule("part-of-unit", on(UNIT), "\\b(?:(?:the\\s+)?(?<part>end|beginning|start|middle)\\s+of\\s+(?:the|this)\\s+"
                + "(?<unit>year|month)|(?<unit2>year)[-\\s](?<part2>end)\\b)",
            (m, c) -> {
              String unit = lower(m.group("unit") != null ? m.group("unit") : m.group("unit2"));
              String part = lower(m.group("part") != null ? m.group("part") : m.group("part2"));
              if (c.dct().isEmpty()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.DATE, unknownValue(unit)));
              }
              LocalDate dct = c.dct().get();
              NormalisedTime whole = unit.equals("month") ? TimexCalendar.month(YearMonth.from(dct))
                  : TimexCalendar.year(dct.getYear());
              if (m.group("unit2") != null) {
                return Optional.of(TimexCalendar.day(LocalDate.of(dct.getYear(), 12, 31)));
              }
              String third = part.equals("end") ? "late" : part.equals("middle") ? "mid" : "early";
              return Optional.of(modified(whole, third));
            }),
        rule("week-of", on(MONTH), "\\bthe\\s+week\\s+of\\s+(?<mon>{MONTHFORM})\\s*(?<d>\\d{1,2})(?!\\d)(?:,?\\s+(?<y>{YEAR}))?",
            (m, c) -> monthDay(m, c).map(day -> day.interval()
                .map(days -> TimexCalendar.week(days.earliest())).orElse(day))),
        rule("weekend", on(UNIT), "\\b(?:over\\s+)?the\\s+weekend\\b",
            (m, c) -> {
              if (c.dct().isEmpty()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.DATE, "XXXX-WXX-WE"));
              }
              LocalDate dct = c.dct().get();
              boolean isWeekend = dct.getDayOfWeek().getValue() >= 6;
              LocalDate inWeek = c.tense() == Tense.FUTURE || isWeekend ? dct : dct.minusWeeks(1);
              return Optional.of(TimexCalendar.weekend(inWeek));
            }));
  }

  private Optional<NormalisedTime> relativeUnit(Matcher m, RuleContext c) {
    if (nameParts.phraseIsTitle(m.group(0), c)) {
      // ABC's "This Week": a programme
      return Optional.empty();
    }
    // "the past week" is the seven days before the DCT; "last week" the calendar week before
    boolean theSevenDays = lower(m.group("rel")).startsWith("the");
    String rel = lower(m.group("rel")).replaceAll("^the\\s+", "");
    String unit = lower(m.group("unit"));
    String mod = lower(m.group("mod"));
    if (rel.startsWith("in")) {
      // "earlier in the year" is "earlier this year"; "in the week before the vote" is no week of its own
      if (mod == null || !(mod.equals("earlier") || mod.equals("later"))) {
        return Optional.empty();
      }
      rel = "this";
    }
    int step = switch (rel) {
      case "last", "past", "previous" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    if (unit.equals("decade") || unit.equals("century")) {
      if (step != 0) {
        return Optional.of(NormalisedTime.unbounded(TimexType.DURATION, unit.equals("decade") ? "P10Y" : "P100Y"));
      }
    }
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE, unknownValue(unit)));
    }
    LocalDate dct = c.dct().get();
    Optional<String> season = lexicon.season(unit);
    NormalisedTime resolved;
    if (season.isPresent()) {
      resolved = relativeSeason(season.get(), step, dct);
    } else {
      resolved = switch (unit) {
        case "week" -> step < 0 && theSevenDays ? TimexCalendar.sevenDaysBefore(dct) : TimexCalendar.week(dct.plusWeeks(step));
        case "weekend" -> TimexCalendar.weekend(dct.plusWeeks(step));
        case "month" -> TimexCalendar.month(YearMonth.from(dct).plusMonths(step));
        case "quarter" -> {
          LocalDate inQuarter = dct.plusMonths(3L * step);
          yield TimexCalendar.quarter(inQuarter.getYear(), TimexCalendar.quarterOf(inQuarter));
        }
        case "decade" -> TimexCalendar.decade(dct.getYear());
        case "century" -> TimexCalendar.century(dct.getYear() / 100);
        default -> TimexCalendar.year(dct.getYear() + step);
      };
    }
    if ("earlier".equals(mod) && step == 0) {
      TimeInterval whole = resolved.interval().orElseThrow();
      return Optional.of(resolved.withInterval(new TimeInterval(whole.earliest(),
          dct.isBefore(whole.latest()) && !dct.isBefore(whole.earliest()) ? dct : whole.latest())));
    }
    if ("later".equals(mod) && step == 0) {
      TimeInterval whole = resolved.interval().orElseThrow();
      return Optional.of(resolved.withInterval(new TimeInterval(
          dct.isAfter(whole.earliest()) && !dct.isAfter(whole.latest()) ? dct : whole.earliest(), whole.latest())));
    }
    return Optional.of(modified(resolved, mod));
  }

  /** "last fall" is the most recent fall that has ended, "next summer" the first that has not begun. */
  private static NormalisedTime relativeSeason(String code, int step, LocalDate dct) {
    NormalisedTime thisYears = TimexCalendar.season(dct.getYear(), code);
    TimeInterval days = thisYears.interval().orElseThrow();
    if (step < 0) {
      return days.latest().isBefore(dct) ? thisYears : TimexCalendar.season(dct.getYear() - 1, code);
    }
    if (step > 0) {
      return days.earliest().isAfter(dct) ? thisYears : TimexCalendar.season(dct.getYear() + 1, code);
    }
    return thisYears;
  }
}
