package dev.crosscheck.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
 * What the families of recognition rules share: the lexicon's word lists spliced into their patterns, the cue
 * words and patterns more than one family reads, and the values they make. Each family ({@link DateRules},
 * {@link DayRules}, ...) is one class; {@link TemporalRules} lists them in the order the tagger breaks ties by.
 */
abstract class RuleFamily {

  static final String YEAR = "(?:1[0-9]|20)\\d{2}(?![\\d,.]\\d)";
  /** Words before a year-like number that make it a year even outside 1900..2099 ("in 1898"). */
  static final Set<String> YEAR_CUES = Set.of("in", "since", "of", "by", "from", "until", "till",
      "through", "year", "fiscal", "during", "before", "after", "early", "late", "mid", "around", "circa",
      "the", "and", "to", "between", "spring", "summer", "autumn", "fall", "winter", "end", "pre", "post");
  /** Words that make an amount of time approximate: "just under a month", "more than four decades". */
  static final String APPROXIMATELY = "(?:(?:just|only|well|a\\s+little|a\\s+bit|slightly)\\s+)?"
      + "(?:about|almost|nearly|more\\s+than|less\\s+than|fewer\\s+than|no\\s+more\\s+than|over|under"
      + "|some|roughly|around|approximately|close\\s+to|at\\s+least|at\\s+most|just|only)";
  static final Pattern ROUND_THE_CLOCK = Pattern.compile("(?:24|twenty-four)\\s+hours\\s+a\\s+day|(?:7|seven)"
      + "\\s+days\\s+a\\s+week|(?:365|three\\s+hundred\\s+sixty-five)\\s+days\\s+a\\s+year|(?:12|twelve)\\s+months\\s+a\\s+year");
  /** A time right after "most recently", "as recently as": "last October", "as 1995", "in May". */
  static final Pattern DATED_AFTER = Pattern.compile("\\s+(?:as\\s+)?(?:last|this|in|on|since|\\d)",
      Pattern.CASE_INSENSITIVE);

  final TimeLexicon lexicon;
  final NameParts nameParts;

  RuleFamily(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.nameParts = new NameParts(lexicon, YEAR_CUES);
  }

  /** The family's rules, in the order they break ties. */
  abstract ImmutableList<TemporalRule> rules();

  String expand(String template) {
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
  TemporalRule rule(String name, Set<TriggerKind> triggers, String template,
      TemporalRule.Normaliser normaliser) {
    return TemporalRule.of(name, triggers, Pattern.compile(expand(template), Pattern.CASE_INSENSITIVE), normaliser,
        false);
  }

  TemporalRule anaphoricRule(String name, Set<TriggerKind> triggers, String template,
      TemporalRule.Normaliser normaliser) {
    return TemporalRule.of(name, triggers, Pattern.compile(expand(template), Pattern.CASE_INSENSITIVE), normaliser,
        true);
  }

  static Set<TriggerKind> on(TriggerKind first, TriggerKind... rest) {
    return java.util.EnumSet.of(first, rest);
  }

  // ---- values more than one family makes ----

  /** A day relative to the DCT, with a part of the day appended when one is named: 2019-06-23TNI. */
  NormalisedTime dayWithPart(RuleContext c, Function<LocalDate, LocalDate> fromDct, String partOfDay) {
    Optional<String> code = partOfDay == null ? Optional.empty() : lexicon.partOfDay(partOfDay);
    if (c.dct().isEmpty()) {
      return NormalisedTime.unbounded(code.isPresent() ? TimexType.TIME : TimexType.DATE,
          "XXXX-XX-XX" + code.map(part -> "T" + part).orElse(""));
    }
    NormalisedTime day = TimexCalendar.day(fromDct.apply(c.dct().get()));
    return code.map(part -> day.withValue(day.value() + "T" + part).withType(TimexType.TIME)).orElse(day);
  }

  Optional<NormalisedTime> monthDay(Matcher m, RuleContext c) {
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

  /** The next smaller unit a fraction of a unit is written in, and how many of it make one: 5.5 hours = PT5H30M. */
  static final ImmutableMap<String, Map.Entry<String, Integer>> SMALLER_UNIT = ImmutableMap.of(
      "Y", Map.entry("M", 12), "D", Map.entry("H", 24), "H", Map.entry("MIN", 60), "MIN", Map.entry("S", 60));

  /** A TIMEX3 duration value: P8M, PT16H, P10Y for a decade, PXY for "several years", PT5H30M for 5 1/2 hours. */
  static NormalisedTime durationOf(double amount, String unit) {
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

  /**
   * "Now, he says, ...": opening a sentence and set off by a comma, "now" turns the argument, not the time.
   * "Most recently last October", "as recently as 1995": "recently" ranks events; the time after it dates them.
   */
  static boolean isNoTimeOfItsOwn(String written, RuleContext c) {
    if (written.equalsIgnoreCase("recently")) {
      String before = c.wordBefore();
      return (before.equals("most") || before.equals("more") || before.equals("as"))
          && DATED_AFTER.matcher(c.textAfter(12)).lookingAt();
    }
    return written.equalsIgnoreCase("now") && c.startsSentence() && c.textAfter(1).equals(",");
  }

  // ---- helpers ----

  static Optional<NormalisedTime> day(int year, int month, int dayOfMonth) {
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(TimexCalendar.day(LocalDate.of(year, month, dayOfMonth)));
  }

  static int fullYear(int year) {
    if (year >= 100) {
      return year;
    }
    return year < 50 ? 2000 + year : 1900 + year;
  }

  /** Early/mid/late narrow the days, not the value: TIMEX3 keeps "early July 2018" as 2018-07. */
  static NormalisedTime modified(NormalisedTime time, String modifier) {
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

  static String unknownValue(String unit) {
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
  static boolean isTitleWord(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
  }

  static int parseInt(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
