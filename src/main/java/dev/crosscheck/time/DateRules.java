package dev.crosscheck.time;

import static dev.crosscheck.time.TriggerKind.DIGIT;
import static dev.crosscheck.time.TriggerKind.MONTH;
import static dev.crosscheck.time.TriggerKind.SEASON;
import static dev.crosscheck.time.TriggerKind.SPELLED_DECADE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Absolute dates, months and years: 2019-06-23, 6/23/2019, July 6, 2018, 6 July, June 2019, in May, 2018, the 1990s. */
final class DateRules extends RuleFamily {

  /** A year in words, for transcripts: "nineteen ninety-four", "two thousand and three", "twenty nineteen". */
  private static final String SPELLED_YEAR = "(?:(?:nineteen|twenty)\\s+(?:hundred(?:\\s+and)?\\s+)?(?:ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
      + "|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|nineteen\\s+hundred|two\\s+thousand"
      + "(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
      + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)";

  /** Words before an ambiguous month name ("May", "March") that make it a month. */
  private static final Set<String> MONTH_CUES = Set.of("in", "since", "of", "by", "from", "until", "till",
      "through", "during", "before", "after", "early", "late", "mid", "between", "and", "to", "last", "next",
      "this", "throughout", "around", "or", "each", "every", "that");

  /** A word after a bare number that counts things, so the number is not a year ("2000 troops"). */
  private static final Pattern COUNTED_NOUN = Pattern.compile("^\\s+[a-z]+s\\b(?<!\\bwas|\\bis|\\bhas|\\bas|\\bthis"
      + "|\\bits|\\bhis|\\bus|\\bthus|\\bdoes|\\bwhereas|\\bitself|\\byears)");

  private static final Pattern GENITIVE_BEFORE = Pattern.compile("\\w['’]s\\s$");

  /** "pre-1990", "post-1959": a year whatever follows it. */
  private static final Pattern PRE_OR_POST = Pattern.compile("(?i)\\b(?:pre|post|mid)-$");

  DateRules(TimeLexicon lexicon) {
    super(lexicon);
  }

  @Override
  ImmutableList<TemporalRule> rules() {
    return ImmutableList.<TemporalRule>builder()
        .addAll(absoluteDates())
        .addAll(monthsAndYears())
        .build();
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
}
