package dev.crosscheck.time;

import static dev.crosscheck.time.TriggerKind.DIGIT;
import static dev.crosscheck.time.TriggerKind.NOON;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/** Clock times: 6:08 PM, 10:35 a.m., 4 a.m. EDT Thursday, noon. */
final class ClockRules extends RuleFamily {

  ClockRules(TimeLexicon lexicon) {
    super(lexicon);
  }

  @Override
  ImmutableList<TemporalRule> rules() {
    return ImmutableList.<TemporalRule>builder()
        .addAll(clockTimes())
        .build();
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
}
