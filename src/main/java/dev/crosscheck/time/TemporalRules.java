package dev.crosscheck.time;

import static dev.crosscheck.time.TriggerKind.ANY;
import static dev.crosscheck.time.TriggerKind.DAY_WORD;
import static dev.crosscheck.time.TriggerKind.DIGIT;
import static dev.crosscheck.time.TriggerKind.HOLIDAY;
import static dev.crosscheck.time.TriggerKind.MONTH;
import static dev.crosscheck.time.TriggerKind.NOON;
import static dev.crosscheck.time.TriggerKind.PART_OF_DAY;
import static dev.crosscheck.time.TriggerKind.SEASON;
import static dev.crosscheck.time.TriggerKind.SET;
import static dev.crosscheck.time.TriggerKind.SPELLED_DECADE;
import static dev.crosscheck.time.TriggerKind.UNIT;
import static dev.crosscheck.time.TriggerKind.VAGUE;
import static dev.crosscheck.time.TriggerKind.WEEKDAY;
import static dev.crosscheck.time.TriggerKind.WEEKDAYS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recognition rules, one family of expressions each, written over the lexicon's word lists. Every
 * pattern is compiled once, when the tagger is built. Overlaps between rules are settled by the tagger
 * (longest match wins), so a rule may match a part of a longer expression another rule covers.
 */
final class TemporalRules {

