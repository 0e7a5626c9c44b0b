package dev.crosscheck.time;

import static dev.crosscheck.time.TriggerKind.DIGIT;
import static dev.crosscheck.time.TriggerKind.UNIT;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Offsets from the DCT and amounts of time: 60 years ago, a year earlier, eight months, the past decade. */
final class DurationRules extends RuleFamily {

  /** An amount or a counted noun just before "a year", "a week": the unit is a rate's denominator. */
  private static final Pattern RATE = Pattern.compile("(?:\\d|\\b(?:million|billion|trillion|percent|dollars|cents"
      + "|pounds|euros|yen|times)|%|\\b[a-z]{2,}[^s\\W]s)\\s{1,3}$");

  /** The rate of "24 hours a day" and the like, matched at its end ("a day"). */
  private static final Pattern ROUND_THE_CLOCK_END = Pattern.compile("(?:" + ROUND_THE_CLOCK.pattern() + ")$");

  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "can", "should",
      "shall", "must");

  private static final Pattern QUARTER_TALK = Pattern.compile("(?i)\\bquarter|\\bquarterly");

  DurationRules(TimeLexicon lexicon) {
    super(lexicon);
  }

  @Override
  ImmutableList<TemporalRule> rules() {
    return ImmutableList.<TemporalRule>builder()
        .addAll(offsets())
        .addAll(durations())
        .build();
  }

  // ---- offsets from the DCT: 60 years ago, two months ago, a year earlier ----

  private ImmutableList<TemporalRule> offsets() {
    return ImmutableList.of(
        rule("offset", on(UNIT), "\\b(?:{APPROX}\\s+)?(?<n>{NUM})[-\\s]+(?<unit>{UNIT})\\s+(?<dir>ago|earlier|before|later"
                + "|from\\s+now|hence)\\b",
            this::offset),
        rule("year-earlier", on(UNIT), "\\b(?:the\\s+)?(?<w>year-earlier|year-ago|year-before|prior-year)\\b"
                + "(?:\\s+(?<kind>quarter|period|level|levels|results|figures))?",
            (m, c) -> "quarter".equalsIgnoreCase(m.group("kind")) ? yearEarlierQuarter(c) : yearEarlier(c)),
        rule("year-quarter", on(DIGIT), "\\bthe\\s+(?<y>{YEAR})\\s+(?<kind>quarter|period|fiscal\\s+year|year)\\b",
            (m, c) -> {
              int year = parseInt(m, "y");
              if (!lower(m.group("kind")).equals("quarter") || c.dct().isEmpty()) {
                return Optional.of(TimexCalendar.year(year));
              }
              return Optional.of(TimexCalendar.quarter(year, TimexCalendar.quarterOf(c.dct().get().minusMonths(3))));
            }));
  }

  private Optional<NormalisedTime> offset(Matcher m, RuleContext c) {
    Optional<Double> written = lexicon.number(m.group("n"));
    if (written.isEmpty()) {
      return Optional.empty();
    }
    double amount = written.get();
    String unit = lexicon.unit(m.group("unit")).orElseThrow();
    String dir = lower(m.group("dir"));
    if (OffsetAnchor.measuresAGap(dir.replaceAll("\\s+", " "), unit, c.textAfter(12))) {
      // the amount alone is found again by the duration rule: "two weeks" of "two weeks earlier than planned"
      return Optional.empty();
    }
    boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
    if (amount == TimeLexicon.VAGUE || amount != Math.rint(amount)) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE, back ? "PAST_REF" : "FUTURE_REF"));
    }
    long n = (long) amount * (back ? -1 : 1);
    if (unit.equals("Y") && n == -1 && c.dct().isPresent() && mentionsQuarters(m, c)) {
      return yearEarlier(c);
    }
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE, unknownValue(unit)));
    }
    LocalDate dct = c.dct().get();
    return Optional.ofNullable(switch (unit) {
      case "Y" -> TimexCalendar.year(dct.getYear() + (int) n);
      case "DE" -> TimexCalendar.year(dct.getYear() + 10 * (int) n);
      case "CE" -> TimexCalendar.century(dct.getYear() / 100 + (int) n);
      case "M" -> TimexCalendar.month(YearMonth.from(dct).plusMonths(n));
      case "Q" -> TimexCalendar.month(YearMonth.from(dct).plusMonths(3 * n));
      case "W", "WE" -> TimexCalendar.week(dct.plusWeeks(n));
      case "D" -> TimexCalendar.day(dct.plusDays(n));
      default -> TimexCalendar.day(dct);
    });
  }

  private static boolean mentionsQuarters(Matcher m, RuleContext c) {
    return QUARTER_TALK.matcher(c.textBefore(500)).find() || QUARTER_TALK.matcher(c.textAfter(150)).find();
  }

  /** "year-earlier" results compare with the same period a year before: the quarter, when quarters are talked of. */
  private Optional<NormalisedTime> yearEarlier(RuleContext c) {
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE, "XXXX"));
    }
    LocalDate dct = c.dct().get();
    if (!QUARTER_TALK.matcher(c.textBefore(500)).find() && !QUARTER_TALK.matcher(c.textAfter(150)).find()) {
      return Optional.of(TimexCalendar.year(dct.getYear() - 1));
    }
    return yearEarlierQuarter(c);
  }

  /** The quarter a year before the last completed one: results reported in October compare Q3 with Q3. */
  private Optional<NormalisedTime> yearEarlierQuarter(RuleContext c) {
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE, "XXXX-QX"));
    }
    LocalDate inLastQuarter = c.dct().get().minusMonths(3);
    return Optional.of(TimexCalendar.quarter(inLastQuarter.getYear() - 1, TimexCalendar.quarterOf(inLastQuarter)));
  }
  // ---- durations: eight months, the past eight months, a decade, 16-hour, several years ----

  private ImmutableList<TemporalRule> durations() {
    return ImmutableList.of(
        rule("duration", on(UNIT), "\\b(?:the\\s+)?(?:(?<rel>past|last|next|first|coming|previous|final|latest|following"
                + "|remaining|same)\\s+)?(?:(?:{APPROX}|up\\s+to|another|an\\s+additional)\\s+)?(?<halfOf>half\\s+)?(?<n>{NUM})"
                + "(?<half>\\s+and\\s+a\\s+half)?(?:\\s+(?:more|additional|extra|straight|consecutive|trading|business|working))?"
                + "[-\\s]+(?<unit>{UNIT})\\b(?<halfAfter>\\s+and\\s+a\\s+half\\b)?"
                + "(?![-\\s]+old\\b)",
            this::duration),
        rule("vague-duration", on(UNIT), "\\b(?:for|over|within|in|after|than|take|takes|took|last|lasted)\\s"
                + "(?<span>(?<unit>years|months|weeks|days|hours|minutes|decades))\\b(?![-\\s]+old\\b)",
            (m, c) -> Optional.of(durationOf(TimeLexicon.VAGUE, lexicon.unit(m.group("unit")).orElseThrow()))),
        // "over the years", "in the years that followed": an unstated number of them
        rule("the-years", on(UNIT), "\\b(?:over|in|during|through|throughout)\\s+(?<span>the\\s+(?<unit>years|months|weeks|decades))\\b"
                + "(?!\\s+(?:before|after|ahead|ago|to\\s+come|leading|preceding|following)\\b)",
            (m, c) -> Optional.of(durationOf(TimeLexicon.VAGUE, lexicon.unit(m.group("unit")).orElseThrow()))),
        rule("decades-long", on(UNIT), "\\b(?<unit>years|months|weeks|days|hours|decades)-long\\b",
            (m, c) -> Optional.of(durationOf(TimeLexicon.VAGUE, lexicon.unit(m.group("unit")).orElseThrow()))),
        // "a day-long meeting", "a year-long inquiry": one unit
        rule("unit-long", on(UNIT), "\\b(?<unit>year|month|week|day|hour|decade)-long\\b",
            (m, c) -> Optional.of(durationOf(1, lexicon.unit(m.group("unit")).orElseThrow()))));
  }

  private Optional<NormalisedTime> duration(Matcher m, RuleContext c) {
    if (isTitleWord(m.group("unit")) && !isTitleWord(m.group(0))) {
      // a capitalised unit after a number or a lower-case word is a name: the programme "60 Minutes"
      return Optional.empty();
    }
    if (nameParts.unitOpensName(m.group("unit"), c)) {
      return Optional.empty();
    }
    String unit = lexicon.unit(m.group("unit")).orElseThrow();
    Optional<Double> count = lexicon.number(m.group("n"));
    if (count.isEmpty()) {
      return Optional.empty();
    }
    double amount = count.get() == TimeLexicon.VAGUE ? TimeLexicon.VAGUE
        : m.group("halfOf") != null ? count.get() / 2
        : count.get() + (m.group("half") != null || m.group("halfAfter") != null ? 0.5 : 0);
    boolean yearAsCount = m.group("n").matches("\\d{4}");
    boolean ordinalSecond = unit.equals("S") && m.group("n").matches("(?i)an?");
    boolean fractionOfSomething = unit.equals("Q") && m.group(0).contains("-quarter");
    if (unit.equals("WE") || yearAsCount || ordinalSecond || fractionOfSomething) {
      return Optional.empty();
    }
    String written = m.group(0).toLowerCase(Locale.ROOT);
    String around = c.textBefore(30).toLowerCase(Locale.ROOT) + written;
    if (ROUND_THE_CLOCK.matcher(written + c.textAfter(12).toLowerCase(Locale.ROOT)).lookingAt()
        || ROUND_THE_CLOCK_END.matcher(around).find()) {
      // "24 hours a day", "seven days a week": always, not a length of time
      return Optional.empty();
    }
    if (written.matches("an? \\w+") && RATE.matcher(c.textBefore(30)).find()) {
      // "$500 million a year", "four flights a week": the period a rate is counted in, a set
      return Optional.of(durationOf(1, unit).withType(TimexType.SET));
    }
    if (written.equals("one day") && MODALS.contains(c.wordBefore())) {
      // "Islam will one day be ...": some day ahead, not a length of time
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE, "FUTURE_REF"));
    }
    boolean single = amount == 1 && !m.group("n").matches("\\d+|(?i)one");
    // "the past year" and "last year" name a calendar year; "a year" is a length of time
    if (single && m.group("rel") != null && written.startsWith("the") && !unit.equals("DE")
        && !unit.equals("CE") && c.dct().isPresent() && (unit.equals("Y") || unit.equals("M")
        || unit.equals("W"))) {
      LocalDate dct = c.dct().get();
      return Optional.of(switch (unit) {
        case "Y" -> TimexCalendar.year(dct.getYear() - 1);
        case "M" -> TimexCalendar.month(YearMonth.from(dct).minusMonths(1));
        default -> TimexCalendar.sevenDaysBefore(dct);
      });
    }
    return Optional.of(durationOf(amount, unit));
  }

}
