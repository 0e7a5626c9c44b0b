package dev.crosscheck.time;

import static dev.crosscheck.time.TriggerKind.PART_OF_DAY;
import static dev.crosscheck.time.TriggerKind.UNIT;
import static dev.crosscheck.time.TriggerKind.WEEKDAY;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** Anaphora, read after the other rules against the dates they kept: that day, the following day, later that year. */
final class AnaphoraRules extends RuleFamily {

  /** A date just before, set off by a comma: "Nov. 3, the day before ...". */
  private static final Pattern APPOSITION = Pattern.compile("\\d,\\s$");

  private static final Pattern GERUND = Pattern.compile("\\s+[a-z]+ing\\b");

  /** "the same day as the visit": the day is named after the phrase, by what follows "as". */
  private static final Pattern SAME_AS = Pattern.compile("\\s+as\\b");

  AnaphoraRules(TimeLexicon lexicon) {
    super(lexicon);
  }

  @Override
  ImmutableList<TemporalRule> rules() {
    return ImmutableList.<TemporalRule>builder()
        .addAll(anaphora())
        .build();
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
}