  /** A year in words, for transcripts: "nineteen ninety-four", "two thousand and three", "twenty nineteen". */
  private static final String SPELLED_YEAR = "(?:(?:nineteen|twenty)\\s+(?:hundred(?:\\s+and)?\\s+)?(?:ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
      + "|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|nineteen\\s+hundred|two\\s+thousand"
      + "(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
      + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)";
  private static final String YEAR = "(?:1[0-9]|20)\\d{2}(?![\\d,.]\\d)";
  /** Words before a year-like number that make it a year even outside 1900..2099 ("in 1898"). */
  private static final Set<String> YEAR_CUES = Set.of("in", "since", "of", "by", "from", "until", "till",
      "through", "year", "fiscal", "during", "before", "after", "early", "late", "mid", "around", "circa",
      "the", "and", "to", "between", "spring", "summer", "autumn", "fall", "winter", "end", "pre", "post");
  /** Words before an ambiguous month name ("May", "March") that make it a month. */
  private static final Set<String> MONTH_CUES = Set.of("in", "since", "of", "by", "from", "until", "till",
      "through", "during", "before", "after", "early", "late", "mid", "between", "and", "to", "last", "next",
      "this", "throughout", "around", "or", "each", "every", "that");
  /** A word after a bare number that counts things, so the number is not a year ("2000 troops"). */
  private static final Pattern COUNTED_NOUN = Pattern.compile("^\\s+[a-z]+s\\b(?<!\\bwas|\\bis|\\bhas|\\bas|\\bthis"
      + "|\\bits|\\bhis|\\bus|\\bthus|\\bdoes|\\bwhereas|\\bitself|\\byears)");
  /** Words that make an amount of time approximate: "just under a month", "more than four decades". */
  private static final String APPROXIMATELY = "(?:(?:just|only|well|a\\s+little|a\\s+bit|slightly)\\s+)?"
      + "(?:about|almost|nearly|more\\s+than|less\\s+than|fewer\\s+than|no\\s+more\\s+than|over|under"
      + "|some|roughly|around|approximately|close\\s+to|at\\s+least|at\\s+most|just|only)";
  /** An amount or a counted noun just before "a year", "a week": the unit is a rate's denominator. */
  private static final Pattern RATE = Pattern.compile("(?:\\d|\\b(?:million|billion|trillion|percent|dollars|cents"
      + "|pounds|euros|yen|times)|%|\\b[a-z]{2,}[^s\\W]s)\\s{1,3}$");
  private static final Pattern ROUND_THE_CLOCK = Pattern.compile("(?:24|twenty-four)\\s+hours\\s+a\\s+day|(?:7|seven)"
      + "\\s+days\\s+a\\s+week|(?:365|three\\s+hundred\\s+sixty-five)\\s+days\\s+a\\s+year|(?:12|twelve)\\s+months\\s+a\\s+year");
  /** The rate of "24 hours a day" and the like, matched at its end ("a day"). */
  private static final Pattern ROUND_THE_CLOCK_END = Pattern.compile("(?:" + ROUND_THE_CLOCK.pattern() + ")$");
  private static final Pattern AROUND_THAT_DAY = Pattern.compile("(?i)\\bthe\\s+(?:previous|preceding|following)\\s+$");
  /** A time right after "most recently", "as recently as": "last October", "as 1995", "in May". */
  private static final Pattern DATED_AFTER = Pattern.compile("\\s+(?:as\\s+)?(?:last|this|in|on|since|\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "can", "should",
      "shall", "must");
  private static final Pattern GENITIVE_BEFORE = Pattern.compile("\\w['’]s\\s$");
  /** "pre-1990", "post-1959": a year whatever follows it. */
  private static final Pattern PRE_OR_POST = Pattern.compile("(?i)\\b(?:pre|post|mid)-$");
  /** A date just before, set off by a comma: "Nov. 3, the day before ...". */
  private static final Pattern APPOSITION = Pattern.compile("\\d,\\s$");
  private static final Pattern GERUND = Pattern.compile("\\s+[a-z]+ing\\b");
  /** "the same day as the visit": the day is named after the phrase, by what follows "as". */
  private static final Pattern SAME_AS = Pattern.compile("\\s+as\\b");
  /** The noun after a genitive: "youth" in "today's youth". */
  private static final Pattern POSSESSED = Pattern.compile("['’]s\\s+([a-z]+)");
  private static final Pattern GENITIVE = Pattern.compile("['’]s\\b");
  private static final Pattern QUARTER_TALK = Pattern.compile("(?i)\\bquarter|\\bquarterly");

  private final TimeLexicon lexicon;
  private final NameParts nameParts;

  private TemporalRules(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.nameParts = new NameParts(lexicon, YEAR_CUES);
  }

  static ImmutableList<TemporalRule> build(TimeLexicon lexicon) {
    return new TemporalRules(lexicon).all();
  }

  private ImmutableList<TemporalRule> all() {
    return ImmutableList.<TemporalRule>builder()
        .addAll(absoluteDates())
        .addAll(monthsAndYears())
        .addAll(weekdaysAndDays())
        .addAll(relativeUnits())
        .addAll(offsets())
        .addAll(durations())
        .addAll(quarters())
        .addAll(seasonsAndHolidays())
        .addAll(clockTimes())
        .addAll(setsAndVague())
        .addAll(anaphora())
        .build();
  }

  private String expand(String template) {
    return template
        .replace("{MONTH}", lexicon.monthNamesRegex())
        .replace("{MONTHFORM}", lexicon.monthFormsRegex())
        .replace("{WEEKDAY}", lexicon.weekdayRegex())
        .replace("{NUM}", lexicon.numberRegex())
        .replace("{UNIT}", lexicon.unitRegex())
        .replace("{ORD}", lexicon.ordinalRegex())
        .replace("{SEASON}", lexicon.seasonRegex())
        .replace("{POD}", lexicon.partOfDayRegex())
        .replace("{VAGUE}", lexicon.vagueRegex())
        .replace("{SETWORD}", lexicon.setRegex())
        .replace("{HOLIDAY}", lexicon.holidayRegex())
        .replace("{APPROX}", APPROXIMATELY)
        .replace("{ZONE}", lexicon.timeZoneRegex())
        .replace("{YEAR}", YEAR);
  }

  /**
   * A rule whose every match contains a trigger of one of {@code triggers} (a month name, a digit, ...), at
   * most 40 characters after its start: it is tried only there (see {@link TriggerWindows}).
   */
  private TemporalRule rule(String name, Set<TriggerKind> triggers, String template,
      TemporalRule.Normaliser normaliser) {
    return TemporalRule.of(name, triggers, Pattern.compile(expand(template), Pattern.CASE_INSENSITIVE), normaliser,
        false);
  }

  private TemporalRule anaphoricRule(String name, Set<TriggerKind> triggers, String template,
      TemporalRule.Normaliser normaliser) {
    return TemporalRule.of(name, triggers, Pattern.compile(expand(template), Pattern.CASE_INSENSITIVE), normaliser,
        true);
  }

  private static Set<TriggerKind> on(TriggerKind first, TriggerKind... rest) {
    return java.util.EnumSet.of(first, rest);
  }

  // ---- absolute dates: 2019-06-23, 6/23/2019, July 6, July 6, 2018, 6 July 2018, Monday, Oct. 26 ----

  private ImmutableList<TemporalRule> absoluteDates() {
    return ImmutableList.of(
        rule("iso-date", on(DIGIT), "\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b",
            (m, c) -> day(parseInt(m, "y"), parseInt(m, "m"), parseInt(m, "d"))),
        rule("numeric-date", on(DIGIT), "(?<![\\d/])(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\d/])",
            // month first, as American news writes it, unless only day first makes a date: 21/03/2022
            (m, c) -> day(fullYear(parseInt(m, "y")), parseInt(m, "m"), parseInt(m, "d"))
                .or(() -> day(fullYear(parseInt(m, "y")), parseInt(m, "d"), parseInt(m, "m")))),
        rule("month-day", on(MONTH), "(?:\\bon\\s+)?(?:\\b{WEEKDAY},?\\s+)?\\b(?<mon>{MONTHFORM})\\s*(?<d>\\d{1,2})"
                + "(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,?\\s+(?<y>{YEAR})|\\s+(?<relYear>this|next|last)\\s+year)?\\b",
            (m, c) -> monthDay(m, c)),
        rule("day-month", on(MONTH), "\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>{MONTHFORM})(?!\\w)"
                + "(?:,?\\s+(?<y>{YEAR}))?",
            (m, c) -> monthDay(m, c)),
        // the second day of "on April 24 and 25": a date of its own, in the first one's month
        rule("second-day-of-month", on(MONTH), "\\b(?<mon>{MONTHFORM})\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or)\\s+"
                + "(?<span>(?<d>\\d{1,2})(?!\\d)(?:st|nd|rd|th)?)(?![\\d:.,%]\\d|\\s*(?:%|percent|[a-z]))"
                + "(?:,?\\s+(?<y>{YEAR}))?",
            (m, c) -> monthDay(m, c)),
        // the last day of "June 14-16", "June 14 to 16"
        rule("last-day-of-month-span", on(MONTH), "\\b(?<mon>{MONTHFORM})\\s*\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:to|through)\\s+|\\s*[-–]\\s*)"
                + "(?<span>(?<d>\\d{1,2})(?!\\d)(?:st|nd|rd|th)?)(?![\\d:.,]\\d|\\s*(?:%|percent))"
                + "(?:,?\\s+(?<y>{YEAR}))?",
            (m, c) -> monthDay(m, c)),
        // the first day of "between 14 and 16 June", "14-16 June": a date of its own, in the second one's month
        rule("first-day-of-month", on(MONTH), "\\b(?<span>(?<d>\\d{1,2})(?:st|nd|rd|th)?)(?:\\s+(?:and|or|to|through)\\s+|\\s*[-–]\\s*)"
                + "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>{MONTHFORM})(?!\\w)(?:,?\\s+(?<y>{YEAR}))?",
            (m, c) -> monthDay(m, c)));
  }

  private Optional<NormalisedTime> monthDay(Matcher m, RuleContext c) {
    int month = lexicon.month(m.group("mon")).orElseThrow();
    int dayOfMonth = parseInt(m, "d");
    if (dayOfMonth < 1 || dayOfMonth > Month.of(month).maxLength()) {
      return Optional.empty();
    }
    if (m.group("y") != null) {
      return day(parseInt(m, "y"), month, dayOfMonth);
    }
    String relYear = m.pattern().pattern().contains("(?<relYear>") ? lower(m.group("relYear")) : null;
    if (relYear != null && c.dct().isPresent()) {
      // "on Jan. 1 next year"
      return day(c.dct().get().getYear() + (relYear.equals("next") ? 1 : relYear.equals("last") ? -1 : 0), month,
          dayOfMonth);
    }
    MonthDay monthDay = MonthDay.of(month, dayOfMonth);
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE,
          String.format(Locale.ROOT, "XXXX-%02d-%02d", month, dayOfMonth)));
    }
    LocalDate dct = c.dct().get();
    int year = TimexCalendar.yearOf(monthDay, dct, c.tense());
    if (!monthDay.isValidYear(year)) {
      return Optional.empty();
    }
    return Optional.of(TimexCalendar.day(monthDay.atYear(year)));
  }

  // ---- months and years: June 2019, early July 2018, in May, last March, 2018, fiscal 1989, 1950-53 ----

  private ImmutableList<TemporalRule> monthsAndYears() {
    return ImmutableList.of(
        rule("month-year", on(MONTH), "(?:\\bin\\s+)?(?:\\b(?<mod>early|mid|late)[- ]?\\s*)?\\b(?<mon>{MONTHFORM})"
                + "(?:\\s+of)?,?\\s+(?<y>{YEAR})\\b",
            (m, c) -> {
              YearMonth month = YearMonth.of(parseInt(m, "y"), lexicon.month(m.group("mon")).orElseThrow());
              return Optional.of(modified(TimexCalendar.month(month), m.group("mod")));
            }),
        // the second month of "from December to February" or "in January and March" follows the first
        rule("month-range-last", on(MONTH), "\\b(?<first>{MONTH})\\s*(?:to|through|until|till|and|or|-|–)\\s*"
                + "(?<span>(?<mon>{MONTH}))\\b(?![-\\s]*\\d)",
            this::monthRangeEnd),
        rule("month", on(MONTH), "(?:\\b(?<rel>earlier|later|early|late|mid|last|this|next|coming|past)[- ]\\s*"
                + "(?:in\\s+)?|\\bin\\s+(?:(?<mod>early|late|mid)[- ]?\\s*)?)?\\b(?<mon>{MONTH})\\b(?![-\\s]*\\d)"
                + "(?:,?\\s+(?<year>this|next|last)\\s+year\\b)?",
            this::bareMonth),
        // a span of years, "1998-2001" or "1990-91", is two dates as "from 1998 to 2001" is: each end keeps its
        // own year as value, where one value for both could only be the decade or century around them (199X,
        // XXXX); the days of each are the whole span
        rule("year-range-first", on(DIGIT), "\\b(?<span>(?<y1>{YEAR}))\\s*[-–]\\s*(?<y2>\\d{2}|{YEAR})\\b(?![-–]\\d)",
            (m, c) -> yearRangeEnd(m, false)),
        rule("year-range-last", on(DIGIT), "\\b(?<y1>{YEAR})\\s*[-–]\\s*(?<span>(?<y2>\\d{2}|{YEAR}))\\b(?![-–]\\d)",
            (m, c) -> yearRangeEnd(m, true)),
        rule("year", on(DIGIT), "(?:\\b(?<mod>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of"
                + "|the\\s+middle\\s+of|end)[- ]?\\s*)?(?:\\b(?<fiscal>fiscal)(?:\\s+year)?\\s+)?(?<![$£€#]|\\d,)"
                + "\\b(?<y>{YEAR})\\b(?!\\s*%|\\s*percent|-year|-\\d|['’]s\\b)",
            this::year),
        rule("spelled-year", on(TriggerKind.SPELLED_YEAR), "\\b(?:the\\s+year\\s+)?(?:(?<century>nineteen)\\s+(?:hundred\\s+(?:and\\s+)?)?"
                + "(?<rest>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
                + "|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight"
                + "|nine)\\b)?)|two\\s+thousand(?:\\s+(?:and\\s+)?(?<after>one|two|three|four|five|six|seven|eight|nine"
                + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)\\b",
            (m, c) -> {
              if (lexicon.unit(c.writtenWordAfter()).isPresent() || COUNTED_NOUN.matcher(c.textAfter(20)).find()) {
                // "two thousand years", "nineteen ninety delegates": a count
                return Optional.empty();
              }
              String rest = m.group("century") != null ? m.group("rest") : m.group("after");
              int within = rest == null ? 0 : lexicon.number(rest.replaceAll("\\s+", "-")).orElse(-1.0).intValue();
              if (within < 0) {
                return Optional.empty();
              }
              return Optional.of(TimexCalendar.year((m.group("century") != null ? 1900 : 2000) + within));
            }),
        // "January nineteen ninety-seven", "the winter of nineteen ninety-four", as transcripts write them
        rule("month-spelled-year", on(MONTH), "(?:\\bin\\s+)?\\b(?<mon>{MONTHFORM})(?:\\s+of)?,?\\s+(?<sy>" + SPELLED_YEAR + ")\\b",
            (m, c) -> spelledYear(m.group("sy")).map(year ->
                TimexCalendar.month(YearMonth.of(year, lexicon.month(m.group("mon")).orElseThrow())))),
        rule("season-spelled-year", on(SEASON), "\\b(?:the\\s+)?(?<s>{SEASON})(?:\\s+of)?,?\\s+(?<sy>" + SPELLED_YEAR + ")\\b",
            (m, c) -> spelledYear(m.group("sy")).map(year ->
                TimexCalendar.season(year, lexicon.season(m.group("s")).orElseThrow()))),
        rule("decade", on(DIGIT), "\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[- ]?\\s*)?(?:(?<cent>1[0-9]|20)(?<dec>\\d)0['’]?s"
                + "|['’](?<short>\\d)0s)\\b",
            (m, c) -> {
              int start = m.group("cent") != null
                  ? parseInt(m, "cent") * 100 + parseInt(m, "dec") * 10
                  : (parseInt(m, "short") <= 2 ? 2000 : 1900) + parseInt(m, "short") * 10;
              return Optional.of(modified(TimexCalendar.decade(start), m.group("mod")));
            }),
        // "the nineties": the most recent such decade that has begun by the DCT
        rule("spelled-decade", on(SPELLED_DECADE), "\\bthe\\s+(?:(?<mod>early|mid|late)[- ]?\\s*)?(?<tens>twenties|thirties|forties|fifties"
                + "|sixties|seventies|eighties|nineties)\\b",
            (m, c) -> {
              int tens = lexicon.number(lower(m.group("tens")).replaceAll("ies$", "y")).orElseThrow().intValue();
              int dctYear = c.dct().map(LocalDate::getYear).orElse(1999);
              int start = dctYear - Math.floorMod(dctYear, 100) + tens;
              return Optional.of(modified(TimexCalendar.decade(start > dctYear ? start - 100 : start), m.group("mod")));
            }),
        rule("ordinal-century", on(DIGIT), "\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[- ]?\\s*)?(?<n>\\d{1,2})(?:st|nd|rd|th)[-\\s]+"
                + "century\\b",
            (m, c) -> {
              int ordinal = parseInt(m, "n");
              return ordinal < 1 || ordinal > 21 ? Optional.empty()
                  : Optional.of(modified(TimexCalendar.century(ordinal - 1), m.group("mod")));
            }));
  }

  /** A year in words: "nineteen ninety-four", "nineteen hundred", "two thousand and three", "twenty nineteen". */
  private Optional<Integer> spelledYear(String written) {
    String words = lower(written).replaceAll("\\s+", " ").trim();
    if (words.startsWith("two thousand")) {
      String rest = words.substring("two thousand".length()).replaceFirst("^ (and )?", "");
      return rest.isEmpty() ? Optional.of(2000) : lexicon.number(rest).map(n -> 2000 + n.intValue());
    }
    int century = words.startsWith("nineteen") ? 1900 : 2000;
    String rest = words.substring(words.indexOf(' ') + 1).replaceFirst("^hundred( and)?\\s*", "");
    if (rest.isEmpty()) {
      return Optional.of(century);
    }
    return lexicon.number(rest).filter(n -> n >= 10 && n < 100).map(n -> century + n.intValue());
  }

  /**
   * One end of a span of years; the last end may be written with two digits ("1990-91" ends in 1991). Its value
   * is its own year, but its days are the whole span: "the 1950-53 war" is dated by all four years, and a
   * claim that carries either end compares by them.
   */
  private static Optional<NormalisedTime> yearRangeEnd(Matcher m, boolean lastEnd) {
    int first = parseInt(m, "y1");
    String second = m.group("y2");
    int last = second.length() == 2 ? first - first % 100 + Integer.parseInt(second) : Integer.parseInt(second);
    if (last <= first) {
      return Optional.empty();
    }
    return Optional.of(TimexCalendar.year(lastEnd ? last : first)
        .withInterval(new TimeInterval(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31))));
  }

  private Optional<NormalisedTime> bareMonth(Matcher m, RuleContext c) {
    String written = m.group("mon");
    String rel = lower(m.group("rel"));
    boolean cued = rel != null || m.group(0).toLowerCase(Locale.ROOT).startsWith("in")
        || MONTH_CUES.contains(c.wordBefore());
    if (lexicon.isAmbiguousMonth(written) && !cued) {
      return Optional.empty();
    }
    Month month = Month.of(lexicon.month(written).orElseThrow());
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE,
          String.format(Locale.ROOT, "XXXX-%02d", month.getValue())));
    }
    LocalDate dct = c.dct().get();
    int dctMonth = dct.getMonthValue();
    int year;
    if (rel == null || rel.equals("earlier") || rel.equals("later") || rel.equals("early") || rel.equals("late")
        || rel.equals("mid")) {
      year = TimexCalendar.yearOf(month, dct, c.tense());
    } else if (rel.equals("last") || rel.equals("past")) {
      year = month.getValue() < dctMonth ? dct.getYear() : dct.getYear() - 1;
    } else if (rel.equals("next") || rel.equals("coming")) {
      year = month.getValue() > dctMonth ? dct.getYear() : dct.getYear() + 1;
    } else {
      year = dct.getYear();
    }
    if (m.group("year") != null) {
      // "April next year", "in February this year": the year is named relative to the DCT's
      year = dct.getYear() + switch (lower(m.group("year"))) {
        case "next" -> 1;
        case "last" -> -1;
        default -> 0;
      };
    }
    String modifier = m.group("mod") != null ? m.group("mod") : rel;
    return Optional.of(modified(TimexCalendar.month(YearMonth.of(year, month)), modifier));
  }

  /** The last month of a range or a list, in the year that puts it at or after the first. */
  private Optional<NormalisedTime> monthRangeEnd(Matcher m, RuleContext c) {
    Month first = Month.of(lexicon.month(m.group("first")).orElseThrow());
    Month last = Month.of(lexicon.month(m.group("mon")).orElseThrow());
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.DATE,
          String.format(Locale.ROOT, "XXXX-%02d", last.getValue())));
    }
    int firstYear = TimexCalendar.yearOf(first, c.dct().get(), c.tense());
    return Optional.of(TimexCalendar.month(YearMonth.of(last.compareTo(first) < 0 ? firstYear + 1 : firstYear, last)));
  }

  private Optional<NormalisedTime> year(Matcher m, RuleContext c) {
    int year = parseInt(m, "y");
    // "the firm's 2021 results": after a genitive a number is the year of what follows, not a count of it
    boolean cued = m.group("mod") != null || m.group("fiscal") != null || YEAR_CUES.contains(c.wordBefore())
        || PRE_OR_POST.matcher(c.textBefore(6)).find() || GENITIVE_BEFORE.matcher(c.textBefore(4)).find();
    if (!cued && (year < 1900 || COUNTED_NOUN.matcher(c.textAfter(20)).find())) {
      return Optional.empty();
    }
    if (m.group("mod") == null && m.group("fiscal") == null && nameParts.yearContinuesName(c)) {
      return Optional.empty();
    }
    return Optional.of(modified(TimexCalendar.year(year), lower(m.group("mod"))));
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

  /**
   * "Now, he says, ...": opening a sentence and set off by a comma, "now" turns the argument, not the time.
   * "Most recently last October", "as recently as 1995": "recently" ranks events; the time after it dates them.
   */
  private static boolean isNoTimeOfItsOwn(String written, RuleContext c) {
    if (written.equalsIgnoreCase("recently")) {
      String before = c.wordBefore();
      return (before.equals("most") || before.equals("more") || before.equals("as"))
          && DATED_AFTER.matcher(c.textAfter(12)).lookingAt();
    }
    return written.equalsIgnoreCase("now") && c.startsSentence() && c.textAfter(1).equals(",");
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

  /** A day relative to the DCT, with a part of the day appended when one is named: 2019-06-23TNI. */
  private NormalisedTime dayWithPart(RuleContext c, Function<LocalDate, LocalDate> fromDct, String partOfDay) {
    Optional<String> code = partOfDay == null ? Optional.empty() : lexicon.partOfDay(partOfDay);
    if (c.dct().isEmpty()) {
      return NormalisedTime.unbounded(code.isPresent() ? TimexType.TIME : TimexType.DATE,
          "XXXX-XX-XX" + code.map(part -> "T" + part).orElse(""));
    }
    NormalisedTime day = TimexCalendar.day(fromDct.apply(c.dct().get()));
    return code.map(part -> day.withValue(day.value() + "T" + part).withType(TimexType.TIME)).orElse(day);
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

  /** The next smaller unit a fraction of a unit is written in, and how many of it make one: 5.5 hours = PT5H30M. */
  private static final ImmutableMap<String, Map.Entry<String, Integer>> SMALLER_UNIT = ImmutableMap.of(
      "Y", Map.entry("M", 12), "D", Map.entry("H", 24), "H", Map.entry("MIN", 60), "MIN", Map.entry("S", 60));

  /** A TIMEX3 duration value: P8M, PT16H, P10Y for a decade, PXY for "several years", PT5H30M for 5 1/2 hours. */
  private static NormalisedTime durationOf(double amount, String unit) {
    Map.Entry<String, Integer> smaller = SMALLER_UNIT.get(unit);
    double whole = Math.floor(amount);
    if (amount != TimeLexicon.VAGUE && amount != whole && smaller != null
        && (amount - whole) * smaller.getValue() == Math.rint((amount - whole) * smaller.getValue())) {
      String larger = durationOf(whole, unit).value();
      String rest = durationOf((amount - whole) * smaller.getValue(), smaller.getKey()).value();
      // P2Y + P6M = P2Y6M, PT5H + PT30M = PT5H30M, P1D + PT12H = P1DT12H; "half an hour" alone is PT30M
      String joined = whole == 0 ? rest : larger + rest.substring(larger.contains("T") ? 2 : 1);
      return NormalisedTime.unbounded(TimexType.DURATION, joined);
    }
    String count;
    if (amount == TimeLexicon.VAGUE) {
      count = "X";
    } else {
      double scaled = amount * (unit.equals("DE") ? 10 : unit.equals("CE") ? 100 : 1);
      count = scaled == Math.rint(scaled) ? Long.toString((long) scaled) : Double.toString(scaled);
    }
    String value = switch (unit) {
      case "H" -> "PT" + count + "H";
      case "MIN" -> "PT" + count + "M";
      case "S" -> "PT" + count + "S";
      case "DE", "CE" -> "P" + count + "Y";
      default -> "P" + count + unit;
    };
    return NormalisedTime.unbounded(TimexType.DURATION, value);
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

  // ---- clock times: 6:08 PM, 10:35 a.m., 4 a.m. EDT Thursday, noon (anaphoric: they run after the dates
  // and fall on the last day named before them) ----

  /**
   * A clock time: with a.m. or p.m. (and maybe a zone), 24-hour with a zone ("10:30 BST", "1430 GMT"), or
   * hours and minutes after a word that introduces a time ("at 10:30", "until 14:00"), which keeps verse
   * numbers and ratios out.
   */
  private static final String CLOCK = "\\b(?:(?<h>\\d{1,2})(?:(?:[:.](?<min>\\d{2}))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am\\b"
      + "|pm\\b)(?:\\s+{ZONE}\\b)?|(?:[:.](?<zonedMin>\\d{2}))?\\s*(?<zone>{ZONE})\\b|:(?<bareMin>\\d{2})(?![\\d:]))"
      + "|(?<hhmm>(?:[01]\\d|2[0-3])[0-5]\\d)\\s*{ZONE}\\b)";
  /**
   * Between a clock time and its day: a comma, "on", or a conversion in brackets followed by "on" ("6pm local
   * time (1700 GMT) on Saturday"); without "on" the day after brackets is a time of its own.
   */
  private static final String CLOCK_TO_DAY = "(?:\\s*\\([^()]{1,30}\\),?\\s+on\\s+|,?\\s+(?:on\\s+)?)";
  /** Words after which hours and minutes without a.m., p.m. or a zone are a clock time ("at 10:30"). */
  private static final Set<String> CLOCK_CUES = Set.of("at", "by", "until", "till", "from", "before", "after",
      "around", "about", "since", "and", "to");

  private ImmutableList<TemporalRule> clockTimes() {
    return ImmutableList.of(
        rule("clock-time-on-day", on(DIGIT), CLOCK + CLOCK_TO_DAY + "(?:(?<day>{WEEKDAY}|today|yesterday"
                + "|tomorrow)\\b|(?<mon>{MONTHFORM})\\s*(?<d>\\d{1,2})(?!\\d)(?:,?\\s+(?<y>{YEAR}))?)",
            this::clockTime),
        rule("clock-time-on-day-month", on(DIGIT), CLOCK + CLOCK_TO_DAY + "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+"
                + "(?:of\\s+)?(?<mon>{MONTHFORM})(?!\\w)(?:,?\\s+(?<y>{YEAR}))?",
            this::clockTime),
        anaphoricRule("clock-time", on(DIGIT), CLOCK + "(?!\\w)",
            this::clockTime),
        // "4 in the morning", "10 o'clock at night": the part of the day says a.m. or p.m.
        anaphoricRule("clock-in-part-of-day", on(DIGIT), "\\b(?<h>\\d{1,2})(?:[:.](?<min>\\d{2}))?(?:\\s+o['’]clock)?\\s+"
                + "(?<part>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b",
            this::clockTime),
        rule("noon-on-day", on(NOON), "\\b(?<w>noon|midnight|midday),?\\s+(?:on\\s+)?(?:(?<day>{WEEKDAY}|today|yesterday|tomorrow)\\b"
                + "|(?<mon>{MONTHFORM})\\s*(?<d>\\d{1,2})(?!\\d)(?:,?\\s+(?<y>{YEAR}))?)",
            this::clockTime),
        anaphoricRule("noon", on(NOON), "\\b(?<w>noon|midnight|midday)\\b",
            this::clockTime));
  }

  private Optional<NormalisedTime> clockTime(Matcher m, RuleContext c) {
    int hour;
    int minute;
    if (m.pattern().pattern().contains("(?<w>")) {
      // noon, midnight, midday; capitalised inside a sentence it is a name: the film "High Noon"
      if (isTitleWord(m.group("w")) && !c.startsSentence() || c.wordBefore().equals("high")) {
        // "high noon" is the hour of decision, not twelve o'clock
        return Optional.empty();
      }
      hour = lower(m.group("w")).equals("midnight") ? 24 : 12;
      minute = 0;
    } else if (m.pattern().pattern().contains("(?<part>")) {
      hour = parseInt(m, "h");
      minute = m.group("min") == null ? 0 : parseInt(m, "min");
      if (hour < 1 || hour > 12 || minute > 59) {
        return Optional.empty();
      }
      String part = lower(m.group("part"));
      // "in the afternoon", "in the evening" and "9 at night" are p.m.; "2 at night" is still the small hours
      boolean pm = part.endsWith("afternoon") || part.endsWith("evening") || (part.endsWith("night") && hour >= 6);
      hour = hour % 12 + (pm ? 12 : 0);
    } else if (m.group("hhmm") != null) {
      hour = Integer.parseInt(m.group("hhmm").substring(0, 2));
      minute = Integer.parseInt(m.group("hhmm").substring(2));
    } else if (m.group("ampm") != null) {
      hour = parseInt(m, "h");
      minute = m.group("min") == null ? 0 : parseInt(m, "min");
      if (hour < 1 || hour > 12 || minute > 59) {
        return Optional.empty();
      }
      boolean pm = lower(m.group("ampm")).startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
    } else {
      // a 24-hour clock: with a zone, or after "at", "until", ...
      if (m.group("bareMin") != null && !CLOCK_CUES.contains(c.wordBefore())) {
        return Optional.empty();
      }
      hour = parseInt(m, "h");
      String written = m.group("zonedMin") != null ? m.group("zonedMin") : m.group("bareMin");
      minute = written == null ? 0 : Integer.parseInt(written);
      if (hour > 23 || minute > 59) {
        return Optional.empty();
      }
    }
    String clock = String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
    if (c.dct().isEmpty()) {
      return Optional.of(NormalisedTime.unbounded(TimexType.TIME, "XXXX-XX-XX" + clock));
    }
    LocalDate dct = c.dct().get();
    // a bare clock time is on the day the story is telling, the last one named before it
    LocalDate day = c.referenceDay().orElse(dct);
    boolean namesDate = m.pattern().pattern().contains("(?<mon>") && m.group("mon") != null;
    if (namesDate) {
      Optional<TimeInterval> named = monthDay(m, c).flatMap(NormalisedTime::interval);
      if (named.isEmpty()) {
        return Optional.empty();
      }
      day = named.get().earliest();
    }
    boolean namesDay = m.pattern().pattern().contains("(?<day>");
    String dayWord = namesDay ? lower(m.group("day")) : null;
    if (dayWord != null) {
      Optional<Integer> weekday = lexicon.weekday(dayWord);
      day = weekday.isPresent() ? TimexCalendar.weekday(DayOfWeek.of(weekday.get()), dct, c.tense())
          : dayWord.equals("yesterday") ? dct.minusDays(1) : dayWord.equals("tomorrow") ? dct.plusDays(1) : dct;
    }
    return Optional.of(new NormalisedTime(TimexType.TIME, day + clock, Optional.of(TimeInterval.day(day))));
  }

  // ---- sets and vague references: every year, daily, twice a week, recently, now, the past ----

  private ImmutableList<TemporalRule> setsAndVague() {
    return ImmutableList.of(
        rule("every", on(UNIT, WEEKDAY, PART_OF_DAY, SEASON, MONTH), "\\b(?:every|each)\\s+(?:other\\s+)?(?:(?<n>{NUM})\\s+)?(?<u>{UNIT}|{WEEKDAY}|{POD}|{SEASON}"
                + "|{MONTH})\\b",
            (m, c) -> {
              String written = m.group("u");
              Optional<Integer> month = lexicon.month(written);
              if (month.isPresent()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.SET,
                    String.format(Locale.ROOT, "XXXX-%02d", month.get())));
              }
              Optional<String> unit = lexicon.unit(written);
              Optional<Integer> weekday = lexicon.weekday(written);
              if (weekday.isPresent()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.SET, "XXXX-WXX-" + weekday.get()));
              }
              if (unit.isPresent()) {
                double amount = m.group("n") == null ? 1 : lexicon.number(m.group("n")).orElse(1.0);
                if (m.group("n") != null && lexicon.number(m.group("n")).isEmpty()) {
                  return Optional.empty();
                }
                return Optional.of(durationOf(amount, unit.get()).withType(TimexType.SET));
              }
              return Optional.of(NormalisedTime.unbounded(TimexType.SET, lexicon.season(written)
                  .map(season -> "XXXX-" + season)
                  .orElseGet(() -> "XXXX-XX-XXT" + lexicon.partOfDay(written).orElseThrow())));
            }),
        rule("times-per", on(UNIT), "\\b(?:once|twice|[\\w-]+\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<u>{UNIT})\\b",
            (m, c) -> Optional.of(durationOf(1, lexicon.unit(m.group("u")).orElseThrow()).withType(TimexType.SET))),
        rule("set-word", on(SET), "\\b(?<w>{SETWORD})\\b",
            (m, c) -> Optional.of(NormalisedTime.unbounded(TimexType.SET, lexicon.set(m.group("w")).orElseThrow()))),
        rule("vague", on(VAGUE), "\\b(?<v>{VAGUE})\\b",
            (m, c) -> nameParts.dayWordInName(m.group("v"), c) || isNoTimeOfItsOwn(m.group("v"), c) ? Optional.empty()
                : lexicon.vague(m.group("v"))));
  }

  // ---- anaphora: that day, the following day, later that year, the previous year ----

  private ImmutableList<TemporalRule> anaphora() {
    return ImmutableList.of(
        anaphoricRule("that-day", on(UNIT, PART_OF_DAY), "\\b(?:(?:earlier|later)\\s+that\\s+(?:same\\s+)?day|(?:that|the)\\s+same\\s+day"
                + "|that\\s+day|the\\s+(?<rel>next|following|previous|preceding)\\s+(?:day|morning|evening|night)"
                + "|the\\s+day\\s+(?<dir>before|after))\\b",
            (m, c) -> {
              String rel = lower(m.group("rel") != null ? m.group("rel") : m.group("dir"));
              int step = rel == null ? 0 : rel.equals("next") || rel.equals("following") || rel.equals("after") ? 1 : -1;
              if (step == 0 && SAME_AS.matcher(c.textAfter(4)).lookingAt()) {
                // "dated the same day as Pompeo's visit" names the visit's day, not a day told before
                return Optional.empty();
              }
              boolean toAnEvent = m.group("dir") != null && OffsetAnchor.namesAnEvent(c.textAfter(12));
              if (toAnEvent && GERUND.matcher(c.textAfter(20)).lookingAt()) {
                // "later in the day before returning home": "before" opens a clause, not this expression
                return Optional.empty();
              }
              // "Oct. 12, the day before the plunge": the date just named, restated by its event
              int offset = toAnEvent && APPOSITION.matcher(c.textBefore(3)).find() ? 0 : step;
              Optional<YearMonth> month = c.monthNamedLast();
              if (month.isPresent() && step == 0) {
                return Optional.of(TimexCalendar.month(month.get()).withValue(month.get() + "-XX"));
              }
              return Optional.of(c.referenceDay().map(day -> TimexCalendar.day(day.plusDays(offset)))
                  .orElse(NormalisedTime.unbounded(TimexType.DATE, "XXXX-XX-XX")));
            }),
        // "down 4.5% from the previous Friday": the Friday before the day the story is telling
        anaphoricRule("weekday-around-that-day", on(WEEKDAY), "\\bthe\\s+(?<rel>previous|preceding|following)\\s+(?<wd>{WEEKDAY})\\b",
            (m, c) -> {
              DayOfWeek dayOfWeek = DayOfWeek.of(lexicon.weekday(m.group("wd")).orElseThrow());
              boolean before = !lower(m.group("rel")).equals("following");
              return Optional.of(c.referenceDay().map(day -> TimexCalendar.day(before
                      ? day.minusDays(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(dayOfWeek))
                      : day.plusDays(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(dayOfWeek))))
                  .orElse(NormalisedTime.unbounded(TimexType.DATE, "XXXX-WXX-" + dayOfWeek.getValue())));
            }),
        anaphoricRule("that-month", on(UNIT), "\\b(?:that\\s+(?:same\\s+)?month|the\\s+(?<rel>following|next|previous|preceding)"
                + "\\s+month)\\b",
            (m, c) -> {
              String rel = lower(m.group("rel"));
              int offset = rel == null ? 0 : rel.equals("following") || rel.equals("next") ? 1 : -1;
              return Optional.of(c.referenceMonth().map(month -> TimexCalendar.month(month.plusMonths(offset)))
                  .orElse(NormalisedTime.unbounded(TimexType.DATE, "XXXX-XX")));
            }),
        // "in the morning", "by mid afternoon": that part of the day the story is telling
        anaphoricRule("part-of-that-day", on(PART_OF_DAY), "\\b(?:in\\s+the\\s+(?:early\\s+|late\\s+)?|by\\s+(?:mid-?\\s*|late\\s+|early\\s+)?"
                + "|mid-)(?<pod>morning|afternoon|evening)\\b",
            (m, c) -> c.dct().isEmpty() ? Optional.empty()
                : Optional.of(dayWithPart(c, dct -> c.referenceDay().orElse(dct), m.group("pod")))),
        anaphoricRule("that-year", on(UNIT), "\\b(?:(?:earlier|later)\\s+that\\s+year|that\\s+(?:same\\s+)?year"
                + "|the\\s+(?<rel>following|previous|preceding)\\s+year|the\\s+year\\s+(?<dir>before|after))\\b",
            (m, c) -> {
              String rel = lower(m.group("rel") != null ? m.group("rel") : m.group("dir"));
              int offset = rel == null ? 0 : rel.equals("following") || rel.equals("after") ? 1 : -1;
              return Optional.of(c.referenceYear().map(year -> TimexCalendar.year(year + offset))
                  .orElse(NormalisedTime.unbounded(TimexType.DATE, "XXXX")));
            }));
  }

  // ---- helpers ----

  private static Optional<NormalisedTime> day(int year, int month, int dayOfMonth) {
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(TimexCalendar.day(LocalDate.of(year, month, dayOfMonth)));
  }

  private static int fullYear(int year) {
    if (year >= 100) {
      return year;
    }
    return year < 50 ? 2000 + year : 1900 + year;
  }

  /** Early/mid/late narrow the days, not the value: TIMEX3 keeps "early July 2018" as 2018-07. */
  private static NormalisedTime modified(NormalisedTime time, String modifier) {
    if (modifier == null || time.interval().isEmpty()) {
      return time;
    }
    String key = modifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String third = switch (key) {
      case "early", "the beginning of", "the start of" -> "early";
      case "mid", "the middle of" -> "mid";
      case "late", "the end of", "end" -> "late";
      default -> "";
    };
    return third.isEmpty() ? time : time.withInterval(TimexCalendar.narrow(time.interval().get(), third));
  }

  private static String unknownValue(String unit) {
    return switch (unit) {
      case "week", "W" -> "XXXX-WXX";
      case "weekend", "WE" -> "XXXX-WXX-WE";
      case "month", "M" -> "XXXX-XX";
      case "day", "D" -> "XXXX-XX-XX";
      case "quarter", "Q" -> "XXXX-QX";
      default -> "XXXX";
    };
  }

  /** Whether a word is written as in a title: a capital, then lower case ("Minutes", not "MINUTES"). */
  private static boolean isTitleWord(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
  }

  private static int parseInt(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
